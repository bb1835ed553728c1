#include "NodeDetailPanel.h"

#include "ConsoleSession.h"
#include "FleetStore.h"
#include "InstanceTableModel.h"
#include "NodeSeriesChart.h"
#include "PanelRefresher.h"
#include "PromClient.h"
#include "StatusText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace looma {

namespace {
constexpr qint64 chartWindowSeconds = 3600;
}

NodeDetailPanel::NodeDetailPanel(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_instances(new InstanceTableModel(session->fleetStore(), this))
    , m_heading(new QLabel(this))
    , m_instancesLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_cpu(new NodeSeriesChart(this))
    , m_memory(new NodeSeriesChart(this))
{
    setObjectName(QStringLiteral("nodeDetailPanel"));
    m_heading->setObjectName(QStringLiteral("nodeDetailHeadingLabel"));
    m_table->setObjectName(QStringLiteral("nodeInstancesTableView"));
    m_cpu->setObjectName(QStringLiteral("nodeCpuChartView"));
    m_memory->setObjectName(QStringLiteral("nodeMemoryChartView"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_instances->setNodeFilter(-1); // nothing until a node is chosen
    m_table->setModel(m_instances);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnHidden(InstanceTableModel::NodeColumn, true); // it is this node
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(180);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("nodeDetailCloseToolButton"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    connect(close, &QToolButton::clicked, this, &NodeDetailPanel::closeRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_instancesLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_cpu, 1);
    layout->addWidget(m_memory, 1);

    connect(m_session->prometheus(), &PromClient::queryFinished, this,
            &NodeDetailPanel::onQueryFinished);
    connect(m_session, &ConsoleSession::metricsRefreshed, this, &NodeDetailPanel::refresh);
    connect(m_session->fleetStore(), &FleetStore::nodesChanged, this, &NodeDetailPanel::updateHeading);
    retranslateUi();
}

QString NodeDetailPanel::headingText() const
{
    return m_heading->text();
}

void NodeDetailPanel::setNode(qint64 nodeId)
{
    if (nodeId == m_nodeId)
        return;
    m_nodeId = nodeId;
    m_instances->setNodeFilter(nodeId > 0 ? nodeId : -1);
    const Node *node = nodeId > 0 ? m_session->fleetStore()->node(nodeId) : nullptr;
    m_hostname = node ? node->hostname : QString();
    m_cpu->setPoints({});
    m_memory->setPoints({});
    updateHeading();
    refresh();
}

QString NodeDetailPanel::query(const char *panelId, const QString &fallback) const
{
    // The panel file may adapt the query to other metric names; $node is this node only.
    QString text = fallback;
    const QList<PanelDefinition> panels = m_session->panels()->panels(QStringLiteral("clusters"));
    for (const PanelDefinition &panel : panels) {
        if (panel.id == QLatin1String(panelId))
            text = panel.promql;
    }
    QString node = m_hostname;
    node.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return text.replace(QStringLiteral("$node"), node).replace(QStringLiteral("$window"), QStringLiteral("1m"));
}

void NodeDetailPanel::refresh()
{
    PromClient *client = m_session->prometheus();
    if (!client || !m_session->config().prometheusConfigured || m_hostname.isEmpty() || !isVisible())
        return;
    // One pair at a time: a slow Prometheus must not collect a queue of copies.
    if (m_cpuRequest != 0 || m_memoryRequest != 0)
        return;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-chartWindowSeconds);
    const QString cpu = query("clusters.nodeCpu",
                              QStringLiteral("100 * (1 - sum by (node) (rate(node_cpu_seconds_total{mode=\"idle\", "
                                             "node=\"$node\"}[$window])) / sum by (node) "
                                             "(rate(node_cpu_seconds_total{node=\"$node\"}[$window])))"));
    const QString memory = query("clusters.nodeMemory",
                                 QStringLiteral("100 * (1 - sum by (node) (node_memory_MemAvailable_bytes{node=\"$node\"}) "
                                                "/ sum by (node) (node_memory_MemTotal_bytes{node=\"$node\"}))"));
    m_cpuRequest = client->queryRangeForWidth(cpu, start, end, qMax(200, m_cpu->width()));
    m_memoryRequest = client->queryRangeForWidth(memory, start, end, qMax(200, m_memory->width()));
}

void NodeDetailPanel::onQueryFinished(quint64 id, const PromQueryResult &result, const PromError &error)
{
    NodeSeriesChart *chart = id == m_cpuRequest ? m_cpu : id == m_memoryRequest ? m_memory : nullptr;
    if (!chart)
        return;
    (id == m_cpuRequest ? m_cpuRequest : m_memoryRequest) = 0;
    if (error.isError()) {
        chart->setStale(true, error.message); // keep the last line, marked old
    } else {
        chart->setStale(false);
        chart->setPoints(result.series.isEmpty() ? QList<PromPoint>{} : result.series.first().points);
    }
    if (m_cpuRequest == 0 && m_memoryRequest == 0)
        Q_EMIT chartsUpdated();
}

void NodeDetailPanel::updateHeading()
{
    const FleetStore *store = m_session->fleetStore();
    const Node *node = m_nodeId > 0 ? store->node(m_nodeId) : nullptr;
    if (!node) {
        m_heading->setText(tr("No node selected"));
        return;
    }
    const Cluster *cluster = store->clusterOfNode(m_nodeId);
    const Region *region = store->regionOfNode(m_nodeId);
    m_heading->setText(tr("%1 · %2 · %3\n%4 · %5 · %6 cores · %7 MB")
                           .arg(node->hostname, cluster ? cluster->name : tr("unknown cluster"),
                                region ? StatusText::cloud(region->cloud) + u' ' + region->zone : tr("unknown zone"),
                                StatusText::nodeStatus(node->status), node->ip)
                           .arg(node->cpuCores)
                           .arg(node->memoryMb));
}

void NodeDetailPanel::retranslateUi()
{
    m_instancesLabel->setText(tr("Service instances on this node:"));
    m_cpu->setTitle(tr("CPU utilisation, last hour"));
    m_memory->setTitle(tr("Memory utilisation, last hour"));
    m_instances->retranslate();
    updateHeading();
}

} // namespace looma
