#include "AiServicesPage.h"

#include "ConsoleSession.h"
#include "FleetStore.h"
#include "Icons.h"
#include "PanelRefresher.h"
#include "PanelResult.h"
#include "ai/AiServicesTable.h"
#include "charts/BarChart.h"
#include "charts/StatTile.h"
#include "charts/TimeSeriesChart.h"
#include "charts/UnitFormat.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace looma {
namespace {

const qint64 windowChoices[] = {3600, 6 * 3600, 24 * 3600, 7 * 24 * 3600};
const char *const chartPanels[] = {"ai.requestRate", "ai.errorRate", "ai.latencyP95", "ai.latencyP99",
                                   "ai.accuracy"};

} // namespace

AiServicesPage::AiServicesPage(ConsoleSession *session, QWidget *parent)
    : DashboardPage(QStringLiteral("aiServices"), {DataSource::Registry, DataSource::Prometheus}, parent)
    , m_session(session)
    , m_registryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("aiServicesPage"));
    setContentWidget(createContent());
    // Registry deltas arrive in bursts; counting 30,000 instances once per burst is enough.
    m_registryTimer->setSingleShot(true);
    m_registryTimer->setInterval(200);
    connect(m_registryTimer, &QTimer::timeout, this, &AiServicesPage::updateRegistry);
    connect(this, &DashboardPage::searchTextChanged, m_table, &AiServicesTable::setFilterText);

    if (m_session) {
        FleetStore *store = m_session->fleetStore();
        const auto schedule = [this] { m_registryTimer->start(); };
        connect(store, &FleetStore::instancesChanged, this, schedule);
        connect(store, &FleetStore::servicesChanged, this, schedule);
        connect(store, &FleetStore::failoverGroupsChanged, this, schedule);
        connect(m_session->panels(), &PanelRefresher::panelUpdated, this, &AiServicesPage::onPanelUpdated);
        connect(m_session, &ConsoleSession::registryStatusChanged, this,
                [this](const SourceStatus &s) { setSourceStatus(DataSource::Registry, s); });
        connect(m_session, &ConsoleSession::prometheusStatusChanged, this,
                [this](const SourceStatus &s) { setSourceStatus(DataSource::Prometheus, s); });
        setSourceStatus(DataSource::Registry, m_session->registryStatus());
        setSourceStatus(DataSource::Prometheus, m_session->prometheusStatus());
        updateRegistry();
        for (const PanelDefinition &panel : m_session->panels()->panels(QStringLiteral("aiServices"))) {
            const PanelResult result = m_session->panels()->result(panel.id);
            if (result.hasData())
                onPanelUpdated(result);
        }
    }
    retranslateUi();
}

QWidget *AiServicesPage::createContent()
{
    auto *inner = new QWidget;
    m_windowLabel = new QLabel(inner);
    m_windowCombo = new QComboBox(inner);
    m_windowCombo->setObjectName(QStringLiteral("windowComboBox"));
    m_windowLabel->setBuddy(m_windowCombo);
    for (int i = 0; i < 4; ++i)
        m_windowCombo->addItem(QString(), QVariant::fromValue(windowChoices[i]));
    m_updatedLabel = new QLabel(inner);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_windowLabel);
    top->addWidget(m_windowCombo);
    top->addStretch(1);
    top->addWidget(m_updatedLabel);

    auto *tiles = new QHBoxLayout;
    const auto tile = [&](const char *name) {
        auto *t = new StatTile(inner);
        t->setObjectName(QLatin1String(name));
        tiles->addWidget(t, 1);
        return t;
    };
    m_availabilityTile = tile("availabilityStatTile");
    m_budgetTile = tile("budgetStatTile");
    m_burnTile = tile("burnRateStatTile");
    m_latencyTile = tile("latencyStatTile");

    m_table = new AiServicesTable(inner);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 5 * 30 + 8);

    auto *grid = new QGridLayout;
    int n = 0;
    for (const char *id : chartPanels) {
        auto *chart = new TimeSeriesChart(inner);
        chart->setObjectName(QLatin1String(id).mid(3) + QStringLiteral("TimeSeriesChart"));
        m_charts.insert(QLatin1String(id), chart);
        grid->addWidget(chart, n / 2, n % 2);
        ++n;
    }
    m_instancesChart = new BarChart(inner);
    m_instancesChart->setObjectName(QStringLiteral("instancesBarChart"));
    grid->addWidget(m_instancesChart, n / 2, n % 2);

    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(tiles);
    layout->addWidget(m_table);
    layout->addLayout(grid);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("aiServicesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, &AiServicesPage::onWindowChosen);
    return scroll;
}

