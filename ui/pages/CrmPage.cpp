#include "CrmPage.h"

#include "ConsoleSession.h"
#include "FleetStore.h"
#include "Icons.h"
#include "PanelRefresher.h"
#include "PanelResult.h"
#include "charts/StatTile.h"
#include "charts/StatusTableWidget.h"
#include "charts/TimeSeriesChart.h"
#include "charts/UnitFormat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace looma {
namespace {

enum BackendColumn { BackendName, BackendStatus, BackendConnections, BackendQueries, BackendLag, BackendColumns };
enum OperationColumn { OperationName, OperationThroughput, OperationErrors, OperationLatency, OperationColumns };
const char *const chartPanels[] = {"crm.throughput", "crm.latencyP95", "crm.errorRatio"};

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

CrmPage::CrmPage(ConsoleSession *session, QWidget *parent)
    : DashboardPage(QStringLiteral("crm"), {DataSource::Registry, DataSource::Prometheus}, parent)
    , m_session(session)
    , m_registryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("crmPage"));
    setContentWidget(createContent());
    m_registryTimer->setSingleShot(true);
    m_registryTimer->setInterval(200);
    connect(m_registryTimer, &QTimer::timeout, this, &CrmPage::updateRegistry);
    connect(this, &DashboardPage::searchTextChanged, this, [this](const QString &text) {
        m_backendsTable->setFilterText(text);
        m_operationsTable->setFilterText(text);
    });
    if (m_session) {
        const auto schedule = [this] { m_registryTimer->start(); };
        connect(m_session->fleetStore(), &FleetStore::instancesChanged, this, schedule);
        connect(m_session->fleetStore(), &FleetStore::servicesChanged, this, schedule);
        connect(m_session->panels(), &PanelRefresher::panelUpdated, this, &CrmPage::onPanelUpdated);
        connect(m_session, &ConsoleSession::registryStatusChanged, this,
                [this](const SourceStatus &s) { setSourceStatus(DataSource::Registry, s); });
        connect(m_session, &ConsoleSession::prometheusStatusChanged, this,
                [this](const SourceStatus &s) { setSourceStatus(DataSource::Prometheus, s); });
        setSourceStatus(DataSource::Registry, m_session->registryStatus());
        setSourceStatus(DataSource::Prometheus, m_session->prometheusStatus());
        updateRegistry();
        for (const PanelDefinition &panel : m_session->panels()->panels(QStringLiteral("crm"))) {
            const PanelResult result = m_session->panels()->result(panel.id);
            if (result.hasData())
                onPanelUpdated(result);
        }
    }
    retranslateUi();
}

