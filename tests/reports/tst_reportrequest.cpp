#include "ReportQueries.h"
#include "ReportRequest.h"

#include <QTest>
#include <QTimeZone>

using namespace looma;

class TestReportRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("errorFragment"); // empty: valid
        QTest::newRow("a day") << "2026-03-01T00:00:00Z" << "2026-03-02T00:00:00Z" << "zh_CN" << "";
        QTest::newRow("offset zone") << "2026-03-01T08:00:00+08:00" << "2026-03-01T09:00:00+08:00" << "en" << "";
        QTest::newRow("reversed") << "2026-03-02T00:00:00Z" << "2026-03-01T00:00:00Z" << "en" << "start before";
        QTest::newRow("empty range") << "2026-03-01T00:00:00Z" << "2026-03-01T00:00:00Z" << "en" << "start before";
        QTest::newRow("92 days is fine") << "2026-01-01T00:00:00Z" << "2026-04-03T00:00:00Z" << "en" << "";
        QTest::newRow("93 days is too long") << "2026-01-01T00:00:00Z" << "2026-04-04T00:00:00Z" << "en"
                                             << "at most 92 days";
        QTest::newRow("future") << "2026-06-01T00:00:00Z" << "2026-06-01T11:00:00Z" << "en" << "future";
        QTest::newRow("4 minutes ahead is fine") << "2026-06-01T00:00:00Z" << "2026-06-01T10:04:00Z" << "en"
                                                 << "";
        QTest::newRow("garbage") << "yesterday" << "2026-03-01T00:00:00Z" << "en" << "start of the range";
        QTest::newRow("language") << "2026-03-01T00:00:00Z" << "2026-03-02T00:00:00Z" << "fr" << "language";
    }
    void validate()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, language);
        QFETCH(QString, errorFragment);
        ReportRequest request;
        request.from = ReportRequest::parseTime(from);
        request.to = ReportRequest::parseTime(to);
        request.language = language;
        const QDateTime now(QDate(2026, 6, 1), QTime(10, 0), QTimeZone::utc());
        const QStringList errors = request.validate(now);
        if (errorFragment.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
        } else {
            QVERIFY(!errors.isEmpty());
            QVERIFY2(errors.join(QLatin1Char(' ')).contains(errorFragment), qPrintable(errors.join(QLatin1Char(' '))));
        }
    }

    void zonelessTimeIsUtc()
    {
        const QDateTime t = ReportRequest::parseTime(QStringLiteral("2026-03-01T08:00:00"));
        QCOMPARE(t, QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(ReportRequest::parseTime(QStringLiteral("2026-03-01T08:00:00+08:00")),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()));
    }

    void scope_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("aiMatchers");
        QTest::newRow("all") << "all" << true << "";
        QTest::newRow("cloud") << "cloud:tencent" << true << "cloud=\"tencent\"";
        QTest::newRow("service") << "service:ai-gateway" << true << "service=\"ai-gateway\"";
        QTest::newRow("unknown cloud") << "cloud:aws" << false << "";
        QTest::newRow("injection") << "service:a\"}or" << false << "";
        QTest::newRow("no value") << "service:" << false << "";
        QTest::newRow("unknown key") << "zone:x" << false << "";
    }
    void scope()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, aiMatchers);
        const auto scope = ReportScope::fromText(text);
        QCOMPARE(scope.has_value(), valid);
        if (valid) {
            QCOMPARE(scope->toText(), text);
            QCOMPARE(ReportQueries::aiMatchers(*scope), aiMatchers);
        }
    }

    void queriesCarryWindowAndScope()
    {
        const ReportScope scope{ReportScope::Kind::Cloud, QStringLiteral("alibaba")};
        const QString q = ReportQueries::aiFailed(scope, 3600);
        QCOMPARE(q, QStringLiteral("sum by (service) (increase(looma_ai_requests_total{cloud=\"alibaba\", "
                                   "code=\"5xx\"}[3600s]))"));
        QVERIFY(ReportQueries::aiP95({}, 60).startsWith(QStringLiteral("histogram_quantile(0.95,")));
        QVERIFY(ReportQueries::crmTotal({}, 60).contains(QStringLiteral("looma_crm_operations_total{}[60s]")));
    }
};

QTEST_GUILESS_MAIN(TestReportRequest)
#include "tst_reportrequest.moc"
