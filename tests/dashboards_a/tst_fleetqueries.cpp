#include "FleetQueries.h"

#include <QtTest>

using namespace looma;

class tst_FleetQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queriesAggregate_data();
    void queriesAggregate();
    void instancesDown_data();
    void instancesDown();
    void targetsDown();
    void metricSamplesKeepLabels();
};

void tst_FleetQueries::queriesAggregate_data()
{
    QTest::addColumn<QString>("nodeLabel");
    QTest::addColumn<QString>("serviceLabel");
    QTest::newRow("defaults") << QString() << QString();
    QTest::newRow("mapped") << QStringLiteral("instance") << QStringLiteral("job");
}

void tst_FleetQueries::queriesAggregate()
{
    QFETCH(QString, nodeLabel);
    QFETCH(QString, serviceLabel);
    const FleetQueries q(nodeLabel, serviceLabel, QStringLiteral("2m"));
    const QString node = nodeLabel.isEmpty() ? QStringLiteral("node") : nodeLabel;
    const QString service = serviceLabel.isEmpty() ? QStringLiteral("service") : serviceLabel;
    // One aggregate per figure, by the mapped label: the cost never depends on the node count.
    for (const QString &query : {q.nodeCpu(), q.nodeMemory()})
        QVERIFY2(query.contains(QStringLiteral("by (%1)").arg(node)), qPrintable(query));
    for (const QString &query : {q.serviceRequestRate(), q.serviceErrorRatio()})
        QVERIFY2(query.contains(QStringLiteral("by (%1)").arg(service)), qPrintable(query));
    QVERIFY(q.serviceLatencyP95Ms().contains(QStringLiteral("by (%1, le)").arg(service)));
    QVERIFY(q.nodeCpu().contains(u"[2m]"));
    QVERIFY(!q.nodeCpu().contains(u'$'));
}

void tst_FleetQueries::instancesDown_data()
{
    QTest::addColumn<QList<PromSample>>("samples");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<int>("guangzhou");
    const auto sample = [](const QString &id, const QString &region) {
        PromSample s;
        s.labels = {{QStringLiteral("instance_id"), id},
                    {QStringLiteral("cloud"), QStringLiteral("tencent")},
                    {QStringLiteral("region"), region}};
        return s;
    };
    QTest::newRow("none") << QList<PromSample>{} << QList<qint64>{} << 0;
    QTest::newRow("two in one region")
        << QList<PromSample>{sample(QStringLiteral("7"), QStringLiteral("ap-guangzhou")),
                             sample(QStringLiteral("9"), QStringLiteral("ap-guangzhou"))}
        << QList<qint64>{7, 9} << 2;
    QTest::newRow("bad id still counts for its region")
        << QList<PromSample>{sample(QStringLiteral("x"), QStringLiteral("ap-guangzhou")),
                             sample(QStringLiteral("3"), QStringLiteral("ap-shanghai"))}
        << QList<qint64>{3} << 1;
}

void tst_FleetQueries::instancesDown()
{
    QFETCH(QList<PromSample>, samples);
    QFETCH(QList<qint64>, ids);
    QFETCH(int, guangzhou);
    PromFleetHealth health;
    health.downInstances = {99}; // replaced, not merged
    FleetQueries::readInstancesDown(samples, &health);
    QCOMPARE(health.downInstances, QSet<qint64>(ids.cbegin(), ids.cend()));
    const QString key = PromFleetHealth::regionKey(QStringLiteral("tencent"), QStringLiteral("ap-guangzhou"));
    QCOMPARE(health.downByRegion.value(key), guangzhou);
    QCOMPARE(health.regionHasProblem(key), guangzhou > 0);
}

void tst_FleetQueries::targetsDown()
{
    PromSample a;
    a.labels = {{QStringLiteral("cloud"), QStringLiteral("alibaba")}, {QStringLiteral("region"), QStringLiteral("cn-hangzhou")}};
    a.value = 1;
    PromSample zero = a;
    zero.labels[QStringLiteral("region")] = QStringLiteral("cn-beijing");
    zero.value = 0;
    PromFleetHealth health;
    FleetQueries::readTargetsDown({a, zero}, &health);
    QCOMPARE(health.unscrapedRegions, QSet<QString>{QStringLiteral("alibaba/cn-hangzhou")});
}

void tst_FleetQueries::metricSamplesKeepLabels()
{
    PromSample s;
    s.labels = {{QStringLiteral("node"), QStringLiteral("n1")}};
    s.value = 42.5;
    const QList<MetricSample> out = FleetQueries::toMetricSamples({s});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().labels.value(QStringLiteral("node")), QStringLiteral("n1"));
    QCOMPARE(out.first().value, 42.5);
}

QTEST_GUILESS_MAIN(tst_FleetQueries)
#include "tst_fleetqueries.moc"
