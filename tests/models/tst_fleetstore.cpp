#include "FleetStore.h"
#include "TestFleet.h"

#include <QSignalSpy>
#include <QTest>

using namespace looma;
namespace tf = looma::testfleet;

namespace {

// All of the store's change signals, so a test can say "this apply emitted nothing at all".
struct StoreSpies
{
    explicit StoreSpies(FleetStore *s)
        : regions(s, &FleetStore::regionsChanged), clusters(s, &FleetStore::clustersChanged),
          nodes(s, &FleetStore::nodesChanged), services(s, &FleetStore::servicesChanged),
          instances(s, &FleetStore::instancesChanged), policies(s, &FleetStore::policiesChanged),
          rollups(s, &FleetStore::nodeRollupsChanged), groups(s, &FleetStore::failoverGroupsChanged),
          history(s, &FleetStore::historyAppended)
    {
    }
    int total() const
    {
        return int(regions.size() + clusters.size() + nodes.size() + services.size() + instances.size()
                   + policies.size() + rollups.size() + groups.size() + history.size());
    }
    QSignalSpy regions, clusters, nodes, services, instances, policies, rollups, groups, history;
};

RowChanges changesAt(const QSignalSpy &spy, int i = 0)
{
    return spy.at(i).at(0).value<RowChanges>();
}

} // namespace

class tst_FleetStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullApplyIntoEmptyStoreAddsEverything();
    void identicalRedeliveryEmitsNothing();
    void deltaEmitsExactlyTheChangedRows();
    void fullSnapshotDiffsAgainstCurrentState();
    void deltaDeletesAndFullAbsenceRemove();
    void olderReReadIsIgnored();
    void derivedIndexesFollowMoves();
    void orphansAreCountedNotDropped();
    void historyIsBoundedAndDeduplicated();
    void failoverEventUpdateIsReportedAgain();
    void staleSourceKeepsRows();
    void nodeMetricsJoinThroughLabelMapping();
    void nodeMetricsJoinUsesClusterToDisambiguate();
    void serviceMetricsJoin();
};

void tst_FleetStore::fullApplyIntoEmptyStoreAddsEverything()
{
    FleetStore store;
    StoreSpies spies(&store);
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    QCOMPARE(spies.nodes.size(), 1);
    QCOMPARE(changesAt(spies.nodes).added.size(), fleet.nodes.size());
    QCOMPARE(changesAt(spies.instances).added.size(), fleet.instances.size());
    QCOMPARE(store.nodeCount(), fleet.nodes.size());
    QCOMPARE(store.regionOfNode(1)->id, 1);
    QCOMPARE(store.rollupOfNode(1).count(HealthState::Passing), 2);
    QCOMPARE(spies.rollups.at(0).at(0).value<QList<qint64>>().size(), fleet.nodes.size());
}

void tst_FleetStore::identicalRedeliveryEmitsNothing()
{
    FleetStore store;
    FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    StoreSpies spies(&store);
    store.apply(fleet); // the same full snapshot again

    FleetSnapshot overlap; // a delta re-reading rows it already delivered
    overlap.nodes = fleet.nodes.mid(0, 4);
    overlap.instances = fleet.instances.mid(2, 5);
    store.apply(overlap);
    QCOMPARE(spies.total(), 0);
}

void tst_FleetStore::deltaEmitsExactlyTheChangedRows()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    StoreSpies spies(&store);

    FleetSnapshot delta;
    Node n = fleet.nodes.at(2);
    n.status = NodeStatus::Draining;
    n.changeSeq = 100;
    ServiceInstance i = fleet.instances.at(5);
    i.status = HealthState::Critical;
    i.changeSeq = 101;
    delta.nodes = {n, fleet.nodes.at(3)}; // the second one is unchanged
    delta.instances = {i};
    store.apply(delta);

    QCOMPARE(spies.nodes.size(), 1);
    QCOMPARE(changesAt(spies.nodes).updated, QList<qint64>{n.id});
    QVERIFY(changesAt(spies.nodes).added.isEmpty());
    QCOMPARE(changesAt(spies.instances).updated, QList<qint64>{i.id});
    QCOMPARE(spies.rollups.size(), 1);
    QCOMPARE(spies.rollups.at(0).at(0).value<QList<qint64>>(), QList<qint64>{i.nodeId});
    QCOMPARE(spies.groups.at(0).at(0).toStringList(), QStringList{i.failoverGroup});
    QCOMPARE(spies.regions.size() + spies.clusters.size() + spies.services.size(), 0);
    QCOMPARE(store.node(n.id)->status, NodeStatus::Draining);
}

void tst_FleetStore::fullSnapshotDiffsAgainstCurrentState()
{
    FleetStore store;
    FleetSnapshot fleet = tf::build({3, 3, 10, 3});
    store.apply(fleet);
    StoreSpies spies(&store);
    for (const int k : {7, 40, 81})
        fleet.instances[k].status = HealthState::Warning;
    fleet.nodes[11].ip = QStringLiteral("192.0.2.11");
    store.apply(fleet);
    QCOMPARE(changesAt(spies.instances).updated.size(), 3);
    QVERIFY(changesAt(spies.instances).removed.isEmpty());
    QCOMPARE(changesAt(spies.nodes).updated, QList<qint64>{fleet.nodes[11].id});
    QCOMPARE(spies.regions.size(), 0);
}

