#include "ClustersPage.h"

#include "ConsoleSession.h"
#include "FleetStore.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"
#include "clusters/ClusterSummaryModel.h"
#include "clusters/FleetChartsPanel.h"
#include "clusters/NodeDetailPanel.h"
#include "clusters/NodeFilterBar.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace looma {

namespace {
void setUpTable(QTableView *table)
{
    // Fixed row heights and no ResizeToContents: the view's cost stays with the visible rows.
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setHighlightSections(false);
}
} // namespace

ClustersPage::ClustersPage(ConsoleSession *session, QWidget *parent)
    : DashboardPage(QStringLiteral("clusters"), {DataSource::Registry, DataSource::Prometheus}, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("clustersPage"));
    if (m_session) {
        FleetStore *store = m_session->fleetStore();
        m_nodeModel = new NodeTableModel(store, this);
        m_nodeProxy = new NodeFilterProxyModel(this);
        m_nodeProxy->setSourceModel(m_nodeModel);
        m_clusterModel = new ClusterSummaryModel(store, this);
        m_clusterProxy = new QSortFilterProxyModel(this);
        m_clusterProxy->setSortRole(SortRole);
        m_clusterProxy->setSourceModel(m_clusterModel);
        setContentWidget(createContent());
        connect(this, &DashboardPage::searchTextChanged, m_nodeProxy, &NodeFilterProxyModel::setTextFilter);
        connect(this, &DashboardPage::searchTextChanged, m_filterBar, &NodeFilterBar::updateCount);
        connect(m_nodeModel, &QAbstractItemModel::rowsInserted, this, &ClustersPage::updateHasData);
        connect(m_nodeModel, &QAbstractItemModel::rowsRemoved, this, &ClustersPage::updateHasData);
        connect(store, &FleetStore::regionsChanged, m_filterBar, &NodeFilterBar::updateChoices);
        connect(store, &FleetStore::clustersChanged, m_filterBar, &NodeFilterBar::updateChoices);
        m_filterBar->updateChoices();
        updateHasData();
    }
    retranslateUi();
}

QTableView *ClustersPage::createNodeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QStringLiteral("nodesTableView"));
    table->setModel(m_nodeProxy);
    setUpTable(table);
    table->sortByColumn(NodeTableModel::HostnameColumn, Qt::AscendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setDefaultSectionSize(92);
    header->resizeSection(NodeTableModel::HostnameColumn, 150);
    header->resizeSection(NodeTableModel::RegionColumn, 110);
    header->resizeSection(NodeTableModel::ZoneColumn, 120);
    header->resizeSection(NodeTableModel::ClusterColumn, 150);
    header->resizeSection(NodeTableModel::IpColumn, 100);
    header->setStretchLastSection(true);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentNodeChanged(current); });
    table->installEventFilter(this);
    return table;
}

QWidget *ClustersPage::createContent()
{
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("clustersContentWidget"));
    m_clusterTable = new QTableView(content);
    m_clusterTable->setObjectName(QStringLiteral("clustersTableView"));
    m_clusterTable->setModel(m_clusterProxy);
    setUpTable(m_clusterTable);
    m_clusterTable->sortByColumn(ClusterSummaryModel::ClusterColumn, Qt::AscendingOrder);
    m_clusterTable->horizontalHeader()->setDefaultSectionSize(88);
    m_clusterTable->horizontalHeader()->resizeSection(ClusterSummaryModel::ClusterColumn, 150);
    m_clusterTable->horizontalHeader()->resizeSection(ClusterSummaryModel::ZoneColumn, 120);
    m_clusterTable->horizontalHeader()->resizeSection(ClusterSummaryModel::InstancesColumn, 120);
    m_clusterTable->horizontalHeader()->setStretchLastSection(true);
    // Activating a cluster narrows the node table to it.
    connect(m_clusterTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_nodeProxy->setClusterFilter(index.data(IdRole).toLongLong());
        m_filterBar->updateCount();
    });

    m_charts = new FleetChartsPanel(m_session->fleetStore(), content);
    auto *top = new QSplitter(Qt::Horizontal, content);
    top->addWidget(m_clusterTable);
    top->addWidget(m_charts);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);

    m_filterBar = new NodeFilterBar(m_session->fleetStore(), m_nodeProxy, content);
    m_nodeTable = createNodeTable(content);
    m_detail = new NodeDetailPanel(m_session, content);
    m_detail->setVisible(false);
    connect(m_detail, &NodeDetailPanel::closeRequested, this, &ClustersPage::closeDetail);
    auto *nodes = new QSplitter(Qt::Horizontal, content);
    nodes->addWidget(m_nodeTable);
    nodes->addWidget(m_detail);
    nodes->setStretchFactor(0, 3);
    nodes->setStretchFactor(1, 2);
    nodes->setChildrenCollapsible(false);

    auto *bottom = new QWidget(content);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_filterBar);
    bottomLayout->addWidget(nodes, 1);

    auto *vertical = new QSplitter(Qt::Vertical, content);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(vertical, 1);
    return content;
}

void ClustersPage::onCurrentNodeChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const qint64 nodeId = current.data(IdRole).toLongLong();
    m_detail->setVisible(true);
    m_detail->setNode(nodeId);
    m_detail->refresh(); // now visible: fetch its charts at once
}

void ClustersPage::closeDetail()
{
    m_detail->setNode(0);
    m_detail->setVisible(false);
    m_nodeTable->setFocus(Qt::OtherFocusReason);
}

bool ClustersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nodeTable && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && m_detail->isVisible()) {
            closeDetail();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_nodeTable->currentIndex().isValid()) {
            onCurrentNodeChanged(m_nodeTable->currentIndex());
            m_detail->instanceTable()->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return DashboardPage::eventFilter(watched, event);
}

void ClustersPage::refresh()
{
    if (!m_session)
        return;
    m_clusterModel->recount();
    m_charts->recount();
    m_detail->refresh();
}

void ClustersPage::updateHasData()
{
    setHasData(m_nodeModel && m_nodeModel->rowCount() > 0);
    if (m_filterBar)
        m_filterBar->updateCount();
}

QString ClustersPage::title() const
{
    return tr("Clusters");
}
QIcon ClustersPage::icon() const
{
    return icons::load("nav-clusters");
}

QString ClustersPage::description() const
{
    return tr("Every cluster with its totals, and a node table that filters and sorts 10,000+ nodes by "
              "cloud, region, cluster, status or text; a node's instances and CPU/memory charts.");
}

QString ClustersPage::searchPlaceholder() const
{
    return tr("Filter nodes by name, address, cluster…");
}

void ClustersPage::retranslateUi()
{
    DashboardPage::retranslateUi();
    if (!m_session)
        return;
    m_nodeModel->retranslate();
    m_clusterModel->retranslate();
    m_filterBar->retranslateUi();
    m_detail->retranslateUi();
    m_charts->retranslateUi();
}

} // namespace looma
