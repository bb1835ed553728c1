#include "SlaMath.h"

#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <limits>

using namespace looma;

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).addSecs(qint64(minutes) * 60);
}

RecordedTransition move(qint64 instance, const char *fromState, const char *toState, int minute)
{
    RecordedTransition t;
    t.instanceId = instance;
    t.fromState = QString::fromLatin1(fromState);
    t.toState = QString::fromLatin1(toState);
    t.at = at(minute);
    t.endpoint = QStringLiteral("10.0.0.%1:8208").arg(instance);
    t.service = QStringLiteral("matching-service");
    return t;
}
} // namespace

class TestSlaMath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availability_data()
    {
        QTest::addColumn<double>("good");
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("expected");
        QTest::newRow("all good") << 1000.0 << 1000.0 << 1.0;
        QTest::newRow("one in a thousand bad") << 999.0 << 1000.0 << 0.999;
        QTest::newRow("half") << 50.0 << 100.0 << 0.5;
        QTest::newRow("no traffic is no data") << 0.0 << 0.0 << NaN;
        QTest::newRow("nan total") << 10.0 << NaN << NaN;
        QTest::newRow("extrapolation overshoot clamps") << 1000.4 << 1000.0 << 1.0;
    }
    void availability()
    {
        QFETCH(double, good);
        QFETCH(double, total);
        QFETCH(double, expected);
        const double got = SlaMath::availability(good, total);
        if (std::isnan(expected))
            QVERIFY(std::isnan(got));
        else
            QCOMPARE(got, expected);
    }

    void errorBudget_data()
    {
        QTest::addColumn<double>("availability");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("expected");
        QTest::newRow("perfect uses none") << 1.0 << 0.999 << 0.0;
        QTest::newRow("exactly on target uses all") << 0.999 << 0.999 << 100.0;
        QTest::newRow("half the budget") << 0.9995 << 0.999 << 50.0;
        QTest::newRow("outage burns 50x") << 0.95 << 0.999 << 5000.0;
        QTest::newRow("no data") << NaN << 0.999 << NaN;
        QTest::newRow("target 100% has no budget") << 0.99 << 1.0 << NaN;
    }
    void errorBudget()
    {
        QFETCH(double, availability);
        QFETCH(double, target);
        QFETCH(double, expected);
        const double got = SlaMath::errorBudgetUsedPercent(availability, target);
        if (std::isnan(expected))
            QVERIFY(std::isnan(got));
        else
            QVERIFY2(std::abs(got - expected) < 1e-6, qPrintable(QString::number(got)));
    }

    void completeRow_data()
    {
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("failed");
        QTest::addColumn<double>("p95");
        QTest::addColumn<int>("availabilityVerdict");
        QTest::addColumn<int>("errorVerdict");
        QTest::addColumn<int>("p95Verdict");
        using V = SummaryRow::Verdict;
        QTest::newRow("healthy") << 100000.0 << 10.0 << 0.120 << int(V::Pass) << int(V::Pass) << int(V::Pass);
        QTest::newRow("on the line") << 100000.0 << 100.0 << 0.300 << int(V::Pass) << int(V::Pass) << int(V::Pass);
        QTest::newRow("outage") << 100000.0 << 50000.0 << 0.450 << int(V::Fail) << int(V::Fail) << int(V::Fail);
        QTest::newRow("no traffic") << 0.0 << 0.0 << NaN << int(V::NoData) << int(V::NoData) << int(V::NoData);
    }
    void completeRow()
    {
        QFETCH(double, total);
        QFETCH(double, failed);
        QFETCH(double, p95);
        QFETCH(int, availabilityVerdict);
        QFETCH(int, errorVerdict);
        QFETCH(int, p95Verdict);
        SummaryRow row;
        row.totalRequests = total;
        row.failedRequests = failed;
        row.p95Seconds = p95;
        SlaMath::complete(&row, SlaTargets{});
        QCOMPARE(int(row.availabilityVerdict), availabilityVerdict);
        QCOMPARE(int(row.errorRateVerdict), errorVerdict);
        QCOMPARE(int(row.p95Verdict), p95Verdict);
        if (total > 0) {
            QCOMPARE(row.availability + row.errorRate, 1.0);
            QCOMPARE(row.errorRate, failed / total);
        }
    }

    void outages_data()
    {
        QTest::addColumn<QList<RecordedTransition>>("transitions");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<qint64>>("durations");
        QTest::addColumn<QList<bool>>("open");
        // Range: minute 60 to minute 180.
        QTest::newRow("none") << QList<RecordedTransition>{} << 0 << QList<qint64>{} << QList<bool>{};
        QTest::newRow("one closed outage")
            << QList<RecordedTransition>{move(1, "passing", "critical", 70), move(1, "critical", "passing", 85)} << 1
            << QList<qint64>{15 * 60} << QList<bool>{false};
        QTest::newRow("open at range end")
            << QList<RecordedTransition>{move(1, "passing", "critical", 170)} << 1 << QList<qint64>{10 * 60}
            << QList<bool>{true};
        QTest::newRow("began before the range")
            << QList<RecordedTransition>{move(1, "passing", "critical", 30), move(1, "critical", "passing", 75)} << 1
            << QList<qint64>{15 * 60} << QList<bool>{false};
        QTest::newRow("ended before the range")
            << QList<RecordedTransition>{move(1, "passing", "critical", 10), move(1, "critical", "passing", 20)} << 0
            << QList<qint64>{} << QList<bool>{};
        QTest::newRow("warning in between does not end it")
            << QList<RecordedTransition>{move(1, "passing", "critical", 100), move(1, "critical", "warning", 105),
                                       move(1, "warning", "passing", 110)}
            << 1 << QList<qint64>{10 * 60} << QList<bool>{false};
        QTest::newRow("two instances interleaved, input unsorted")
            << QList<RecordedTransition>{move(2, "critical", "passing", 130), move(1, "passing", "critical", 90),
                                       move(2, "passing", "critical", 95), move(1, "critical", "passing", 100)}
            << 2 << QList<qint64>{10 * 60, 35 * 60} << QList<bool>{false, false};
        QTest::newRow("transition after the range is ignored")
            << QList<RecordedTransition>{move(1, "passing", "critical", 150), move(1, "critical", "passing", 200)} << 1
            << QList<qint64>{30 * 60} << QList<bool>{true};
        QTest::newRow("repeated critical keeps the first start")
            << QList<RecordedTransition>{move(1, "passing", "critical", 120), move(1, "unknown", "critical", 125),
                                       move(1, "critical", "passing", 140)}
            << 1 << QList<qint64>{20 * 60} << QList<bool>{false};
    }
    void outages()
    {
        QFETCH(QList<RecordedTransition>, transitions);
        QFETCH(int, count);
        QFETCH(QList<qint64>, durations);
        QFETCH(QList<bool>, open);
        const QList<Incident> got = SlaMath::outages(transitions, at(60), at(180));
        QCOMPARE(got.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(got[i].durationSeconds, durations[i]);
            QCOMPARE(got[i].open, open[i]);
            QCOMPARE(got[i].kind, Incident::Kind::HealthOutage);
            QVERIFY(got[i].end <= at(180));
        }
    }
};

QTEST_GUILESS_MAIN(TestSlaMath)
#include "tst_slamath.moc"
