#include "FleetModel.h"

#include <QTest>
#include <set>

using namespace looma;
using namespace looma::fleetsim;

class tst_FleetModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchTheSpec_data();
    void countsMatchTheSpec();
    void sameSeedSameFleet();
    void otherSeedOtherFleet();
    void everyGroupHasOnePrimaryAndSpansBothClouds();
    void aiServicesHaveTheirOwnGroup();
    void addressesStayOnLoopback();
    void rejectsTooSmallFleets();
};

void tst_FleetModel::countsMatchTheSpec_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("instances");
    QTest::newRow("smallest") << 40 << 100;
    QTest::newRow("small") << 400 << 2000;
    QTest::newRow("odd") << 1237 << 5003;
    QTest::newRow("full") << 10000 << 50000;
}

void tst_FleetModel::countsMatchTheSpec()
{
    QFETCH(int, nodes);
    QFETCH(int, instances);
    FleetSpec spec;
    spec.nodes = nodes;
    spec.instances = instances;
    const FleetModel model(spec);
    QCOMPARE(int(model.nodes().size()), nodes);
    QCOMPARE(int(model.instances().size()), instances);
    QCOMPARE(int(model.regions().size()), 8);
    QCOMPARE(int(model.clusters().size()), int(model.zones().size()) * spec.clustersPerZone);
    for (const SimRegion &region : model.regions()) {
        QVERIFY(region.zones.size() >= 2 && region.zones.size() <= 3);
    }
    std::size_t grouped = 0;
    for (const SimGroup &g : model.groups())
        grouped += g.members.size();
    QCOMPARE(grouped, model.instances().size());
    std::set<std::string> hostnames;
    for (const SimNode &n : model.nodes())
        hostnames.insert(n.hostname);
    QCOMPARE(hostnames.size(), model.nodes().size());
    QCOMPARE(int(model.services().size()), 11);
}

void tst_FleetModel::sameSeedSameFleet()
{
    FleetSpec spec;
    spec.nodes = 500;
    spec.instances = 3000;
    const FleetModel a(spec);
    const FleetModel b(spec);
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        QCOMPARE(a.nodes()[i].hostname, b.nodes()[i].hostname);
        QCOMPARE(a.nodes()[i].cpuCores, b.nodes()[i].cpuCores);
    }
    for (int i = 0; i < int(a.instances().size()); ++i) {
        QCOMPARE(a.endpoint(i), b.endpoint(i));
        QCOMPARE(a.instances()[std::size_t(i)].groupIndex, b.instances()[std::size_t(i)].groupIndex);
        QCOMPARE(a.instances()[std::size_t(i)].role, b.instances()[std::size_t(i)].role);
    }
}

void tst_FleetModel::otherSeedOtherFleet()
{
    FleetSpec spec;
    spec.nodes = 500;
    spec.instances = 3000;
    const FleetModel a(spec);
    spec.seed += 1;
    const FleetModel b(spec);
    int differing = 0;
    for (int i = 0; i < int(a.instances().size()); ++i)
        differing += a.endpoint(i) != b.endpoint(i) ? 1 : 0;
    QVERIFY2(differing > 1000, qPrintable(QString::number(differing)));
}

void tst_FleetModel::everyGroupHasOnePrimaryAndSpansBothClouds()
{
    const FleetModel model(FleetSpec{});
    for (int g = 0; g < int(model.groups().size()); ++g) {
        const SimGroup &group = model.groups()[std::size_t(g)];
        int primaries = 0;
        bool tencent = false;
        bool alibaba = false;
        bool standbyAcrossClouds = false;
        const Cloud home = model.cloudOfInstance(group.primary);
        for (int i : group.members) {
            const SimInstance &inst = model.instances()[std::size_t(i)];
            QCOMPARE(inst.groupIndex, g);
            primaries += inst.role == InstanceRole::Primary ? 1 : 0;
            (model.cloudOfInstance(i) == Cloud::Tencent ? tencent : alibaba) = true;
            if (inst.role == InstanceRole::Standby && model.cloudOfInstance(i) != home)
                standbyAcrossClouds = true;
        }
        QCOMPARE(primaries, 1);
        QCOMPARE(model.instances()[std::size_t(group.primary)].role, InstanceRole::Primary);
        QVERIFY2(tencent && alibaba, group.name.c_str());
        QVERIFY2(standbyAcrossClouds, group.name.c_str());
    }
}

void tst_FleetModel::aiServicesHaveTheirOwnGroup()
{
    const FleetModel model(FleetSpec{});
    for (const char *name :
         {"ai-gateway", "resume-service", "matching-service", "chat-service", "vector-service"}) {
        const int g = model.groupIndex(name);
        QVERIFY2(g >= 0, name);
        const SimGroup &group = model.groups()[std::size_t(g)];
        QCOMPARE(model.services()[std::size_t(group.serviceIndex)].name, std::string(name));
        QCOMPARE(model.services()[std::size_t(group.serviceIndex)].kind, ServiceKind::Ai);
    }
    QVERIFY(model.groupIndex("postgresql/shard-001") >= 0);
    QCOMPARE(model.services()[std::size_t(model.serviceIndex("ai-gateway"))].port, 8206);
    QCOMPARE(model.services()[std::size_t(model.serviceIndex("vector-service"))].port, 8210);
}

void tst_FleetModel::addressesStayOnLoopback()
{
    FleetSpec spec;
    spec.nodes = 70000; // past 65,536 the generator moves to the next /16, still inside 127/8
    spec.instances = 1000;
    const FleetModel model(spec);
    for (const SimNode &node : model.nodes()) {
        const QStringList octets = QString::fromStdString(node.ip).split(QLatin1Char('.'));
        QCOMPARE(octets.size(), 4);
        QCOMPARE(octets[0], QStringLiteral("127"));
        for (const QString &o : octets) {
            bool ok = false;
            const int v = o.toInt(&ok);
            QVERIFY(ok && v >= 0 && v <= 255);
        }
    }
    for (int i = 0; i < int(model.instances().size()); ++i)
        QVERIFY(QString::fromStdString(model.endpoint(i)).startsWith(QLatin1String("127.")));
}

void tst_FleetModel::rejectsTooSmallFleets()
{
    FleetSpec spec;
    spec.nodes = 10;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FleetModel{spec});
}

QTEST_GUILESS_MAIN(tst_FleetModel)
#include "tst_fleetmodel.moc"
