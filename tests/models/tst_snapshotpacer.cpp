#include "FleetStore.h"
#include "InstanceTableModel.h"
#include "SnapshotPacer.h"
#include "TestFleet.h"

#include <QSignalSpy>
#include <QTest>

using namespace looma;
namespace tf = looma::testfleet;

// The pacer between the registry client and the store: a first full load into an empty store
// arrives in slices, one per event-loop turn, each leaving the store consistent; everything else
// goes straight through; nothing delivered meanwhile overtakes the slices.
class tst_SnapshotPacer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLoadArrivesInConsistentSlices();
    void deliveriesDuringALoadWaitTheirTurn();
    void deltasAndReconcilesGoStraightThrough();

private:
    static FleetSnapshot fleet()
    {
        tf::Shape shape;
        shape.regions = 3;
        shape.clustersPerRegion = 4;
        shape.nodesPerCluster = 50;  // 600 nodes
        shape.instancesPerNode = 5;  // 3,000 instances
        FleetSnapshot s = tf::build(shape);
        s.watermark = 77;
        FailoverEvent event;
        event.id = 9;
        event.failoverGroup = s.instances.first().failoverGroup;
        event.toInstanceId = s.instances.first().id;
        s.failoverEvents = {event};
        return s;
    }
};

void tst_SnapshotPacer::firstLoadArrivesInConsistentSlices()
{
    const FleetSnapshot all = fleet();
    FleetStore store;
    InstanceTableModel instances(&store);
    SnapshotPacer pacer(&store);
    pacer.setSliceRows(400);
    QSignalSpy progress(&pacer, &SnapshotPacer::loadProgress);
    QSignalSpy caughtUp(&pacer, &SnapshotPacer::caughtUp);

    // Every slice: at most sliceRows rows; each instance's node already in the store; the
    // watermark and the history only with the last slice.
    int slices = 0;
    int largestInsert = 0;
    bool consistent = true;
    connect(&store, &FleetStore::instancesChanged, this, [&](const RowChanges &changes) {
        for (qint64 id : changes.added)
            consistent = consistent && store.node(store.instance(id)->nodeId) != nullptr;
    });
    connect(&instances, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) { largestInsert = qMax(largestInsert, last - first + 1); });
    connect(&pacer, &SnapshotPacer::loadProgress, this, [&](qint64 applied, qint64 total) {
        if (applied == 0)
            return;
        ++slices;
        if (applied < total) {
            QCOMPARE(store.watermark(), qint64(0));
            QVERIFY(store.history().failoverEvents().isEmpty());
        }
    });

    pacer.deliver(all);
    QVERIFY(pacer.isPacing());
    QCOMPARE(store.nodeCount(), 0); // nothing applied inside deliver(): the caller's turn stays short
    QVERIFY(caughtUp.wait(5000));
    QCOMPARE(caughtUp.count(), 1);
    QVERIFY(!pacer.isPacing());

    const qint64 rows = 3 + 12 + 5 + 600 + 3000 + all.policies.size();
    QCOMPARE(progress.first().at(1).toLongLong(), rows);
    QCOMPARE(progress.last().at(0).toLongLong(), rows);
    QVERIFY2(slices >= int(rows / 400), qPrintable(QString::number(slices)));
    QVERIFY(largestInsert <= 400);
    QVERIFY(consistent);
    QCOMPARE(store.nodeCount(), 600);
    QCOMPARE(store.instanceCount(), 3000);
    QCOMPARE(instances.rowCount(), 3000);
    QCOMPARE(store.watermark(), qint64(77));
    QCOMPARE(store.history().failoverEvents().size(), 1);

    // The same store as one apply of the whole snapshot would give.
    FleetStore direct;
    direct.apply(all);
    QCOMPARE(store.regionIds().size(), direct.regionIds().size());
    QCOMPARE(store.failoverGroups().size(), direct.failoverGroups().size());
    for (const QString &group : direct.failoverGroups())
        QCOMPARE(store.instancesInGroup(group).size(), direct.instancesInGroup(group).size());
    for (qint64 node : direct.rollupNodeIds())
        QVERIFY(store.rollupOfNode(node) == direct.rollupOfNode(node));
}

void tst_SnapshotPacer::deliveriesDuringALoadWaitTheirTurn()
{
    const FleetSnapshot all = fleet();
    FleetStore store;
    SnapshotPacer pacer(&store);
    pacer.setSliceRows(500);
    QSignalSpy caughtUp(&pacer, &SnapshotPacer::caughtUp);
    pacer.deliver(all);

    // A delta (one instance gone, one changed) arrives after the first slice, before the rest.
    QCoreApplication::processEvents();
    QVERIFY(pacer.isPacing());
    FleetSnapshot delta;
    delta.watermark = 78;
    delta.deletedInstances = {all.instances.at(10).id};
    ServiceInstance changed = all.instances.last();
    changed.status = HealthState::Critical;
    delta.instances = {changed};
    pacer.deliver(delta);
    QCOMPARE(store.instance(changed.id), nullptr); // not overtaking the slices

    QTRY_VERIFY_WITH_TIMEOUT(!pacer.isPacing(), 5000);
    QCOMPARE(store.instanceCount(), 2999);
    QCOMPARE(store.instance(all.instances.at(10).id), nullptr);
    QCOMPARE(store.instance(changed.id)->status, HealthState::Critical);
    QCOMPARE(store.watermark(), qint64(78));
}

void tst_SnapshotPacer::deltasAndReconcilesGoStraightThrough()
{
    FleetSnapshot all = fleet();
    FleetStore store;
    SnapshotPacer pacer(&store);
    pacer.setSliceRows(100000); // larger than the fleet: even the first load is one apply
    QSignalSpy caughtUp(&pacer, &SnapshotPacer::caughtUp);
    pacer.deliver(all);
    QCOMPARE(store.instanceCount(), 3000);
    QCOMPARE(caughtUp.count(), 1);

    // On a populated store a full snapshot reconciles in one apply, whatever its size.
    pacer.setSliceRows(100);
    all.instances.removeLast();
    pacer.deliver(all);
    QVERIFY(!pacer.isPacing());
    QCOMPARE(store.instanceCount(), 2999);
    FleetSnapshot delta;
    delta.deletedInstances = {all.instances.first().id};
    pacer.deliver(delta);
    QCOMPARE(store.instanceCount(), 2998);
    QCOMPARE(caughtUp.count(), 3);
}

QTEST_MAIN(tst_SnapshotPacer)
#include "tst_snapshotpacer.moc"
