#pragma once

#include "FleetSnapshot.h"
#include "RegistryConfig.h"
#include "RegistryReader.h"
#include "SourceStatus.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>
#include <pqxx/connection>

class QSocketNotifier;
class QTimer;

namespace looma {

class RegistryListener;

// Lives on the registry thread and owns its only pqxx::connection. Loads a full snapshot, then
// follows changes by LISTEN (through a QSocketNotifier on the connection's socket) and by a
// watermark poll; reconnects with exponential backoff and catches up by watermark. Every public
// method must be called on the worker's own thread (RegistryClient posts them there).
class RegistryWorker final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(pqxx::connection_base &)>;
    using ErrorHandler = std::function<void(const QString &)>;

    explicit RegistryWorker(RegistryConfig config);
    ~RegistryWorker() override;

    void start();   // loads the cache, then connects
    void refresh(); // a delta now
    void reload();  // a full snapshot now
    // Runs job on the connection between change reads. A job must not leave a transaction open
    // (pqxx transactions are scoped), so the connection stays idle and keeps receiving NOTIFY.
    void runJob(const Job &job, const ErrorHandler &onError);

Q_SIGNALS:
    void cachedSnapshotLoaded(const looma::FleetSnapshot &snapshot);
    void snapshotReady(const looma::FleetSnapshot &snapshot); // full: replaces everything
    void deltaReady(const looma::FleetSnapshot &delta);
    void rowsRejected(const QList<looma::RejectedRow> &rows);
    void statusChanged(const looma::SourceStatus &status);

private:
    void connectNow();
    void fetch(bool full);
    void drainNotifications();
    void onNotification(const std::string &table);
    void dropConnection();
    void fail(const QString &error);
    void markLive();
    void setStatus(SourceStatus::State state, const QString &error);
    void saveCache();

    RegistryConfig m_config;
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<RegistryListener> m_listener; // declared after m_connection: destroyed first
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_reconcileTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_notifyTimer = nullptr; // coalesces a burst of notifications into one delta
    QTimer *m_cacheTimer = nullptr;  // coalesces cache writes
    RegistryReader m_reader;
    FleetSnapshot m_state; // merged full state, for the cache
    bool m_haveState = false;
    bool m_stateDirty = false;
    SourceStatus m_status;
    int m_backoffMs = 0;
};

} // namespace looma
