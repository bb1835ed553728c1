#include "FleetStore.h"
#include "ModelRoles.h"
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"
#include "TestFleet.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <functional>

using namespace looma;
namespace tf = looma::testfleet;

using Setup = std::function<void(NodeFilterProxyModel &)>;
Q_DECLARE_METATYPE(Setup)

class tst_NodeFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filterNarrowsToExpectedRows_data();
    void filterNarrowsToExpectedRows();
    void filtersFollowIncrementalChanges();
    void sortsNumericColumnAsNumbers();

private:
    static QList<qint64> ids(const QAbstractItemModel &model);

    // Hand-built: 2 regions (Tencent gz, Alibaba hz), 3 clusters, 6 nodes.
    FleetStore *m_store = nullptr;
    NodeTableModel *m_model = nullptr;
};

void tst_NodeFilterProxyModel::init()
{
    delete m_model;
    delete m_store;
    m_store = new FleetStore;
    FleetSnapshot s;
    s.full = true;
    s.regions = {tf::region(1, Cloud::Tencent, QStringLiteral("ap-guangzhou"), QStringLiteral("ap-guangzhou-3")),
                 tf::region(2, Cloud::Alibaba, QStringLiteral("cn-hangzhou"), QStringLiteral("cn-hangzhou-h"))};
    s.clusters = {tf::cluster(1, 1, QStringLiteral("gz-ai")), tf::cluster(2, 1, QStringLiteral("gz-crm")),
                  tf::cluster(3, 2, QStringLiteral("HZ-Vector"))};
    s.nodes = {tf::node(1, 1), tf::node(2, 1, NodeStatus::Down), tf::node(3, 2),
               tf::node(4, 2, NodeStatus::Draining), tf::node(5, 3), tf::node(6, 3, NodeStatus::Down)};
    s.nodes[4].hostname = QStringLiteral("Vector-DB-01");
    m_store->apply(s);
    m_model = new NodeTableModel(m_store);
}

QList<qint64> tst_NodeFilterProxyModel::ids(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int r = 0; r < model.rowCount(); ++r)
        result.append(model.index(r, 0).data(IdRole).toLongLong());
    std::sort(result.begin(), result.end());
    return result;
}

void tst_NodeFilterProxyModel::filterNarrowsToExpectedRows_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("none") << Setup([](NodeFilterProxyModel &) {}) << QList<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("cloud") << Setup([](NodeFilterProxyModel &p) { p.setCloudFilter(Cloud::Alibaba); })
                           << QList<qint64>{5, 6};
    QTest::newRow("region") << Setup([](NodeFilterProxyModel &p) { p.setRegionFilter(QStringLiteral("ap-guangzhou")); })
                            << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("cluster") << Setup([](NodeFilterProxyModel &p) { p.setClusterFilter(2); })
                             << QList<qint64>{3, 4};
    QTest::newRow("status") << Setup([](NodeFilterProxyModel &p) { p.setStatusFilter(NodeStatus::Down); })
                            << QList<qint64>{2, 6};
    QTest::newRow("text hostname, case") << Setup([](NodeFilterProxyModel &p) { p.setTextFilter(QStringLiteral("vector-db")); })
                                         << QList<qint64>{5};
    QTest::newRow("text cluster") << Setup([](NodeFilterProxyModel &p) { p.setTextFilter(QStringLiteral("hz-VECTOR")); })
                                  << QList<qint64>{5, 6};
    QTest::newRow("text ip") << Setup([](NodeFilterProxyModel &p) { p.setTextFilter(QStringLiteral("10.0.0.3")); })
                             << QList<qint64>{3};
    QTest::newRow("combined") << Setup([](NodeFilterProxyModel &p) {
        p.setCloudFilter(Cloud::Tencent);
        p.setStatusFilter(NodeStatus::Down);
    }) << QList<qint64>{2};
    QTest::newRow("no match") << Setup([](NodeFilterProxyModel &p) { p.setTextFilter(QStringLiteral("nothing")); })
                              << QList<qint64>{};
    QTest::newRow("cleared") << Setup([](NodeFilterProxyModel &p) {
        p.setStatusFilter(NodeStatus::Up);
        p.clearFilters();
    }) << QList<qint64>{1, 2, 3, 4, 5, 6};
}

void tst_NodeFilterProxyModel::filterNarrowsToExpectedRows()
{
    QFETCH(Setup, setup);
    QFETCH(QList<qint64>, expected);
    NodeFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    setup(proxy);
    QCOMPARE(ids(proxy), expected);
}

void tst_NodeFilterProxyModel::filtersFollowIncrementalChanges()
{
    NodeFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setStatusFilter(NodeStatus::Down);
    FleetSnapshot delta;
    Node n = *m_store->node(1);
    n.status = NodeStatus::Down;
    n.changeSeq = 100;
    delta.nodes = {n};
    delta.deletedNodes = {6};
    m_store->apply(delta);
    QCOMPARE(ids(proxy), (QList<qint64>{1, 2}));
}

void tst_NodeFilterProxyModel::sortsNumericColumnAsNumbers()
{
    NodeFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As text "100.0 %" < "9.5 %" < "10.0 %" would be wrong; as numbers 9.5 < 10 < 100.
    const QString n = QStringLiteral("node");
    m_store->setNodeMetrics({tf::sample({{n, QStringLiteral("node-1")}}, 100.0),
                             tf::sample({{n, QStringLiteral("node-2")}}, 9.5),
                             tf::sample({{n, QStringLiteral("node-3")}}, 10.0),
                             tf::sample({{n, QStringLiteral("node-4")}}, 55.25)},
                            {});
    proxy.setClusterFilter(0);
    proxy.setRegionFilter(QStringLiteral("ap-guangzhou"));
    proxy.sort(NodeTableModel::CpuColumn, Qt::AscendingOrder);
    QList<qint64> order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(proxy.index(r, 0).data(IdRole).toLongLong());
    QCOMPARE(order, (QList<qint64>{2, 3, 4, 1}));

    // A routine metrics update re-sorts the affected row when the sort column is the metric.
    m_store->setNodeMetrics({tf::sample({{n, QStringLiteral("node-1")}}, 1.0),
                             tf::sample({{n, QStringLiteral("node-2")}}, 9.5),
                             tf::sample({{n, QStringLiteral("node-3")}}, 10.0),
                             tf::sample({{n, QStringLiteral("node-4")}}, 55.25)},
                            {});
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 1);
}

QTEST_GUILESS_MAIN(tst_NodeFilterProxyModel)
#include "tst_nodefilterproxymodel.moc"