PanelDefinition AiServicesPage::definition(const QString &panelId)
{
    if (!m_definitions.contains(panelId) && m_session) {
        QHash<QString, PanelThresholds> thresholds;
        for (const PanelDefinition &panel : m_session->panels()->panels(QStringLiteral("aiServices"))) {
            m_definitions.insert(panel.id, panel);
            thresholds.insert(panel.id, panel.thresholds);
            if (TimeSeriesChart *chart = m_charts.value(panel.id))
                chart->setPanel(panel);
        }
        m_table->setThresholds(thresholds);
    }
    return m_definitions.value(panelId);
}

void AiServicesPage::onPanelUpdated(const PanelResult &result)
{
    if (result.page != QLatin1String("aiServices"))
        return;
    definition(result.panelId); // loads the definitions once
    m_staleByPanel.insert(result.panelId, result.stale);
    m_errorByPanel.insert(result.panelId, result.error);
    if (TimeSeriesChart *chart = m_charts.value(result.panelId))
        chart->setResult(result);
    if (!m_figures.apply(result))
        return;
    m_table->setFigures(m_figures.all());
    updateTiles();
    updateBars();
    m_lastUpdate = result.fetchedAt;
    updateUpdatedLabel();
    setHasData(true);
}

void AiServicesPage::updateRegistry()
{
    if (!m_session)
        return;
    m_figures.applyRegistry(*m_session->fleetStore());
    m_table->setFigures(m_figures.all());
    updateBars();
    if (m_session->fleetStore()->instanceCount() > 0)
        setHasData(true);
}

void AiServicesPage::updateTiles()
{
    // Each tile shows the worst service, named, so the eye goes to where the problem is.
    struct Worst
    {
        double value = qQNaN();
        QString service;
    };
    const auto pick = [this](double AiServiceFigures::*field, bool lowest) {
        Worst w;
        for (const AiServiceFigures &f : m_figures.all()) {
            const double v = f.*field;
            if (std::isfinite(v) && (!std::isfinite(w.value) || (lowest ? v < w.value : v > w.value)))
                w = {v, f.service};
        }
        return w;
    };
    const auto fill = [this](StatTile *tile, const Worst &w, const QString &valueText, const QString &panelId,
                             ChartStatus status) {
        tile->setValueText(valueText);
        tile->setStatus(status);
        tile->setTarget(tile->property("targetText").toString()
                        + (w.service.isEmpty() ? QString() : tr("\nworst: %1").arg(w.service)));
        tile->setStale(m_staleByPanel.value(panelId), m_errorByPanel.value(panelId));
    };
    const Worst availability = pick(&AiServiceFigures::availability, true);
    fill(m_availabilityTile, availability, UnitFormat::percent(availability.value, 3), QStringLiteral("ai.availability"),
         ChartStatusText::evaluate(definition(QStringLiteral("ai.availability")).thresholds, availability.value));
    const Worst budget = pick(&AiServiceFigures::budgetLeft, true);
    fill(m_budgetTile, budget, UnitFormat::percent(budget.value, 1), QStringLiteral("ai.errorBudget"),
         !std::isfinite(budget.value) ? ChartStatus::NoData
             : budget.value <= 0      ? ChartStatus::Critical
             : budget.value < 0.25    ? ChartStatus::Warning
                                      : ChartStatus::Ok);
    const Worst burn = pick(&AiServiceFigures::burnRate, false);
    fill(m_burnTile, burn,
         std::isfinite(burn.value) ? tr("%1×").arg(QLocale().toString(burn.value, 'f', 1)) : tr("no data"),
         QStringLiteral("ai.burnRate"),
         ChartStatusText::evaluate(definition(QStringLiteral("ai.burnRate")).thresholds, burn.value));
    const Worst p95 = pick(&AiServiceFigures::p95, false);
    fill(m_latencyTile, p95, UnitFormat::format(p95.value, PanelUnit::Seconds), QStringLiteral("ai.latencyP95"),
         ChartStatusText::evaluate(definition(QStringLiteral("ai.latencyP95")).thresholds, p95.value));
}