QWidget *CrmPage::createContent()
{
    auto *inner = new QWidget;
    auto *tiles = new QHBoxLayout;
    const auto tile = [&](const char *name) {
        auto *t = new StatTile(inner);
        t->setObjectName(QLatin1String(name));
        tiles->addWidget(t, 1);
        return t;
    };
    m_instancesTile = tile("crmInstancesStatTile");
    m_backendsTile = tile("backendsStatTile");
    m_latencyTile = tile("crmLatencyStatTile");
    m_errorTile = tile("crmErrorStatTile");

    m_backendsLabel = new QLabel(inner);
    m_operationsLabel = new QLabel(inner);
    QFont bold = m_backendsLabel->font();
    bold.setBold(true);
    m_backendsLabel->setFont(bold);
    m_operationsLabel->setFont(bold);
    m_backendsTable = new StatusTableWidget(int(CrmFigureSet::backends().size()), BackendColumns, inner);
    m_backendsTable->setObjectName(QStringLiteral("crmBackendsTableWidget"));
    m_backendsTable->fitHeight();
    m_operationsTable = new StatusTableWidget(int(CrmFigureSet::operations().size()), OperationColumns, inner);
    m_operationsTable->setObjectName(QStringLiteral("crmOperationsTableWidget"));
    m_operationsTable->fitHeight();

    auto *grid = new QGridLayout;
    int n = 0;
    for (const char *id : chartPanels) {
        auto *chart = new TimeSeriesChart(inner);
        chart->setObjectName(QLatin1String(id).mid(4) + QStringLiteral("TimeSeriesChart"));
        chart->setLegendMapper([](const QString &legend) { return CrmFigureSet::operationName(legend); });
        m_charts.insert(QLatin1String(id), chart);
        grid->addWidget(chart, n / 2, n % 2);
        ++n;
    }

    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addWidget(m_backendsLabel);
    layout->addWidget(m_backendsTable);
    layout->addWidget(m_operationsLabel);
    layout->addWidget(m_operationsTable);
    layout->addLayout(grid);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("crmScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    return scroll;
}

PanelDefinition CrmPage::definition(const QString &panelId)
{
    if (!m_definitions.contains(panelId) && m_session) {
        for (const PanelDefinition &panel : m_session->panels()->panels(QStringLiteral("crm"))) {
            m_definitions.insert(panel.id, panel);
            if (TimeSeriesChart *chart = m_charts.value(panel.id))
                chart->setPanel(panel);
        }
    }
    return m_definitions.value(panelId);
}

void CrmPage::onPanelUpdated(const PanelResult &result)
{
    if (result.page != QLatin1String("crm"))
        return;
    definition(result.panelId);
    m_stale.insert(result.panelId, result.stale);
    if (TimeSeriesChart *chart = m_charts.value(result.panelId))
        chart->setResult(result);
    if (!m_figures.apply(result))
        return;
    updateTables();
    updateTiles();
    setHasData(true);
}

void CrmPage::updateRegistry()
{
    if (!m_session)
        return;
    const FleetStore *store = m_session->fleetStore();
    for (qint64 id : store->serviceIds()) {
        const Service *service = store->service(id);
        if (!service || service->name != QLatin1String("looma-crm"))
            continue;
        const QList<qint64> instances = store->instancesOfService(id);
        m_crmTotal = int(instances.size());
        m_crmPassing = 0;
        for (qint64 i : instances)
            if (const ServiceInstance *instance = store->instance(i); instance && instance->status == HealthState::Passing)
                ++m_crmPassing;
    }
    updateTiles();
    if (store->instanceCount() > 0)
        setHasData(true);
}

void CrmPage::updateTables()
{
    const QLocale locale;
    const PanelThresholds lagLimits = definition(QStringLiteral("crm.backendReplicationLag")).thresholds;
    const QList<CrmBackendFigures> backends = m_figures.backendFigures();
    for (int row = 0; row < backends.size(); ++row) {
        const CrmBackendFigures &b = backends[row];
        m_backendsTable->setStatusCell(row, BackendName, CrmFigureSet::backendName(b.backend));
        QString status = ChartStatusText::text(ChartStatus::NoData);
        ChartStatus state = ChartStatus::NoData;
        if (b.clusters > 0) {
            state = b.up() ? ChartStatus::Ok : ChartStatus::Critical;
            status = b.up() ? tr("Up in all %1 clusters").arg(b.clusters)
                            : tr("Down in %1 of %2 clusters").arg(b.clusters - b.clustersUp).arg(b.clusters);
        }
        m_backendsTable->setStatusCell(row, BackendStatus, status, state, {}, true);
        m_backendsTable->setStatusCell(row, BackendConnections,
                                       std::isfinite(b.connections) ? locale.toString(qint64(b.connections)) : dash());
        m_backendsTable->setStatusCell(row, BackendQueries, UnitFormat::format(b.queryRate, PanelUnit::ReqPerSec));
        m_backendsTable->setStatusCell(row, BackendLag, UnitFormat::format(b.replicationLag, PanelUnit::Seconds),
                                       ChartStatusText::evaluate(lagLimits, b.replicationLag), tr("worst cluster"));
    }
    const PanelThresholds errorLimits = definition(QStringLiteral("crm.errorRatio")).thresholds;
    const PanelThresholds latencyLimits = definition(QStringLiteral("crm.latencyP95")).thresholds;
    const QList<CrmOperationFigures> operations = m_figures.operationFigures();
    for (int row = 0; row < operations.size(); ++row) {
        const CrmOperationFigures &o = operations[row];
        m_operationsTable->setStatusCell(row, OperationName, CrmFigureSet::operationName(o.operation));
        m_operationsTable->setStatusCell(row, OperationThroughput, UnitFormat::format(o.throughput, PanelUnit::ReqPerSec));
        m_operationsTable->setStatusCell(row, OperationErrors, UnitFormat::format(o.errorRatio, PanelUnit::Ratio),
                                         ChartStatusText::evaluate(errorLimits, o.errorRatio), tr("target ≤ 0.1 %"));
        m_operationsTable->setStatusCell(row, OperationLatency, UnitFormat::format(o.p95, PanelUnit::Seconds),
                                         ChartStatusText::evaluate(latencyLimits, o.p95), tr("target ≤ 300 ms"));
    }
}

void CrmPage::updateTiles()
{
    const QLocale locale;
    const double up = m_figures.crmInstancesUp();
    m_instancesTile->setValueText(tr("%1 / %2").arg(std::isfinite(up) ? locale.toString(qint64(up)) : dash(),
                                                   m_crmTotal >= 0 ? locale.toString(m_crmTotal) : dash()));
    m_instancesTile->setStatus(!std::isfinite(up) || m_crmTotal <= 0 ? ChartStatus::NoData
                                   : up < m_crmTotal               ? ChartStatus::Warning
                                                                   : ChartStatus::Ok);
    m_instancesTile->setStale(m_stale.value(QStringLiteral("crm.instancesUp")));

    int known = 0, upCount = 0;
    QStringList down;
    for (const CrmBackendFigures &b : m_figures.backendFigures()) {
        if (b.clusters <= 0)
            continue;
        ++known;
        if (b.up())
            ++upCount;
        else
            down << CrmFigureSet::backendName(b.backend);
    }
    m_backendsTile->setValueText(known ? tr("%1 of %2 up").arg(upCount).arg(known) : dash());
    m_backendsTile->setStatus(!known ? ChartStatus::NoData : down.isEmpty() ? ChartStatus::Ok : ChartStatus::Critical);
    m_backendsTile->setTarget(down.isEmpty() ? tr("every backend in every cluster")
                                             : tr("down: %1").arg(down.join(tr(", "))));
    m_backendsTile->setStale(m_stale.value(QStringLiteral("crm.backendsByCluster")));

    double worstP95 = qQNaN(), worstErrors = qQNaN();
    QString slowest, failing;
    for (const CrmOperationFigures &o : m_figures.operationFigures()) {
        if (std::isfinite(o.p95) && !(o.p95 <= worstP95)) {
            worstP95 = o.p95;
            slowest = CrmFigureSet::operationName(o.operation);
        }
        if (std::isfinite(o.errorRatio) && !(o.errorRatio <= worstErrors)) {
            worstErrors = o.errorRatio;
            failing = CrmFigureSet::operationName(o.operation);
        }
    }
    m_latencyTile->setValueText(UnitFormat::format(worstP95, PanelUnit::Seconds));
    m_latencyTile->setStatus(ChartStatusText::evaluate(definition(QStringLiteral("crm.latencyP95")).thresholds, worstP95));
    m_latencyTile->setTarget(slowest.isEmpty() ? tr("target ≤ 300 ms") : tr("target ≤ 300 ms\nslowest: %1").arg(slowest));
    m_latencyTile->setStale(m_stale.value(QStringLiteral("crm.latencyP95")));
    m_errorTile->setValueText(UnitFormat::format(worstErrors, PanelUnit::Ratio));
    m_errorTile->setStatus(ChartStatusText::evaluate(definition(QStringLiteral("crm.errorRatio")).thresholds, worstErrors));
    m_errorTile->setTarget(failing.isEmpty() ? tr("target ≤ 0.1 %") : tr("target ≤ 0.1 %\nworst: %1").arg(failing));
    m_errorTile->setStale(m_stale.value(QStringLiteral("crm.errorRatio")));
}

void CrmPage::refresh()
{
    if (m_session)
        m_session->refresh();
}

void CrmPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    if (m_session && m_session->panels()->activePage() != key()) {
        m_session->panels()->setActivePage(key());
        m_session->panels()->refreshNow();
    }
}

