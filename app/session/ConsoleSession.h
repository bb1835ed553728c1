#pragma once

#include "FleetSnapshot.h"
#include "PromError.h"
#include "PromFleetHealth.h"
#include "PromTypes.h"
#include "SessionConfig.h"
#include "SourceStatus.h"

#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace looma {

class AppSettings;
class FleetStore;
class SnapshotPacer;
class PanelRefresher;
class PromClient;
class RegistryClient;
class ConnectionTester;
class FleetMetricsPoller;

// Owns the data sources of one window (or a test): the registry client feeding the fleet store,
// the Prometheus client with the panel refresher and the fleet-wide metric poller, and the alerts.
// Built from AppSettings; command-line overrides (--registry, --prometheus) replace the stored
// addresses for this run only.
class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(looma::AppSettings *settings, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Overrides for this run, never written to the settings file; call before start().
    void setRegistryOverride(const QString &dsn) { m_registryOverride = dsn; }
    void setPrometheusOverride(const QString &url) { m_prometheusOverride = url; }
    // The refresh interval in milliseconds; 0 takes the settings' value (tests use short ones).
    void setRefreshIntervalOverride(int ms) { m_intervalOverrideMs = ms; }

    void start();          // from settings: registry client, Prometheus client, panels
    void applySettings();  // after the settings page applies
    void refresh();        // F5
    bool isStarted() const { return m_started; }
    looma::FleetStore *fleetStore() const { return m_store; }
    // Every registry snapshot goes through it on its way to the store (loadProgress, caughtUp).
    looma::SnapshotPacer *snapshotPacer() const { return m_pacer; }
    looma::RegistryClient *registry() const { return m_registry; }   // may be null when not configured
    looma::PromClient *prometheus() const { return m_prometheus; }   // may be null when not configured
    looma::PanelRefresher *panels() const { return m_panels; }
    QList<looma::PromAlert> alerts() const { return m_alerts; }
    bool alertsStale() const { return m_alertsStale; }
    SourceStatus registryStatus() const;
    SourceStatus prometheusStatus() const;
    QList<looma::RejectedRow> rejectedRows() const { return m_rejected; }
    int refreshIntervalMs() const;
    // What Prometheus sees down (instances, scrape targets), polled with the node figures.
    const PromFleetHealth &promFleetHealth() const;
    // The Settings page's Test buttons.
    ConnectionTester *connectionTester() const { return m_tester; }
    const SessionConfig &config() const { return m_config; }

Q_SIGNALS:
    void registryStatusChanged(const looma::SourceStatus &status);
    void prometheusStatusChanged(const looma::SourceStatus &status);
    void alertsChanged(const QList<looma::PromAlert> &alerts);
    void rowsRejected(const QList<looma::RejectedRow> &rows);
    // After each refresh tick's metric queries are answered (or failed), for pages and tests.
    void metricsRefreshed();
    // Around replacing or removing the registry client (settings applied): before, registry() is
    // still the old client, so holders of it let go; after, registry() is the new one (or null).
    void registryAboutToBeReplaced();
    void registryReplaced();
    void promFleetHealthChanged(const looma::PromFleetHealth &health);

private:
    void buildRegistry();
    void configurePrometheus();
    void loadPanels();
    void onRegistryStatus(const looma::SourceStatus &status);
    void onAlerts(quint64 id, const looma::PromAlertsResult &result, const looma::PromError &error);
    void tick();
    void fetchAlerts();

    AppSettings *m_settings = nullptr;
    FleetStore *m_store = nullptr;
    SnapshotPacer *m_pacer = nullptr;
    RegistryClient *m_registry = nullptr;
    PromClient *m_prometheus = nullptr;
    PanelRefresher *m_panels = nullptr;
    FleetMetricsPoller *m_metrics = nullptr;
    ConnectionTester *m_tester = nullptr;
    SessionConfig m_config;
    QTimer *m_timer = nullptr;
    QString m_registryOverride;
    QString m_prometheusOverride;
    int m_intervalOverrideMs = 0;
    QList<PromAlert> m_alerts;
    bool m_alertsStale = false;
    quint64 m_alertsRequest = 0;
    QList<RejectedRow> m_rejected;
    bool m_started = false;
};

} // namespace looma
