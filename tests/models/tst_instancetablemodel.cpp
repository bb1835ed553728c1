#include "FleetStore.h"
#include "InstanceTableModel.h"
#include "ModelRoles.h"
#include "TestFleet.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace looma;
namespace tf = looma::testfleet;

class tst_InstanceTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAllInstances();
    void restrictedToOneNode();
    void deltaUpdatesOnlyChangedCells();
    void orphanInstanceDoesNotCrash();
};

void tst_InstanceTableModel::showsAllInstances()
{
    FleetStore store;
    InstanceTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    QCOMPARE(model.rowCount(), fleet.instances.size());
    const int row = model.rowOfInstance(1);
    QCOMPARE(model.index(row, InstanceTableModel::ServiceColumn).data().toString(), QStringLiteral("resume-service"));
    QCOMPARE(model.index(row, InstanceTableModel::NodeColumn).data().toString(), QStringLiteral("node-1"));
    QCOMPARE(model.index(row, InstanceTableModel::EndpointColumn).data().toString(), QStringLiteral("node-1:8207"));
    QCOMPARE(model.index(row, InstanceTableModel::GenerationColumn).data().toLongLong(), 1);
    QCOMPARE(model.index(row, InstanceTableModel::RoleColumn).data(SortRole).toInt(), int(InstanceRole::Primary));
    QCOMPARE(model.index(row, 0).data(StatusRole).toInt(), int(HealthState::Passing));
    QVERIFY(!model.index(row, InstanceTableModel::HealthColumn).data().toString().isEmpty());
}

void tst_InstanceTableModel::restrictedToOneNode()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    InstanceTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNodeFilter(3);
    QCOMPARE(model.rowCount(), 2);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    FleetSnapshot delta;
    ServiceInstance away = *store.instance(store.instancesOnNode(3).first());
    away.nodeId = 4;
    away.changeSeq = 500;
    ServiceInstance here = *store.instance(store.instancesOnNode(5).first());
    here.nodeId = 3;
    here.changeSeq = 501;
    delta.instances = {away, here, tf::instance(600, 1, 3), tf::instance(601, 1, 9)};
    store.apply(delta);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfInstance(away.id), -1);
    QVERIFY(model.rowOfInstance(here.id) >= 0);
    QVERIFY(model.rowOfInstance(600) >= 0);
    QCOMPARE(model.rowOfInstance(601), -1);
}

void tst_InstanceTableModel::deltaUpdatesOnlyChangedCells()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    InstanceTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    FleetSnapshot delta;
    ServiceInstance i = fleet.instances.at(3);
    i.status = HealthState::Critical;
    i.generation = 2;
    i.changeSeq = 900;
    delta.instances = {i, fleet.instances.at(4)};
    store.apply(delta);
    store.apply(delta); // again: nothing
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(InstanceTableModel::HealthColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(InstanceTableModel::GenerationColumn));
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), model.rowOfInstance(i.id));
}

void tst_InstanceTableModel::orphanInstanceDoesNotCrash()
{
    FleetStore store;
    InstanceTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FleetSnapshot snap;
    snap.full = true;
    snap.instances = {tf::instance(1, 42, 404)};
    store.apply(snap);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, InstanceTableModel::NodeColumn).data().toString().contains(QStringLiteral("404")));
    QVERIFY(model.index(0, InstanceTableModel::ServiceColumn).data().toString().contains(QStringLiteral("42")));
    // The node appears later: the row picks up its hostname.
    FleetSnapshot later;
    later.nodes = {tf::node(404, 1)};
    store.apply(later);
    QCOMPARE(model.index(0, InstanceTableModel::NodeColumn).data().toString(), QStringLiteral("node-404"));
}

QTEST_GUILESS_MAIN(tst_InstanceTableModel)
#include "tst_instancetablemodel.moc"