QString CrmPage::title() const
{
    return tr("CRM");
}

QIcon CrmPage::icon() const
{
    return icons::load("nav-crm");
}

QString CrmPage::description() const
{
    return tr("Looma CRM health and its backends (PostgreSQL, Redis, Neo4j, Weaviate, Elasticsearch), with "
              "throughput and latency of talent management, relationship analysis, AI search and "
              "knowledge-graph Q&A.");
}

QString CrmPage::searchPlaceholder() const
{
    return tr("Filter backends or features…");
}

void CrmPage::retranslateUi()
{
    DashboardPage::retranslateUi();
    if (!m_backendsTable)
        return;
    m_instancesTile->setTitle(tr("CRM instances up / registered"));
    m_backendsTile->setTitle(tr("Backend databases"));
    m_latencyTile->setTitle(tr("Slowest feature p95"));
    m_errorTile->setTitle(tr("Highest feature error ratio"));
    m_backendsLabel->setText(tr("Backend databases"));
    m_operationsLabel->setText(tr("CRM features"));
    m_backendsTable->setHorizontalHeaderLabels(
        {tr("Backend"), tr("Status"), tr("Connections"), tr("Queries"), tr("Replication lag")});
    m_operationsTable->setHorizontalHeaderLabels(
        {tr("Feature"), tr("Throughput"), tr("Error ratio"), tr("Latency p95")});
    updateTables();
    updateTiles();
}

} // namespace looma
