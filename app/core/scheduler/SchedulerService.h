#pragma once

#include "FailoverActions.h"
#include "FleetView.h"
#include "PartitionGuard.h"
#include "SchedulerTypes.h"
#include "SourceStatus.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace looma {

class CheckScheduler;
class FailoverService;
class HealthEventWriter;
class LeaderElection;
class PrometheusHealthPoller;
class PromQueryAgent;
class RegistryClient;

// The in-process scheduler: health checks tied to safe automatic failover.
//
// Lives on the GUI thread (or the headless main thread) and does no blocking work there:
//   * checks run on the checker thread (CheckScheduler) or come from Prometheus (asynchronous);
//   * transitions are written to health_events on the "looma-health-writer" thread;
//   * leadership runs on the "looma-leader" thread, promotions on the "looma-failover" thread;
//   * registry reads (the start-up cooldown state, the partition audit row) go through the
//     RegistryClient's own thread with RegistryClient::run().
// What is evaluated here is FailoverPolicy::decide(), a pure function over a few instances.
//
// Feeding: the registry client's snapshots and deltas keep a FleetView (and the checker's
// instance list) current. On every batch of transitions the groups concerned are evaluated; on
// every sweep (one check interval) every group whose primary is critical is evaluated again, so
// a decision blocked by cooldown, leadership or the partition guard is retried when that clears.
// When the rule says act, the promotion runs with trigger 'auto', the decision's expected primary
// and generation and the leadership session's pid (the transaction re-checks all three).
//
// Usage (the GUI's failover page and the headless command):
//   SchedulerService s(config, registryClient);   // registryClient: already started, not owned
//   connect(&s, &SchedulerService::decisionChanged, ...); s.start();
// Every signal carries value types. The service never takes an action for the user: manual
// switchovers go through FailoverService directly.
class SchedulerService final : public QObject
{
    Q_OBJECT

public:
    SchedulerService(const SchedulerConfig &config, RegistryClient *registry, QObject *parent = nullptr);
    ~SchedulerService() override;

    void start();
    void stop(); // stops checks and leadership; a promotion already sent finishes on its thread

    const SchedulerConfig &config() const { return m_config; }
    SourceStatus status() const { return m_status; }      // the status bar's "Scheduler"
    SchedulerOverview overview() const { return m_overview; }
    QList<GroupDecision> decisions() const { return m_decisions.values(); } // last one per group
    GroupDecision decisionFor(const QString &group) const { return m_decisions.value(group); }
    bool isLeader() const;
    static QString statusName() { return tr("Scheduler"); }

Q_SIGNALS:
    void statusChanged(const looma::SourceStatus &status);
    void overviewChanged(const looma::SchedulerOverview &overview);
    // A group's decision changed (act, or another blocking rule), and every decision that acts.
    void decisionChanged(const looma::GroupDecision &decision);
    void transitionsObserved(const QList<looma::HealthTransition> &batch);
    void leadershipChanged(bool leader);
    void partitionSuspected(const looma::PartitionAlert &alert); // once per episode
    void partitionCleared(const QDateTime &at);
    void failoverStarted(const looma::PromotionRequest &request);
    void failoverCommitted(const looma::PromotionResult &result);
    void failoverRefused(const looma::PromotionResult &result); // refused, failed or in doubt
    void failoverActuated(qint64 eventId, bool ok, const QString &detail); // the webhook's outcome
    void problem(const QString &message); // a write or query that failed, for the log

protected:
    // The application's LanguageChange: the decisions are worded again (reword()).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSnapshot(const FleetSnapshot &snapshot);
    void onTransitions(const QList<HealthTransition> &batch);
    void onSweep(const SweepFigure &sweep);
    void onFigures(const SchedulerFigures &figures);
    void onPromotionFinished(const PromotionResult &result);
    void loadCooldowns();
    void feedChecker(const FleetView::Change &change);
    QList<CheckPolicy> effectivePolicies() const;
    void evaluate(const QString &group);
    void decideWith(const QString &group, ObserverVerdict observer, bool observerAsked);
    FailoverInputs inputsFor(const QString &group, ObserverVerdict observer, const QDateTime &now) const;
    // After a language switch: every recorded decision whose verdict still stands gets its reason
    // in the new language (decisionChanged). Nothing is acted on here; a verdict that moved on is
    // left to the next evaluation.
    void reword();
    bool observerWanted() const;
    void record(const GroupDecision &decision);
    void act(const GroupDecision &decision);
    void raisePartitionAlert();
    void setStatus(SourceStatus::State state, const QString &error = {});
    void publishOverview();

    SchedulerConfig m_config;
    QString m_actor;
    RegistryClient *m_registry = nullptr;
    FleetView m_fleet;
    PartitionGuard m_guard;

    CheckScheduler *m_checker = nullptr;
    PromQueryAgent *m_prom = nullptr;
    PrometheusHealthPoller *m_poller = nullptr;
    QThread m_writerThread;
    HealthEventWriter *m_writer = nullptr;
    LeaderElection *m_leader = nullptr;
    FailoverService *m_failover = nullptr;

    QHash<QString, GroupDecision> m_decisions;
    QHash<QString, quint64> m_busyGroups; // group -> promotion request id (0: observer query pending)
    QHash<QString, qint64> m_awaitGeneration; // committed here; wait until the registry shows it
    QTimer m_cooldownRetry{this};
    QTimer m_overviewTimer{this};
    SourceStatus m_status;
    SchedulerOverview m_overview;
    bool m_started = false;
    bool m_haveFleet = false;
    bool m_cooldownsLoaded = false;
    bool m_checking = false;
    quint64 m_nextRequestId = 1;
};

} // namespace looma
