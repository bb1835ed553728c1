#include "FleetStore.h"
#include "ModelRoles.h"
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"
#include "TestFleet.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace looma;
namespace tf = looma::testfleet;

namespace {

struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted), removed(m, &QAbstractItemModel::rowsRemoved),
          changed(m, &QAbstractItemModel::dataChanged), reset(m, &QAbstractItemModel::modelReset),
          layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    QSignalSpy inserted, removed, changed, reset, layout;
};

qint64 idAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(IdRole).toLongLong();
}

} // namespace

class tst_NodeTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheStoreUnderTester();
    void deltaChangesExactlyTheExpectedRows();
    void identicalRedeliveryEmitsNothing();
    void deletesRemoveRows();
    void selectionAndCurrentSurviveIncrementalApply();
    void metricsTouchOnlyMetricColumns();
    void clusterRenameTouchesOnlyClusterColumn();
    void orphanNodeShowsPlaceholder();
};

void tst_NodeTableModel::showsTheStoreUnderTester()
{
    FleetStore store;
    NodeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    store.apply(tf::build({}));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), int(NodeTableModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    const int row = model.rowOfNode(1);
    QCOMPARE(model.index(row, NodeTableModel::HostnameColumn).data().toString(), QStringLiteral("node-1"));
    QCOMPARE(model.index(row, NodeTableModel::InstancesColumn).data().toString(), QStringLiteral("2/2"));
    QCOMPARE(model.index(row, NodeTableModel::ClusterColumn).data().toString(), QStringLiteral("cluster-1"));
    QCOMPARE(model.index(row, NodeTableModel::RegionColumn).data().toString(), QStringLiteral("ap-guangzhou"));
    QVERIFY(!model.index(row, NodeTableModel::StatusColumn).data().toString().isEmpty());
    QCOMPARE(model.index(row, 0).data(StatusRole).toInt(), int(NodeStatus::Up));
    QCOMPARE(model.index(row, 0).data(SeverityRole).toInt(), int(Severity::Ok));
    QVERIFY(model.index(row, NodeTableModel::CpuColumn).data().toString().isEmpty()); // no figure yet

    // A second model built over a filled store starts with the same rows.
    NodeTableModel late(&store);
    QAbstractItemModelTester lateTester(&late, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(late.rowCount(), 12);
}

void tst_NodeTableModel::deltaChangesExactlyTheExpectedRows()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    NodeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSpies spies(&model);

    FleetSnapshot delta;
    Node down = fleet.nodes.at(4);
    down.status = NodeStatus::Down;
    down.changeSeq = 1000;
    delta.nodes = {down, tf::node(500, 1)};
    store.apply(delta);

    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 12);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 12);
    QCOMPARE(spies.changed.size(), 1);
    const auto topLeft = spies.changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spies.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), model.rowOfNode(down.id));
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(topLeft.column(), int(NodeTableModel::StatusColumn));
    QCOMPARE(bottomRight.column(), int(NodeTableModel::StatusColumn));
    QCOMPARE(topLeft.data(SeverityRole).toInt(), int(Severity::Critical));

    // An instance going critical changes the node's instance count and severity, nothing else.
    spies.changed.clear();
    FleetSnapshot health;
    ServiceInstance sick = fleet.instances.at(0);
    sick.status = HealthState::Critical;
    sick.changeSeq = 1001;
    health.instances = {sick};
    store.apply(health);
    QCOMPARE(spies.changed.size(), 1);
    const auto tl = spies.changed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(tl.row(), model.rowOfNode(sick.nodeId));
    QCOMPARE(tl.column(), int(NodeTableModel::StatusColumn));
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().column(), int(NodeTableModel::InstancesColumn));
    QCOMPARE(model.index(tl.row(), NodeTableModel::InstancesColumn).data().toString(), QStringLiteral("1/2"));
}

void tst_NodeTableModel::identicalRedeliveryEmitsNothing()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    NodeTableModel model(&store);
    ModelSpies spies(&model);
    store.apply(fleet);
    FleetSnapshot overlap;
    overlap.nodes = fleet.nodes;
    store.apply(overlap);
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.changed.size() + spies.reset.size(), 0);
}

void tst_NodeTableModel::deletesRemoveRows()
{
    FleetStore store;
    FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    NodeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSpies spies(&model);
    FleetSnapshot delta;
    delta.deletedNodes = {2, 3, 7}; // two runs
    store.apply(delta);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(spies.removed.size(), 2);
    QCOMPARE(spies.reset.size(), 0);
    for (const qint64 id : {2, 3, 7})
        QCOMPARE(model.rowOfNode(id), -1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOfNode(idAt(model, row)), row); // the index was rebuilt

    fleet.nodes.removeLast(); // full snapshot without node 12 (nodes 2, 3 and 7 come back)
    store.apply(fleet);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rowOfNode(12), -1);
    QVERIFY(model.rowOfNode(7) >= 0);
}

