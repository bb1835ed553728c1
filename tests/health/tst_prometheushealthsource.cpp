#include "PrometheusHealthSource.h"

#include <QTest>
#include <cmath>

using namespace looma;

Q_DECLARE_METATYPE(looma::ProbeVerdict)

class tst_PrometheusHealthSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceId_data();
    void instanceId();
    void mapSample_data();
    void mapSample();
    void anyFailureWinsForOneInstance();
    void feedsTheStateMachine();
};

static PromSample sample(const QString &label, const QString &id, double value)
{
    PromSample s;
    s.labels.insert(QStringLiteral("job"), QStringLiteral("fleetsim"));
    if (!label.isEmpty())
        s.labels.insert(label, id);
    s.value = value;
    return s;
}

void tst_PrometheusHealthSource::instanceId_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("id");
    QTest::newRow("plain") << "42" << qint64(42);
    QTest::newRow("prefixed") << "i-42" << qint64(42);
    QTest::newRow("path") << "instance/1234" << qint64(1234);
    QTest::newRow("host:port gives its port: the label must hold the id") << "10.0.0.1:8206" << qint64(8206); // trailing digits, documented
    QTest::newRow("no digits") << "ai-gateway" << qint64(0);
    QTest::newRow("empty") << "" << qint64(0);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("overflow") << "1234567890123456789012" << qint64(0);
}

void tst_PrometheusHealthSource::instanceId()
{
    QFETCH(QString, label);
    QFETCH(qint64, id);
    const auto parsed = PrometheusHealthSource::parseInstanceId(label);
    QCOMPARE(parsed.value_or(0), id);
}

void tst_PrometheusHealthSource::mapSample_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<ProbeVerdict>("verdict");
    QTest::newRow("up") << "instance_id" << 1.0 << true << ProbeVerdict::Success;
    QTest::newRow("down") << "instance_id" << 0.0 << true << ProbeVerdict::Failure;
    QTest::newRow("nan") << "instance_id" << std::nan("") << true << ProbeVerdict::Failure;
    QTest::newRow("half is not up") << "instance_id" << 0.5 << true << ProbeVerdict::Failure;
    QTest::newRow("other label") << "instance" << 1.0 << false << ProbeVerdict::Success;
}

void tst_PrometheusHealthSource::mapSample()
{
    QFETCH(QString, label);
    QFETCH(double, value);
    QFETCH(bool, mapped);
    QFETCH(ProbeVerdict, verdict);
    const auto out = PrometheusHealthSource::mapSamples({sample(label, QStringLiteral("7"), value)},
                                                        QStringLiteral("instance_id"));
    QCOMPARE(out.size(), mapped ? 1 : 0);
    if (mapped) {
        QCOMPARE(out.first().instanceId, qint64(7));
        QCOMPARE(out.first().verdict, verdict);
    }
}

void tst_PrometheusHealthSource::anyFailureWinsForOneInstance()
{
    const QString l = QStringLiteral("instance_id");
    const auto out = PrometheusHealthSource::mapSamples(
        {sample(l, QStringLiteral("1"), 1), sample(l, QStringLiteral("1"), 0), sample(l, QStringLiteral("1"), 1),
         sample(l, QStringLiteral("2"), 1)},
        l);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).instanceId, qint64(1));
    QCOMPARE(out.at(0).verdict, ProbeVerdict::Failure);
    QCOMPARE(out.at(1).verdict, ProbeVerdict::Success);
}

void tst_PrometheusHealthSource::feedsTheStateMachine()
{
    const QString l = QStringLiteral("instance_id");
    PrometheusHealthSource source(l, 2, 3);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const QList<PromSample> up{sample(l, QStringLiteral("1"), 1), sample(l, QStringLiteral("2"), 1)};
    QVERIFY(source.ingest(up, t).isEmpty()); // rise 2: one round is not enough
    auto changes = source.ingest(up, t);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).toState, HealthState::Passing);
    QCOMPARE(source.stateOf(1), HealthState::Passing);

    const QList<PromSample> oneDown{sample(l, QStringLiteral("1"), 0), sample(l, QStringLiteral("2"), 1)};
    changes = source.ingest(oneDown, t);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).instanceId, qint64(1));
    QCOMPARE(changes.at(0).toState, HealthState::Warning);
    QVERIFY(source.ingest(oneDown, t).isEmpty());
    changes = source.ingest(oneDown, t);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toState, HealthState::Critical);
    QCOMPARE(changes.at(0).consecutiveFailures, 3);
    QVERIFY(changes.at(0).detail.contains(l));

    // Missing from a round: no data is not a failure.
    QVERIFY(source.ingest({}, t).isEmpty());
    QCOMPARE(source.stateOf(2), HealthState::Passing);
    QCOMPARE(source.stateOf(99), HealthState::Unknown);
}

QTEST_GUILESS_MAIN(tst_PrometheusHealthSource)
#include "tst_prometheushealthsource.moc"
