#include "ConsoleSession.h"

#include "ConnectionTester.h"
#include "FleetMetricsPoller.h"
#include "FleetStore.h"
#include "PanelLoader.h"
#include "PanelRefresher.h"
#include "PromClient.h"
#include "RegistryClient.h"
#include "SnapshotPacer.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "looma.session")

namespace looma {

namespace {
bool sameRegistry(const RegistryConfig &a, const RegistryConfig &b)
{
    return a.dsn == b.dsn && a.service == b.service && a.sslMode == b.sslMode
        && a.pollIntervalMs == b.pollIntervalMs;
}
} // namespace

ConsoleSession::ConsoleSession(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(new FleetStore(this))
    , m_pacer(new SnapshotPacer(m_store, this))
    , m_prometheus(new PromClient(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<PromFleetHealth>();
    // The client and the refresher live as long as the session, so pages may connect to them once;
    // a settings change reconfigures them instead of replacing them.
    m_panels = new PanelRefresher(m_prometheus, this);
    m_metrics = new FleetMetricsPoller(m_prometheus, m_store, this);
    m_tester = new ConnectionTester(this);
    connect(m_prometheus, &PromClient::statusChanged, this, [this](const SourceStatus &status) {
        if (m_config.prometheusConfigured)
            Q_EMIT prometheusStatusChanged(status);
    });
    connect(m_prometheus, &PromClient::alertsFinished, this, &ConsoleSession::onAlerts);
    connect(m_metrics, &FleetMetricsPoller::healthChanged, this, &ConsoleSession::promFleetHealthChanged);
    connect(m_metrics, &FleetMetricsPoller::roundFinished, this, [this] { Q_EMIT metricsRefreshed(); });
    connect(m_timer, &QTimer::timeout, this, &ConsoleSession::tick);
}

ConsoleSession::~ConsoleSession()
{
    // The registry thread is joined here, before the store it feeds goes away.
    delete m_registry;
    m_registry = nullptr;
}

void ConsoleSession::start()
{
    m_started = true;
    m_config = m_settings ? SessionConfig::fromSettings(*m_settings, m_registryOverride, m_prometheusOverride)
                          : SessionConfig{};
    loadPanels();
    buildRegistry();
    configurePrometheus();
    tick();
}

void ConsoleSession::applySettings()
{
    if (!m_started || !m_settings)
        return;
    const SessionConfig next = SessionConfig::fromSettings(*m_settings, m_registryOverride, m_prometheusOverride);
    const bool registryChanged = next.registryConfigured != m_config.registryConfigured
        || !sameRegistry(next.registry, m_config.registry);
    m_config = next;
    if (registryChanged)
        buildRegistry();
    configurePrometheus();
    tick();
}

void ConsoleSession::refresh()
{
    if (m_registry)
        m_registry->refresh();
    tick();
    if (m_started && m_config.prometheusConfigured)
        m_panels->refreshNow(); // F5 asks for every panel not already on its way
}

int ConsoleSession::refreshIntervalMs() const
{
    return m_intervalOverrideMs > 0 ? m_intervalOverrideMs : m_config.refreshMs;
}

const PromFleetHealth &ConsoleSession::promFleetHealth() const
{
    return m_metrics->health();
}

SourceStatus ConsoleSession::registryStatus() const
{
    return m_registry ? m_registry->status() : SourceStatus{};
}

SourceStatus ConsoleSession::prometheusStatus() const
{
    return m_config.prometheusConfigured ? m_prometheus->status() : SourceStatus{};
}

void ConsoleSession::loadPanels()
{
    const PanelLoadResult loaded = PanelLoader::load();
    for (const QString &message : loaded.messages)
        qCWarning(lcSession).noquote() << message;
    m_panels->setPanels(loaded.panels);
}

void ConsoleSession::buildRegistry()
{
    const bool hadRegistry = m_registry != nullptr;
    if (hadRegistry)
        Q_EMIT registryAboutToBeReplaced();
    delete m_registry; // joins its thread; the new one starts from the cache or a full snapshot
    m_registry = nullptr;
    if (!m_config.registryConfigured) {
        Q_EMIT registryStatusChanged(SourceStatus{});
        if (hadRegistry)
            Q_EMIT registryReplaced();
        return;
    }
    m_registry = new RegistryClient(m_config.registry, this);
    // Through the pacer: a first load of the whole fleet reaches the models in slices.
    connect(m_registry, &RegistryClient::cachedSnapshotLoaded, m_pacer, &SnapshotPacer::deliver);
    connect(m_registry, &RegistryClient::snapshotReady, m_pacer, &SnapshotPacer::deliver);
    connect(m_registry, &RegistryClient::deltaReady, m_pacer, &SnapshotPacer::deliver);
    connect(m_registry, &RegistryClient::statusChanged, this, &ConsoleSession::onRegistryStatus);
    connect(m_registry, &RegistryClient::rowsRejected, this, [this](const QList<RejectedRow> &rows) {
        m_rejected << rows;
        Q_EMIT rowsRejected(rows);
    });
    m_registry->start();
    Q_EMIT registryReplaced();
}

void ConsoleSession::onRegistryStatus(const SourceStatus &status)
{
    m_store->setSourceStatus(status);
    Q_EMIT registryStatusChanged(status);
}

void ConsoleSession::configurePrometheus()
{
    LabelMapping mapping;
    mapping.nodeLabel = m_config.nodeLabel;
    mapping.serviceLabel = m_config.serviceLabel;
    mapping.clusterLabel = m_config.clusterLabel;
    m_store->setLabelMapping(mapping);
    m_metrics->setQueries(FleetQueries(m_config.nodeLabel, m_config.serviceLabel, QStringLiteral("1m")));
    if (m_config.prometheusConfigured) {
        m_prometheus->setConfig(m_config.prometheus);
        m_timer->start(refreshIntervalMs());
        SourceStatus status = m_prometheus->status();
        if (status.state == SourceStatus::State::NotConfigured)
            status.state = SourceStatus::State::Connecting;
        Q_EMIT prometheusStatusChanged(status);
    } else {
        m_prometheus->cancelAll();
        m_timer->stop();
        Q_EMIT prometheusStatusChanged(SourceStatus{});
    }
}

void ConsoleSession::tick()
{
    if (!m_started || !m_config.prometheusConfigured)
        return;
    m_metrics->poll();
    fetchAlerts();
    m_panels->refreshIfIdle();
}

void ConsoleSession::fetchAlerts()
{
    if (m_alertsRequest != 0)
        return; // the previous one is still out
    m_alertsRequest = m_prometheus->alerts();
}

void ConsoleSession::onAlerts(quint64 id, const PromAlertsResult &result, const PromError &error)
{
    if (id != m_alertsRequest)
        return;
    m_alertsRequest = 0;
    if (error.isError()) {
        // The list stays as it was; the page marks it old rather than showing "no alerts".
        if (!m_alertsStale) {
            m_alertsStale = true;
            Q_EMIT alertsChanged(m_alerts);
        }
        return;
    }
    m_alertsStale = false;
    m_alerts = result.alerts;
    Q_EMIT alertsChanged(m_alerts);
}

} // namespace looma
