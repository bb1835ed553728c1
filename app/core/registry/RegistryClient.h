#pragma once

#include "FleetSnapshot.h"
#include "RegistryConfig.h"
#include "SourceStatus.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QThread;

namespace pqxx {
class connection_base;
}

namespace looma {

class RegistryWorker;

// The GUI-side facade of the registry: starts and stops the "looma-registry" thread, forwards calls
// to the RegistryWorker living there, and re-emits its results (value types, queued) on this
// object's thread. Nothing here blocks except the destructor, which waits for the thread to finish
// its current query (bounded by the connect timeout).
class RegistryClient final : public QObject
{
    Q_OBJECT

public:
    explicit RegistryClient(RegistryConfig config, QObject *parent = nullptr);
    ~RegistryClient() override;

    void start();
    void stop();
    bool isRunning() const { return m_worker != nullptr; }

    void refresh(); // read changes now instead of at the next poll
    void reload();  // full snapshot now

    const RegistryConfig &config() const { return m_config; }
    SourceStatus status() const { return m_status; }

    // Runs query(connection) on the registry thread, between change reads, and delivers its result
    // (or the error text) on this object's thread, provided context still exists. For the scheduler
    // and the reports: their own typed queries without blocking the GUI and without a second
    // connection. query must not keep a transaction open after it returns.
    template <typename R>
    void run(std::function<R(pqxx::connection_base &)> query, QObject *context,
             std::function<void(const R &)> onResult, std::function<void(const QString &)> onError = {})
    {
        auto result = std::make_shared<std::optional<R>>();
        postJob([query = std::move(query), result](pqxx::connection_base &c) { result->emplace(query(c)); },
                context,
                [result, onResult = std::move(onResult)] {
                    if (*result && onResult)
                        onResult(**result);
                },
                std::move(onError));
    }

Q_SIGNALS:
    void cachedSnapshotLoaded(const looma::FleetSnapshot &snapshot);
    void snapshotReady(const looma::FleetSnapshot &snapshot);
    void deltaReady(const looma::FleetSnapshot &delta);
    void rowsRejected(const QList<looma::RejectedRow> &rows);
    void statusChanged(const looma::SourceStatus &status);

private:
    void postJob(std::function<void(pqxx::connection_base &)> job, QObject *context,
                 std::function<void()> onDone, std::function<void(const QString &)> onError);

    RegistryConfig m_config;
    QThread *m_thread = nullptr;
    RegistryWorker *m_worker = nullptr;
    SourceStatus m_status;
};

} // namespace looma
