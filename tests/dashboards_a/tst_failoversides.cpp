#include "FleetStore.h"
#include "crosscloud/FailoverSides.h"
#include "clusters/NodeSeriesChart.h"

#include <QtTest>

using namespace looma;

// Which cloud holds each primary and which groups are listed, worst first; and the chart decimation.
class tst_FailoverSides final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void countsPrimariesPerCloud();
    void listsWorstFirst();
    void decimateKeepsExtremes();

private:
    FleetStore m_store;
};

void tst_FailoverSides::init()
{
    FleetSnapshot s;
    s.full = true;
    s.watermark = 1;
    Region gz;
    gz.id = 1;
    gz.cloud = Cloud::Tencent;
    gz.region = QStringLiteral("ap-guangzhou");
    gz.zone = QStringLiteral("ap-guangzhou-3");
    Region hz;
    hz.id = 2;
    hz.cloud = Cloud::Alibaba;
    hz.region = QStringLiteral("cn-hangzhou");
    hz.zone = QStringLiteral("cn-hangzhou-h");
    s.regions = {gz, hz};
    Cluster c1;
    c1.id = 1;
    c1.regionId = 1;
    c1.name = QStringLiteral("tc-gz");
    Cluster c2;
    c2.id = 2;
    c2.regionId = 2;
    c2.name = QStringLiteral("ali-hz");
    s.clusters = {c1, c2};
    Node n1;
    n1.id = 1;
    n1.clusterId = 1;
    n1.hostname = QStringLiteral("gz-1");
    Node n2;
    n2.id = 2;
    n2.clusterId = 2;
    n2.hostname = QStringLiteral("hz-1");
    s.nodes = {n1, n2};
    Service svc;
    svc.id = 1;
    svc.name = QStringLiteral("matching-service");
    s.services = {svc};
    const auto instance = [](qint64 id, qint64 node, const char *group, InstanceRole role) {
        ServiceInstance i;
        i.id = id;
        i.serviceId = 1;
        i.nodeId = node;
        i.failoverGroup = QLatin1String(group);
        i.role = role;
        i.status = HealthState::Passing;
        return i;
    };
    s.instances = {instance(1, 1, "g-a", InstanceRole::Primary), instance(2, 2, "g-a", InstanceRole::Standby),
                   instance(3, 2, "g-b", InstanceRole::Primary), instance(4, 1, "g-b", InstanceRole::Standby),
                   instance(5, 1, "g-c", InstanceRole::Standby), instance(6, 2, "g-d", InstanceRole::Primary)};
    m_store.apply(s);
}

void tst_FailoverSides::countsPrimariesPerCloud()
{
    const FailoverSides sides = FailoverSides::compute(m_store, {}, PromFleetHealth{});
    QCOMPARE(sides.groupCount, 4);
    QCOMPARE(sides.primariesByCloud[int(Cloud::Tencent)], 1);
    QCOMPARE(sides.primariesByCloud[int(Cloud::Alibaba)], 2);
    QCOMPARE(sides.groupsWithoutPrimary, 1);
    // Nothing wrong anywhere: only the group without a primary is listed.
    QCOMPARE(sides.problems.size(), 1);
    QCOMPARE(sides.problems.first().group, QStringLiteral("g-c"));
}

void tst_FailoverSides::listsWorstFirst()
{
    PromFleetHealth health;
    health.fetchedAt = QDateTime::currentDateTimeUtc();
    health.downInstances = {6};                         // g-d's primary is down
    health.downByRegion = {{QStringLiteral("alibaba/cn-hangzhou"), 1}};
    const QHash<qint64, Severity> registry{{1, Severity::Warning}}; // the Guangzhou zone has problems
    const FailoverSides sides = FailoverSides::compute(m_store, registry, health);
    QStringList order;
    for (const auto &p : sides.problems)
        order << p.group;
    // Critical first (g-c without primary, g-d down), then the warnings by name.
    QCOMPARE(order, (QStringList{QStringLiteral("g-c"), QStringLiteral("g-d"), QStringLiteral("g-a"),
                                 QStringLiteral("g-b")}));
    QCOMPARE(sides.problems.at(1).severity, Severity::Critical);
    QCOMPARE(sides.problems.at(1).primary, QStringLiteral("hz-1"));
    QCOMPARE(sides.problems.at(2).severity, Severity::Warning);
    QCOMPARE(sides.problems.at(2).region, QStringLiteral("ap-guangzhou"));
}

void tst_FailoverSides::decimateKeepsExtremes()
{
    QList<PromPoint> points;
    for (int i = 0; i < 1000; ++i)
        points << PromPoint{1000LL * i, i == 500 ? 99.0 : 10.0};
    const QList<QPointF> out = NodeSeriesChart::decimate(points, 50);
    QVERIFY(out.size() <= 100);
    QVERIFY(out.size() >= 50);
    double highest = 0;
    for (int i = 0; i < out.size(); ++i) {
        highest = qMax(highest, out.at(i).y());
        if (i > 0)
            QVERIFY(out.at(i).x() >= out.at(i - 1).x()); // in time order
    }
    QCOMPARE(highest, 99.0); // the spike survives
    QCOMPARE(NodeSeriesChart::decimate(points.mid(0, 10), 50).size(), 10); // few points: untouched
}

QTEST_MAIN(tst_FailoverSides)
#include "tst_failoversides.moc"