void AiServicesPage::updateBars()
{
    QList<double> up, total;
    for (const AiServiceFigures &f : m_figures.all()) {
        up.append(std::isfinite(f.instancesUp) ? f.instancesUp : qQNaN());
        total.append(f.instancesTotal >= 0 ? double(f.instancesTotal) : qQNaN());
    }
    m_instancesChart->setData(AiServiceFigureSet::services(), {{tr("Up"), up}, {tr("Registered"), total}});
}

void AiServicesPage::onWindowChosen()
{
    const qint64 seconds = windowSeconds();
    for (TimeSeriesChart *chart : std::as_const(m_charts))
        chart->setWindowSeconds(seconds);
    if (!m_session)
        return;
    const int width = m_charts.isEmpty() ? 600 : m_charts.cbegin().value()->width();
    m_session->panels()->setWindow(seconds, std::max(200, width));
    m_session->panels()->refreshNow();
}

qint64 AiServicesPage::windowSeconds() const
{
    return m_windowCombo->currentData().toLongLong();
}

void AiServicesPage::refresh()
{
    if (m_session)
        m_session->refresh();
}

void AiServicesPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    if (m_session && m_session->panels()->activePage() != key()) {
        m_session->panels()->setActivePage(key());
        m_session->panels()->refreshNow();
    }
}

QString AiServicesPage::title() const
{
    return tr("AI services");
}

QIcon AiServicesPage::icon() const
{
    return icons::load("nav-aiservices");
}

QString AiServicesPage::description() const
{
    return tr("The five AI services: healthy and total instances, current primary, request and error rates, "
              "p50/p95/p99 latency against the 300 ms target, availability against the 99.9 % SLO with error "
              "budget, and the gateway's circuit breakers.");
}

QString AiServicesPage::searchPlaceholder() const
{
    return tr("Filter services or instances…");
}

void AiServicesPage::retranslateUi()
{
    DashboardPage::retranslateUi();
    if (!m_windowCombo)
        return; // called by the base before the content exists
    m_windowLabel->setText(tr("&Window:"));
    const QString names[] = {tr("Last hour"), tr("Last 6 hours"), tr("Last 24 hours"), tr("Last 7 days")};
    for (int i = 0; i < 4; ++i)
        m_windowCombo->setItemText(i, names[i]);
    m_availabilityTile->setTitle(tr("Lowest availability"));
    m_availabilityTile->setProperty("targetText", tr("SLO ≥ 99.9 %"));
    m_budgetTile->setTitle(tr("Least error budget left (30 d)"));
    m_budgetTile->setProperty("targetText", tr("warn below 25 %"));
    m_burnTile->setTitle(tr("Highest burn rate (1 h)"));
    m_burnTile->setProperty("targetText", tr("page at ≥ 14.4×"));
    m_latencyTile->setTitle(tr("Highest p95 latency"));
    m_latencyTile->setProperty("targetText", tr("target ≤ 300 ms"));
    m_instancesChart->setTitle(tr("Instances by service"));
    m_table->retranslate();
    updateTiles();
    updateBars();
    updateUpdatedLabel();
}

void AiServicesPage::updateUpdatedLabel()
{
    m_updatedLabel->setText(m_lastUpdate.isValid()
                                ? tr("Updated %1").arg(QLocale().toString(m_lastUpdate.toLocalTime().time(),
                                                                          QLocale::ShortFormat))
                                : tr("Not updated yet"));
}

} // namespace looma
