#include "FleetStore.h"
#include "ModelRoles.h"
#include "RegionSummaryModel.h"
#include "TestFleet.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace looma;
namespace tf = looma::testfleet;
using RS = RegionSummaryModel;

class tst_RegionSummaryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aggregatesHandBuiltFleet();
    void worstProblemFirst();
    void incrementalEqualsRecount();
    void deletedRegionMovesNodesToUnknown();

private:
    static QList<int> counts(const QAbstractItemModel &model, int row);
    static FleetSnapshot handBuilt();
    FleetStore *m_store = nullptr;
};

FleetSnapshot tst_RegionSummaryModel::handBuilt()
{
    FleetSnapshot s;
    s.full = true;
    s.regions = {tf::region(1, Cloud::Tencent, QStringLiteral("ap-guangzhou"), QStringLiteral("ap-guangzhou-3")),
                 tf::region(2, Cloud::Alibaba, QStringLiteral("cn-hangzhou"), QStringLiteral("cn-hangzhou-h")),
                 tf::region(3, Cloud::Tencent, QStringLiteral("ap-shanghai"), QStringLiteral("ap-shanghai-2"))};
    s.clusters = {tf::cluster(1, 1, QStringLiteral("gz")), tf::cluster(2, 2, QStringLiteral("hz"))};
    s.nodes = {tf::node(1, 1), tf::node(2, 1, NodeStatus::Down), tf::node(3, 1, NodeStatus::Draining),
               tf::node(4, 2), tf::node(5, 99)};
    s.services = {tf::service(1, QStringLiteral("ai-gateway"))};
    s.instances = {tf::instance(1, 1, 1, HealthState::Passing), tf::instance(2, 1, 1, HealthState::Warning),
                   tf::instance(3, 1, 2, HealthState::Critical), tf::instance(4, 1, 4, HealthState::Passing),
                   tf::instance(5, 1, 4, HealthState::Passing), tf::instance(6, 1, 4, HealthState::Unknown),
                   tf::instance(7, 1, 404, HealthState::Critical)};
    return s;
}

void tst_RegionSummaryModel::init()
{
    m_store = new FleetStore;
    m_store->apply(handBuilt());
}

void tst_RegionSummaryModel::cleanup()
{
    delete m_store;
}

QList<int> tst_RegionSummaryModel::counts(const QAbstractItemModel &model, int row)
{
    QList<int> result;
    for (int c = RS::NodesUpColumn; c < RS::ColumnCount; ++c)
        result.append(model.index(row, c).data().toInt());
    return result;
}

void tst_RegionSummaryModel::aggregatesHandBuiltFleet()
{
    RS model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 4); // three regions and the unknown location
    //                                                  up down drain pass warn crit unknown
    QCOMPARE(counts(model, model.rowOfRegion(1)), (QList<int>{1, 1, 1, 1, 1, 1, 0}));
    QCOMPARE(counts(model, model.rowOfRegion(2)), (QList<int>{1, 0, 0, 2, 0, 0, 1}));
    QCOMPARE(counts(model, model.rowOfRegion(3)), (QList<int>{0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(counts(model, model.rowOfRegion(0)), (QList<int>{1, 0, 0, 0, 0, 1, 0}));
    QCOMPARE(model.index(model.rowOfRegion(1), 0).data(SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(model.index(model.rowOfRegion(2), 0).data(SeverityRole).toInt(), int(Severity::Info));
    QCOMPARE(model.index(model.rowOfRegion(3), 0).data(SeverityRole).toInt(), int(Severity::Ok));
    QCOMPARE(model.index(model.rowOfRegion(2), RS::CloudColumn).data(CloudRole).toInt(), int(Cloud::Alibaba));
    QCOMPARE(model.index(model.rowOfRegion(2), RS::ZoneColumn).data().toString(), QStringLiteral("cn-hangzhou-h"));
    QVERIFY(!model.index(model.rowOfRegion(0), RS::RegionColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, RS::StatusColumn).data().toString().isEmpty()); // words, not colour only
}

void tst_RegionSummaryModel::worstProblemFirst()
{
    RS model(m_store);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(RS::StatusColumn, Qt::DescendingOrder);
    QList<qint64> order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(proxy.index(r, 0).data(IdRole).toLongLong());
    QCOMPARE(order, (QList<qint64>{1, 0, 2, 3}));
}

void tst_RegionSummaryModel::incrementalEqualsRecount()
{
    RS model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    FleetSnapshot delta;
    Node up = *m_store->node(2);
    up.status = NodeStatus::Up;
    up.changeSeq = 100;
    ServiceInstance healed = *m_store->instance(3);
    healed.status = HealthState::Passing;
    healed.changeSeq = 101;
    ServiceInstance moved = *m_store->instance(6);
    moved.nodeId = 3; // from region 2 to region 1
    moved.changeSeq = 102;
    delta.nodes = {up, tf::node(10, 2, NodeStatus::Draining)};
    delta.instances = {healed, moved, tf::instance(20, 1, 10, HealthState::Warning)};
    delta.deletedInstances = {7}; // the orphan goes away
    m_store->apply(delta);

    QCOMPARE(reset.size(), 0);
    QVERIFY(changed.size() > 0);
    RS recount(m_store);
    QCOMPARE(model.rowCount(), recount.rowCount());
    for (const qint64 key : {0, 1, 2, 3})
        QCOMPARE(counts(model, model.rowOfRegion(key)), counts(recount, recount.rowOfRegion(key)));
    QCOMPARE(counts(model, model.rowOfRegion(1)), (QList<int>{2, 0, 1, 2, 1, 0, 1}));
    QCOMPARE(counts(model, model.rowOfRegion(0)), (QList<int>{1, 0, 0, 0, 0, 0, 0}));
}

void tst_RegionSummaryModel::deletedRegionMovesNodesToUnknown()
{
    RS model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FleetSnapshot delta;
    delta.deletedRegions = {2};
    delta.deletedInstances = {7};
    delta.deletedNodes = {5};
    m_store->apply(delta);
    QCOMPARE(model.rowOfRegion(2), -1);
    QCOMPARE(counts(model, model.rowOfRegion(0)), (QList<int>{1, 0, 0, 2, 0, 0, 1}));

    FleetSnapshot restore; // the region comes back: its nodes move home and "unknown" empties
    restore.regions = {tf::region(2, Cloud::Alibaba, QStringLiteral("cn-hangzhou"), QStringLiteral("cn-hangzhou-h"))};
    m_store->apply(restore);
    QCOMPARE(model.rowOfRegion(0), -1);
    QCOMPARE(counts(model, model.rowOfRegion(2)), (QList<int>{1, 0, 0, 2, 0, 0, 1}));
}

QTEST_GUILESS_MAIN(tst_RegionSummaryModel)
#include "tst_regionsummarymodel.moc"