void tst_NodeTableModel::selectionAndCurrentSurviveIncrementalApply()
{
    FleetStore store;
    const FleetSnapshot fleet = tf::build({2, 2, 10, 2});
    store.apply(fleet);
    NodeTableModel model(&store);
    NodeFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setCloudFilter(Cloud::Tencent);
    proxy.sort(NodeTableModel::HostnameColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);

    const QModelIndex target = proxy.index(3, 0);
    const qint64 targetId = target.data(IdRole).toLongLong();
    selection.setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    FleetSnapshot delta;
    Node renamed = *store.node(targetId);
    renamed.hostname = QStringLiteral("aaa-renamed"); // moves to the end of a descending sort
    renamed.changeSeq = 5000;
    Node other = fleet.nodes.at(1);
    other.status = NodeStatus::Draining;
    other.changeSeq = 5001;
    delta.nodes = {renamed, other, tf::node(900, 1)};
    delta.deletedNodes = {fleet.nodes.at(0).id == targetId ? fleet.nodes.at(2).id : fleet.nodes.at(0).id};
    store.apply(delta);

    QCOMPARE(reset.size(), 0);
    QVERIFY(selection.currentIndex().isValid());
    QCOMPARE(selection.currentIndex().data(IdRole).toLongLong(), targetId);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(IdRole).toLongLong(), targetId);
    QCOMPARE(selection.currentIndex().row(), proxy.rowCount() - 1);
}

void tst_NodeTableModel::metricsTouchOnlyMetricColumns()
{
    FleetStore store;
    store.apply(tf::build({}));
    NodeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSpies spies(&model);
    const QString n = QStringLiteral("node");
    store.setNodeMetrics({tf::sample({{n, QStringLiteral("node-1")}}, 12.0),
                          tf::sample({{n, QStringLiteral("node-2")}}, 99.0)},
                         {tf::sample({{n, QStringLiteral("node-1")}}, 50.0)});
    QVERIFY(spies.changed.size() >= 1);
    for (const QList<QVariant> &args : std::as_const(spies.changed)) {
        QVERIFY(args.at(0).value<QModelIndex>().column() >= NodeTableModel::CpuColumn);
        QVERIFY(args.at(1).value<QModelIndex>().column() <= NodeTableModel::MemoryColumn);
    }
    QCOMPARE(model.index(model.rowOfNode(1), NodeTableModel::CpuColumn).data().toString(), QStringLiteral("12.0 %"));
    QCOMPARE(model.index(model.rowOfNode(2), NodeTableModel::CpuColumn).data(SortRole).toDouble(), 99.0);
}

void tst_NodeTableModel::clusterRenameTouchesOnlyClusterColumn()
{
    FleetStore store;
    FleetSnapshot fleet = tf::build({});
    store.apply(fleet);
    NodeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSpies spies(&model);
    FleetSnapshot delta;
    Cluster c = fleet.clusters.at(0);
    c.name = QStringLiteral("renamed");
    c.changeSeq = 77;
    delta.clusters = {c};
    store.apply(delta);
    int rows = 0;
    for (const QList<QVariant> &args : std::as_const(spies.changed)) {
        QCOMPARE(args.at(0).value<QModelIndex>().column(), int(NodeTableModel::ClusterColumn));
        QCOMPARE(args.at(1).value<QModelIndex>().column(), int(NodeTableModel::ClusterColumn));
        rows += args.at(1).value<QModelIndex>().row() - args.at(0).value<QModelIndex>().row() + 1;
    }
    QCOMPARE(rows, 3); // the three nodes of cluster 1
}

void tst_NodeTableModel::orphanNodeShowsPlaceholder()
{
    FleetStore store;
    NodeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FleetSnapshot snap;
    snap.full = true;
    snap.nodes = {tf::node(1, 42)};
    store.apply(snap);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, NodeTableModel::ClusterColumn).data().toString().contains(QStringLiteral("42")));
    QCOMPARE(model.index(0, NodeTableModel::CloudColumn).data(CloudRole).toInt(), -1);
    QCOMPARE(model.index(0, NodeTableModel::InstancesColumn).data().toString(), QStringLiteral("0/0"));
}

QTEST_GUILESS_MAIN(tst_NodeTableModel)
#include "tst_nodetablemodel.moc"
