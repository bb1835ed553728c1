#pragma once

#include "HealthStateMachine.h"
#include "HealthTypes.h"
#include "ProbeClient.h"
#include "ProbeRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <optional>
#include <queue>
#include <unordered_map>
#include <vector>

namespace looma {

// The scheduler's worker: lives on the scheduler thread (CheckScheduler owns it), keeps one state
// machine per instance, starts each instance's check once per interval at a stable per-instance
// phase (a hash of its id spread over the interval, so 10,000 instances give an even stream, never
// bursts), never more than maxInFlight at once, and publishes transitions in batches.
// When behind schedule it skips a missed slot rather than catching up in a burst.
class CheckEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxInFlight = 512;
        ProbeClient::Options probe;
        int tickMs = 10;
        int batchIntervalMs = 250;
        int figuresIntervalMs = 1000;
    };

    explicit CheckEngine(const Options &options, QObject *parent = nullptr);

    // Full replacement: kept ids keep their state, new ids start unknown (or from the registry's
    // status, see restore in the docs), missing ids are dropped.
    void setFleet(const QList<ServiceInstance> &instances, const QList<CheckPolicy> &policies);
    // Incremental: upserted instances (new or changed) and removed ids, without a restart.
    void applyChanges(const QList<ServiceInstance> &upserted, const QList<qint64> &removed);
    void setPolicies(const QList<CheckPolicy> &policies);
    void start();
    void stop();

    int instanceCount() const { return int(m_entries.size()); }
    const ProbeClient &client() const { return *m_client; }
    // Stable phase of an instance inside its interval, in [0, intervalMs).
    static qint64 phaseOf(qint64 instanceId, int intervalMs);

Q_SIGNALS:
    void transitionsReady(const QList<looma::HealthTransition> &batch);
    void figuresReady(const looma::SchedulerFigures &figures);
    void sweepCompleted(const looma::SweepFigure &sweep);

private:
    struct Entry
    {
        ServiceInstance instance;
        std::optional<ProbeRequest> request;
        QString requestError;
        HealthStateMachine machine;
        int intervalMs = 10000;
        qint64 nextDueMs = 0;
        quint32 token = 0; // bumped on reschedule: older heap items are stale
        bool inFlight = false;
    };
    struct Due
    {
        qint64 dueMs;
        qint64 id;
        quint32 token;
        bool operator>(const Due &o) const { return dueMs > o.dueMs; }
    };

    const CheckPolicy &policyFor(qint64 serviceId) const;
    void upsert(const ServiceInstance &instance, bool restoreState);
    void configure(Entry &entry);
    void schedule(qint64 id, Entry &entry, qint64 nowMs);
    void pump();
    void dispatch(qint64 id, Entry &entry);
    void onResult(qint64 id, const ProbeResult &result);
    void flushTransitions();
    void publishFigures();
    void publishSweep();

    Options m_options;
    ProbeClient *m_client = nullptr;
    QElapsedTimer m_clock;
    QTimer m_tick{this};
    QTimer m_batchTimer{this};
    QTimer m_figuresTimer{this};
    QTimer m_sweepTimer{this};
    bool m_running = false;

    std::unordered_map<qint64, Entry> m_entries;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_heap;
    QHash<qint64, CheckPolicy> m_policies; // by service id
    CheckPolicy m_defaultPolicy;

    QList<HealthTransition> m_pending;
    std::vector<qint64> m_lags; // ms late, since the last figures
    int m_windowChecks = 0;
    int m_windowFailures = 0;
    qint64 m_windowStartMs = 0;
    int m_sweepChecks = 0;
    int m_sweepFailures = 0;
};

} // namespace looma