void tst_FleetStore::deltaDeletesAndFullAbsenceRemove()
{
    FleetStore store;
    FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    StoreSpies spies(&store);

    FleetSnapshot delta;
    delta.deletedInstances = {1, 2, 999}; // 999 was never known: ignored
    store.apply(delta);
    QCOMPARE(changesAt(spies.instances).removed, (QList<qint64>{1, 2}));
    QVERIFY(!store.instance(1));
    QCOMPARE(store.instancesOnNode(1), QList<qint64>{}); // node 1 had instances 1 and 2

    fleet.instances.removeFirst();
    fleet.instances.removeFirst();
    fleet.nodes.removeLast();
    store.apply(fleet); // full: the last node is absent, so gone
    QCOMPARE(spies.nodes.size(), 1);
    QCOMPARE(changesAt(spies.nodes).removed.size(), 1);
    QCOMPARE(spies.instances.size(), 1); // no second instance signal: nothing else changed
}

void tst_FleetStore::olderReReadIsIgnored()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    FleetSnapshot newer;
    Node n = fleet.nodes.at(0);
    n.status = NodeStatus::Down;
    n.changeSeq = 50;
    newer.nodes = {n};
    store.apply(newer);
    StoreSpies spies(&store);
    FleetSnapshot older; // a slow overlap re-read from before the change
    older.nodes = {fleet.nodes.at(0)};
    store.apply(older);
    QCOMPARE(spies.total(), 0);
    QCOMPARE(store.node(n.id)->status, NodeStatus::Down);
}

void tst_FleetStore::derivedIndexesFollowMoves()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    FleetSnapshot delta;
    ServiceInstance moved = fleet.instances.at(0); // on node 1
    moved.nodeId = 2;
    moved.failoverGroup = QStringLiteral("new-group");
    moved.changeSeq = 99;
    delta.instances = {moved};
    Node n = fleet.nodes.at(0);
    n.clusterId = 2;
    n.changeSeq = 99;
    delta.nodes = {n};
    QSignalSpy rollups(&store, &FleetStore::nodeRollupsChanged);
    store.apply(delta);
    QVERIFY(!store.instancesOnNode(1).contains(moved.id));
    QVERIFY(store.instancesOnNode(2).contains(moved.id));
    QCOMPARE(store.instancesInGroup(QStringLiteral("new-group")), QList<qint64>{moved.id});
    QVERIFY(!store.instancesInGroup(fleet.instances.at(0).failoverGroup).contains(moved.id));
    QVERIFY(store.nodesInCluster(2).contains(1));
    QVERIFY(!store.nodesInCluster(1).contains(1));
    QCOMPARE(store.rollupOfNode(2).total(), 3);
    QList<qint64> touched = rollups.at(0).at(0).value<QList<qint64>>();
    std::sort(touched.begin(), touched.end());
    QCOMPARE(touched, (QList<qint64>{1, 2}));
}

void tst_FleetStore::orphansAreCountedNotDropped()
{
    FleetStore store;
    FleetSnapshot snap;
    snap.full = true;
    snap.regions = {tf::region(1, Cloud::Tencent, QStringLiteral("ap-guangzhou"), QStringLiteral("gz-3"))};
    snap.clusters = {tf::cluster(1, 1, QStringLiteral("c1")), tf::cluster(2, 77, QStringLiteral("lost"))};
    snap.nodes = {tf::node(1, 1), tf::node(2, 2), tf::node(3, 55)};
    snap.services = {tf::service(1, QStringLiteral("ai-gateway"))};
    snap.instances = {tf::instance(1, 1, 1), tf::instance(2, 1, 404), tf::instance(3, 9, 404, HealthState::Critical)};
    store.apply(snap);
    QCOMPARE(store.orphanInstanceCount(), 2);
    QCOMPARE(store.orphanNodeCount(), 2); // node 2: region 77 unknown; node 3: cluster 55 unknown
    QCOMPARE(store.rollupOfNode(404).count(HealthState::Critical), 1);
    QVERIFY(!store.regionOfNode(2));
    QCOMPARE(store.instancesOfService(9), QList<qint64>{3});
}

void tst_FleetStore::historyIsBoundedAndDeduplicated()
{
    FleetStore store;
    store.setHistoryLimit(3);
    QSignalSpy spy(&store, &FleetStore::historyAppended);
    FleetSnapshot snap;
    for (int id = 1; id <= 5; ++id) {
        HealthEvent e;
        e.id = id;
        e.instanceId = 1;
        e.toState = HealthState::Critical;
        snap.healthEvents.append(e);
    }
    store.apply(snap);
    QCOMPARE(store.history().healthEvents().size(), 3);
    QCOMPARE(store.history().healthEvents().first().id, 3);
    QCOMPARE(spy.size(), 1);
    store.apply(snap); // overlap re-read: all known or trimmed
    QCOMPARE(spy.size(), 1);
}

