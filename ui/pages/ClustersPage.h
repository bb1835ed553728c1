#pragma once

#include "DashboardPage.h"

class QSortFilterProxyModel;
class QTableView;

namespace looma {

class ClusterSummaryModel;
class ConsoleSession;
class FleetChartsPanel;
class NodeDetailPanel;
class NodeFilterBar;
class NodeFilterProxyModel;
class NodeTableModel;

// Clusters with their aggregates, the fleet's status and CPU charts, and the node table (10,000+
// rows: fixed row heights, no resize-to-contents, filtering and sorting in a proxy). Selecting a
// node opens its detail beside the table; Escape or the close button shuts it.
class ClustersPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit ClustersPage(ConsoleSession *session, QWidget *parent = nullptr);
    explicit ClustersPage(QWidget *parent = nullptr) : ClustersPage(nullptr, parent) {}

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    QTableView *nodeTable() const { return m_nodeTable; }
    QTableView *clusterTable() const { return m_clusterTable; }
    NodeTableModel *nodeModel() const { return m_nodeModel; }
    NodeFilterProxyModel *nodeProxy() const { return m_nodeProxy; }
    NodeFilterBar *filterBar() const { return m_filterBar; }
    NodeDetailPanel *nodeDetail() const { return m_detail; }
    FleetChartsPanel *fleetCharts() const { return m_charts; }
    ClusterSummaryModel *clusterModel() const { return m_clusterModel; }

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createContent();
    QTableView *createNodeTable(QWidget *parent);
    void onCurrentNodeChanged(const QModelIndex &current);
    void closeDetail();
    void updateHasData();

    ConsoleSession *m_session = nullptr;
    NodeTableModel *m_nodeModel = nullptr;
    NodeFilterProxyModel *m_nodeProxy = nullptr;
    ClusterSummaryModel *m_clusterModel = nullptr;
    QSortFilterProxyModel *m_clusterProxy = nullptr;
    QTableView *m_clusterTable = nullptr;
    QTableView *m_nodeTable = nullptr;
    NodeFilterBar *m_filterBar = nullptr;
    NodeDetailPanel *m_detail = nullptr;
    FleetChartsPanel *m_charts = nullptr;
};

} // namespace looma