void tst_FleetStore::failoverEventUpdateIsReportedAgain()
{
    FleetStore store;
    QSignalSpy spy(&store, &FleetStore::historyAppended);
    FailoverEvent e;
    e.id = 7;
    e.failoverGroup = QStringLiteral("g");
    e.changeSeq = 10;
    FleetSnapshot snap;
    snap.failoverEvents = {e};
    store.apply(snap);
    store.apply(snap);
    QCOMPARE(spy.size(), 1);
    snap.failoverEvents[0].outcome = FailoverOutcome::Committed;
    snap.failoverEvents[0].changeSeq = 11;
    store.apply(snap);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(store.history().failoverEvents().size(), 1);
    QCOMPARE(store.history().failoverEvents().first().outcome, FailoverOutcome::Committed);
}

void tst_FleetStore::staleSourceKeepsRows()
{
    FleetStore store;
    store.apply(tf::build({}));
    QSignalSpy status(&store, &FleetStore::sourceStatusChanged);
    QSignalSpy nodes(&store, &FleetStore::nodesChanged);
    SourceStatus stale;
    stale.state = SourceStatus::State::Stale;
    stale.error = QStringLiteral("connection refused");
    store.setSourceStatus(stale);
    QCOMPARE(status.size(), 1);
    QVERIFY(store.sourceStatus().isStale());
    QCOMPARE(store.nodeCount(), 12);
    QCOMPARE(nodes.size(), 0);
}

void tst_FleetStore::nodeMetricsJoinThroughLabelMapping()
{
    FleetStore store;
    store.apply(tf::build({}));
    LabelMapping mapping;
    mapping.nodeLabel = QStringLiteral("instance");
    store.setLabelMapping(mapping);
    QSignalSpy spy(&store, &FleetStore::nodeMetricsChanged);
    const QString i = QStringLiteral("instance");
    store.setNodeMetrics({tf::sample({{i, QStringLiteral("node-1:9100")}}, 42.5),
                          tf::sample({{i, QStringLiteral("10.0.0.2:9100")}}, 7.0), // by IP
                          tf::sample({{i, QStringLiteral("elsewhere:9100")}}, 1.0)},
                         {tf::sample({{i, QStringLiteral("node-1:9100")}}, 61.0)});
    QCOMPARE(store.nodeMetrics(1).cpuPercent, 42.5);
    QCOMPARE(store.nodeMetrics(1).memoryPercent, 61.0);
    QCOMPARE(store.nodeMetrics(2).cpuPercent, 7.0);
    QVERIFY(qIsNaN(store.nodeMetrics(3).cpuPercent));
    QCOMPARE(store.unmatchedNodeSamples(), 1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>().size(), 2);

    // Only node 2's figure moves: only node 2 is reported.
    store.setNodeMetrics({tf::sample({{i, QStringLiteral("node-1:9100")}}, 42.5),
                          tf::sample({{i, QStringLiteral("10.0.0.2:9100")}}, 8.0)},
                         {tf::sample({{i, QStringLiteral("node-1:9100")}}, 61.0)});
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<QList<qint64>>(), QList<qint64>{2});
}

void tst_FleetStore::nodeMetricsJoinUsesClusterToDisambiguate()
{
    FleetStore store;
    FleetSnapshot snap = tf::build({});
    snap.nodes[5].hostname = snap.nodes[0].hostname; // "node-1" in clusters 1 and 2
    store.apply(snap);
    const QString n = QStringLiteral("node");
    const QString c = QStringLiteral("cluster");
    store.setNodeMetrics({tf::sample({{n, QStringLiteral("node-1")}}, 10.0),                               // ambiguous
                          tf::sample({{n, QStringLiteral("node-1")}, {c, QStringLiteral("cluster-2")}}, 20.0)},
                         {});
    QCOMPARE(store.unmatchedNodeSamples(), 1);
    QCOMPARE(store.nodeMetrics(6).cpuPercent, 20.0);
    QVERIFY(qIsNaN(store.nodeMetrics(1).cpuPercent));
}

void tst_FleetStore::serviceMetricsJoin()
{
    FleetStore store;
    store.apply(tf::build({}));
    LabelMapping mapping;
    mapping.serviceLabel = QStringLiteral("job");
    store.setLabelMapping(mapping);
    QSignalSpy spy(&store, &FleetStore::serviceMetricsChanged);
    const QString j = QStringLiteral("job");
    store.setServiceMetrics({tf::sample({{j, QStringLiteral("ai-gateway")}}, 120.0)},
                            {tf::sample({{j, QStringLiteral("ai-gateway")}}, 0.002)},
                            {tf::sample({{j, QStringLiteral("nope")}}, 300.0)});
    QCOMPARE(store.serviceMetrics(1).requestRate, 120.0);
    QCOMPARE(store.serviceMetrics(1).errorRatio, 0.002);
    QCOMPARE(store.unmatchedServiceSamples(), 1);
    QCOMPARE(spy.size(), 1);
}

QTEST_GUILESS_MAIN(tst_FleetStore)
#include "tst_fleetstore.moc"
