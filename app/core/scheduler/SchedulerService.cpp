#include "SchedulerService.h"

#include "CheckScheduler.h"
#include "FailoverPolicy.h"
#include "FailoverService.h"
#include "HealthEventWriter.h"
#include "LeaderElection.h"
#include "PromQueryAgent.h"
#include "PrometheusHealthPoller.h"
#include "RegistryClient.h"
#include "SessionIdentity.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

namespace looma {
namespace {

// Last committed failover and last cooldown acknowledgement per group, as far back as a cooldown
// reaches: the snapshot's history is capped, so the start-up state is read once here.
struct CooldownRow
{
    QString group;
    bool acknowledgement = false;
    QDateTime at;
};

QList<CooldownRow> readCooldowns(pqxx::connection_base &c, qint64 cooldownSeconds)
{
    pqxx::read_transaction tx(c, "scheduler-cooldowns");
    const pqxx::result rows = tx.exec_params(
        "SELECT failover_group, false, (extract(epoch FROM max(committed_at)) * 1000)::bigint "
        "FROM failover_events WHERE committed_at > now() - $1::bigint * interval '1 second' "
        "GROUP BY failover_group "
        "UNION ALL "
        "SELECT target, true, (extract(epoch FROM max(at)) * 1000)::bigint FROM audit_log "
        "WHERE action = 'failover.cooldown_ack' AND at > now() - $1::bigint * interval '1 second' "
        "GROUP BY target",
        static_cast<long long>(cooldownSeconds));
    QList<CooldownRow> out;
    for (const pqxx::row &r : rows)
        out.append({QString::fromStdString(r[0].as<std::string>()), r[1].as<bool>(),
                    QDateTime::fromMSecsSinceEpoch(r[2].as<long long>(), Qt::UTC)});
    return out;
}

} // namespace

SchedulerService::SchedulerService(const SchedulerConfig &config, RegistryClient *registry, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_actor(config.observerName.isEmpty() ? SessionIdentity::localActor() : config.observerName)
    , m_registry(registry)
    , m_guard(config.partitionShare, 3, config.partitionMinChecks)
{
    qRegisterMetaType<GroupDecision>();
    qRegisterMetaType<SchedulerOverview>();
    qRegisterMetaType<PartitionAlert>();
    qRegisterMetaType<QList<HealthTransition>>();
    m_overview.source = config.source;
    m_overview.readOnly = config.readOnly;
    if (QCoreApplication *app = QCoreApplication::instance(); app && app->thread() == thread())
        app->installEventFilter(this);

    if (config.prometheus.isConfigured())
        m_prom = new PromQueryAgent(config.prometheus, this);
    if (config.source == HealthSourceKind::Probes) {
        CheckEngine::Options options;
        options.maxInFlight = config.maxInFlight;
        m_checker = new CheckScheduler(options, this);
        connect(m_checker, &CheckScheduler::transitionsReady, this, &SchedulerService::onTransitions);
        connect(m_checker, &CheckScheduler::sweepCompleted, this, &SchedulerService::onSweep);
        connect(m_checker, &CheckScheduler::figuresReady, this, &SchedulerService::onFigures);
    } else if (m_prom) {
        m_poller = new PrometheusHealthPoller(m_prom, config.observerQuery, this);
        connect(m_poller, &PrometheusHealthPoller::transitionsReady, this, &SchedulerService::onTransitions);
        connect(m_poller, &PrometheusHealthPoller::sweepCompleted, this, &SchedulerService::onSweep);
        connect(m_poller, &PrometheusHealthPoller::figuresReady, this, &SchedulerService::onFigures);
        connect(m_poller, &PrometheusHealthPoller::queryFailed, this, [this](const QString &error) {
            setStatus(SourceStatus::State::Stale, tr("Prometheus: %1").arg(error));
        });
    }

    if (!config.readOnly) {
        m_writer = new HealthEventWriter(SessionIdentity::withSessionOptions(config.dsn, QStringLiteral("looma-ops-health")),
                                         m_actor);
        m_writerThread.setObjectName(QStringLiteral("looma-health-writer"));
        m_writer->moveToThread(&m_writerThread);
        connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
        connect(m_writer, &HealthEventWriter::writeFailed, this,
                [this](const QString &error) { Q_EMIT problem(tr("Writing health events failed: %1").arg(error)); });
        m_writerThread.start();

        m_leader = new LeaderElection(config.dsn, config.leaderIntervalMs, config.leaderLockKey, this);
        connect(m_leader, &LeaderElection::leadershipChanged, this, [this](bool leader, qint64) {
            Q_EMIT leadershipChanged(leader);
            publishOverview();
            if (leader) { // a takeover acts on an incident already under way
                for (const QString &group : m_fleet.groupsWithCriticalPrimary())
                    evaluate(group);
            }
        });
        connect(m_leader, &LeaderElection::connectionProblem, this,
                [this](const QString &message) { Q_EMIT problem(tr("Leadership: %1").arg(message)); });

        m_failover = new FailoverService(config.dsn, this);
        m_failover->setWebhookConfig(config.webhook);
        connect(m_failover, &FailoverService::promotionFinished, this, &SchedulerService::onPromotionFinished);
        connect(m_failover, &FailoverService::actuationFinished, this, &SchedulerService::failoverActuated);
    }

    m_cooldownRetry.setSingleShot(true);
    m_cooldownRetry.setInterval(5000);
    connect(&m_cooldownRetry, &QTimer::timeout, this, [this] { loadCooldowns(); });
    m_overviewTimer.setInterval(1000);
    connect(&m_overviewTimer, &QTimer::timeout, this, [this] { publishOverview(); });
}

SchedulerService::~SchedulerService()
{
    stop();
    // Checks first (no more transitions), then the writer drains, then leadership and promotions.
    delete m_checker;
    m_checker = nullptr;
    m_writerThread.quit();
    m_writerThread.wait();
    delete m_leader;
    m_leader = nullptr;
    delete m_failover;
    m_failover = nullptr;
}

void SchedulerService::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_config.source == HealthSourceKind::Prometheus && !m_poller) {
        setStatus(SourceStatus::State::NotConfigured, tr("The Prometheus health source needs a Prometheus URL."));
        return;
    }
    setStatus(SourceStatus::State::Connecting);
    connect(m_registry, &RegistryClient::snapshotReady, this, &SchedulerService::onSnapshot);
    connect(m_registry, &RegistryClient::deltaReady, this, &SchedulerService::onSnapshot);
    connect(m_registry, &RegistryClient::statusChanged, this, [this](const SourceStatus &s) {
        if (s.state == SourceStatus::State::Stale)
            setStatus(SourceStatus::State::Stale, tr("Registry: %1").arg(s.error));
    });
    if (m_leader)
        m_leader->start();
    m_overviewTimer.start();
    // A client that started before us already delivered its full snapshot: ask for another one.
    if (m_registry->isRunning())
        m_registry->reload();
}

void SchedulerService::stop()
{
    if (!m_started)
        return;
    m_started = false;
    disconnect(m_registry, nullptr, this, nullptr);
    if (m_checker)
        m_checker->stop();
    if (m_poller)
        m_poller->stop();
    if (m_leader)
        m_leader->stop();
    m_overviewTimer.stop();
    m_cooldownRetry.stop();
    m_checking = false;
    setStatus(SourceStatus::State::NotConfigured);
}

bool SchedulerService::isLeader() const
{
    return m_leader && m_leader->isLeader();
}

QList<CheckPolicy> SchedulerService::effectivePolicies() const
{
    QList<CheckPolicy> policies = m_fleet.policies();
    const int interval = m_config.checkIntervalMs;
    if (interval <= 0)
        return policies;
    bool haveDefault = false;
    for (CheckPolicy &p : policies) {
        haveDefault = haveDefault || p.serviceId == 0;
        p.intervalMs = interval;
        if (p.timeoutMs >= interval)
            p.timeoutMs = std::max(100, interval / 2);
    }
    if (!haveDefault) {
        CheckPolicy p;
        p.intervalMs = interval;
        p.timeoutMs = std::min(p.timeoutMs, std::max(100, interval / 2));
        policies.append(p);
    }
    return policies;
}

void SchedulerService::feedChecker(const FleetView::Change &change)
{
    const QList<CheckPolicy> policies = effectivePolicies();
    if (m_poller) {
        for (const CheckPolicy &p : policies) {
            if (p.serviceId == 0) {
                m_poller->setThresholds(p.rise, p.fall);
                m_poller->setInterval(p.intervalMs);
            }
        }
        return;
    }
    if (!m_checker)
        return;
    if (change.full) {
        QList<ServiceInstance> all = m_fleet.instances();
        for (ServiceInstance &i : all)
            i = FleetView::forChecker(i);
        m_checker->setFleet(all, policies);
        return;
    }
    if (change.policiesChanged)
        m_checker->setPolicies(policies);
    if (!change.upserted.isEmpty() || !change.removed.isEmpty()) {
        QList<ServiceInstance> upserted = change.upserted;
        for (ServiceInstance &i : upserted)
            i = FleetView::forChecker(i);
        m_checker->applyChanges(upserted, change.removed);
    }
}

void SchedulerService::onSnapshot(const FleetSnapshot &snapshot)
{
    const FleetView::Change change = m_fleet.apply(snapshot);
    feedChecker(change);
    if (!m_checking && snapshot.full) {
        m_checking = true;
        loadCooldowns();
        if (m_checker)
            m_checker->start();
        if (m_poller)
            m_poller->start();
    }
    for (const QString &group : change.touchedGroups)
        evaluate(group);
}

void SchedulerService::loadCooldowns()
{
    const qint64 seconds = std::max<qint64>(1, m_config.cooldownSeconds);
    m_registry->run<QList<CooldownRow>>(
        [seconds](pqxx::connection_base &c) { return readCooldowns(c, seconds); }, this,
        [this](const QList<CooldownRow> &rows) {
            for (const CooldownRow &r : rows) {
                if (r.acknowledgement)
                    m_fleet.noteAcknowledgement(r.group, r.at);
                else
                    m_fleet.noteFailover(r.group, r.at);
            }
            m_cooldownsLoaded = true;
            for (const QString &group : m_fleet.groupsWithCriticalPrimary())
                evaluate(group);
        },
        [this](const QString &error) {
            Q_EMIT problem(tr("Reading the groups' last failovers failed (retrying): %1").arg(error));
            m_cooldownRetry.start();
        });
}

void SchedulerService::onTransitions(const QList<HealthTransition> &batch)
{
    Q_EMIT transitionsObserved(batch);
    QList<HealthTransition> toWrite;
    toWrite.reserve(batch.size());
    QSet<QString> groups;
    for (const HealthTransition &t : batch) {
        if (!m_fleet.isRestatement(t))
            toWrite.append(t);
        const QString group = m_fleet.recordTransition(t);
        if (!group.isEmpty())
            groups.insert(group);
    }
    if (m_writer && !toWrite.isEmpty())
        QMetaObject::invokeMethod(m_writer, [w = m_writer, toWrite] { w->write(toWrite); }, Qt::QueuedConnection);
    for (const QString &group : std::as_const(groups))
        evaluate(group);
}

void SchedulerService::onSweep(const SweepFigure &sweep)
{
    const PartitionGuard::Update update = m_guard.addSweep(sweep);
    if (update.episodeStarted)
        raisePartitionAlert();
    if (update.episodeEnded)
        Q_EMIT partitionCleared(sweep.endedAt);
    if (m_cooldownsLoaded) {
        m_status.lastSuccess = sweep.endedAt;
        setStatus(SourceStatus::State::Live);
    }
    for (const QString &group : m_fleet.groupsWithCriticalPrimary())
        evaluate(group);
}

void SchedulerService::onFigures(const SchedulerFigures &figures)
{
    m_overview.checksPerSecond = figures.checksPerSecond;
}

bool SchedulerService::observerWanted() const
{
    // The Prometheus health source already is Prometheus: asking it again proves nothing.
    return m_prom && m_config.observerEnabled && m_config.source == HealthSourceKind::Probes;
}

void SchedulerService::evaluate(const QString &group)
{
    if (!m_started || !m_cooldownsLoaded || m_busyGroups.contains(group))
        return;
    const auto awaited = m_awaitGeneration.constFind(group);
    if (awaited != m_awaitGeneration.constEnd()) {
        // Our own promotion committed, but the registry's delta has not arrived yet: deciding on
        // the old view would only produce a refused attempt.
        const FailoverInputs in = m_fleet.inputsFor(group, QDateTime::currentDateTimeUtc());
        if (!in.instances.isEmpty() && in.instances.first().instance.generation < *awaited)
            return;
        m_awaitGeneration.remove(group);
    }
    decideWith(group, ObserverVerdict::NoObserver, false);
}

FailoverInputs SchedulerService::inputsFor(const QString &group, ObserverVerdict observer,
                                          const QDateTime &now) const
{
    FailoverInputs in = m_fleet.inputsFor(group, now);
    in.leader = isLeader();
    in.readOnly = m_config.readOnly;
    in.cooldownSeconds = m_config.cooldownSeconds;
    in.observer = observer;
    in.failingShare = m_guard.share();
    in.partitionThreshold = m_config.partitionShare;
    return in;
}

bool SchedulerService::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        reword();
    return QObject::eventFilter(watched, event);
}

void SchedulerService::reword()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_decisions.begin(); it != m_decisions.end(); ++it) {
        if (it->acted)
            continue; // a record of what was done, not a standing verdict
        const Decision again = FailoverPolicy::decide(inputsFor(it.key(), it->observer, now));
        if (again.act != it->decision.act || again.block != it->decision.block)
            continue;
        it->decision.reason = again.reason;
        Q_EMIT decisionChanged(*it);
    }
}

void SchedulerService::decideWith(const QString &group, ObserverVerdict observer, bool observerAsked)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const FailoverInputs in = inputsFor(group, observer, now);

    GroupDecision gd;
    gd.group = group;
    gd.decision = FailoverPolicy::decide(in);
    gd.observer = observer;
    gd.at = now;

    if (gd.decision.act && !observerAsked && observerWanted()) {
        // Ask the second observer before acting; the group is busy until it answers.
        m_busyGroups.insert(group, 0);
        const QString promql = QStringLiteral("%1{instance_id=\"%2\"}").arg(m_config.observerQuery).arg(gd.decision.primaryId);
        m_prom->query(promql, [this, group](bool ok, const QList<PromSample> &values, const QString &error) {
            m_busyGroups.remove(group);
            ObserverVerdict verdict = ObserverVerdict::NoObserver;
            if (!ok) {
                // An unreachable observer neither confirms nor vetoes: otherwise a Prometheus
                // outage would switch automatic failover off without anyone deciding so.
                Q_EMIT problem(tr("The second observer did not answer: %1").arg(error));
            } else if (!values.isEmpty()) {
                verdict = ObserverVerdict::Down;
                for (const PromSample &v : values) {
                    if (v.value == 1.0)
                        verdict = ObserverVerdict::Up;
                }
            }
            if (m_started)
                decideWith(group, verdict, true);
        });
        return;
    }
    const bool known = m_decisions.contains(group);
    if (!gd.decision.act && !known && gd.decision.block == BlockCode::PrimaryNotCritical)
        return; // a healthy group nobody asked about: nothing to say
    gd.acted = gd.decision.act;
    record(gd);
    if (gd.acted)
        act(gd);
}

void SchedulerService::record(const GroupDecision &gd)
{
    const auto previous = m_decisions.constFind(gd.group);
    const bool changed = previous == m_decisions.constEnd() || gd.acted
        || previous->decision.act != gd.decision.act || previous->decision.block != gd.decision.block
        || previous->observer != gd.observer;
    m_decisions.insert(gd.group, gd);
    if (changed)
        Q_EMIT decisionChanged(gd);
}

void SchedulerService::act(const GroupDecision &gd)
{
    if (!m_failover)
        return; // read-only: the policy already said so, this is the second lock
    PromotionRequest request;
    request.requestId = m_nextRequestId++;
    request.group = gd.group;
    request.candidateId = gd.decision.candidateId;
    request.expectedPrimaryId = gd.decision.primaryId;
    request.expectedGeneration = gd.decision.generation;
    request.trigger = FailoverTrigger::Auto;
    request.actor = m_actor;
    request.reason = gd.decision.reason;
    request.leaderBackendPid = m_leader ? m_leader->backendPid() : 0;
    request.leaderLockKey = m_leader ? m_leader->lockKey() : 0;
    m_busyGroups.insert(gd.group, request.requestId);
    Q_EMIT failoverStarted(request);
    m_failover->promote(request);
}

void SchedulerService::onPromotionFinished(const PromotionResult &result)
{
    if (m_busyGroups.value(result.group) == result.requestId)
        m_busyGroups.remove(result.group);
    if (result.status == PromotionStatus::Committed) {
        // The cooldown starts now, not when the registry's delta brings the event back.
        m_fleet.noteFailover(result.group, QDateTime::currentDateTimeUtc());
        m_awaitGeneration.insert(result.group, result.generation);
        Q_EMIT failoverCommitted(result);
    } else {
        Q_EMIT failoverRefused(result);
    }
    publishOverview();
}

void SchedulerService::raisePartitionAlert()
{
    const SweepFigure &sweep = m_guard.lastSweep();
    PartitionAlert alert;
    alert.startedAt = sweep.endedAt.isValid() ? sweep.endedAt : QDateTime::currentDateTimeUtc();
    alert.failingShare = sweep.failingShare;
    alert.threshold = m_config.partitionShare;
    alert.checks = sweep.checks;
    alert.failures = sweep.failures;
    alert.message = tr("%1 of %2 checks (%3 %) failed in one sweep (threshold %4 %): this console's own "
                       "network is suspect; automatic failover is held until it clears.")
                        .arg(sweep.failures)
                        .arg(sweep.checks)
                        .arg(sweep.failingShare * 100.0, 0, 'f', 1)
                        .arg(m_config.partitionShare * 100.0, 0, 'f', 1);
    Q_EMIT partitionSuspected(alert);
    if (m_config.readOnly)
        return;
    const std::string actor = m_actor.toStdString();
    const std::string host = SessionIdentity::hostName().toStdString();
    const std::string detail = QJsonDocument(QJsonObject{{QStringLiteral("failing_share"), alert.failingShare},
                                                         {QStringLiteral("threshold"), alert.threshold},
                                                         {QStringLiteral("checks"), alert.checks},
                                                         {QStringLiteral("failures"), alert.failures}})
                                   .toJson(QJsonDocument::Compact)
                                   .toStdString();
    m_registry->run<int>(
        [actor, host, detail](pqxx::connection_base &c) {
            pqxx::work tx(c, "scheduler-partition-audit");
            tx.exec_params0("INSERT INTO audit_log (actor, host, action, target, detail) "
                            "VALUES ($1, $2, 'partition.suspected', 'scheduler', $3::jsonb)",
                            actor, host, detail);
            tx.commit();
            return 1;
        },
        this, {}, [this](const QString &error) { Q_EMIT problem(tr("Recording the partition alert failed: %1").arg(error)); });
}

void SchedulerService::setStatus(SourceStatus::State state, const QString &error)
{
    if (m_status.state == state && m_status.error == error && state != SourceStatus::State::Live)
        return;
    const bool changed = m_status.state != state || m_status.error != error;
    m_status.state = state;
    m_status.error = error;
    if (changed || state == SourceStatus::State::Live)
        Q_EMIT statusChanged(m_status);
}

void SchedulerService::publishOverview()
{
    m_overview.instances = m_fleet.instanceCount();
    m_overview.groups = m_fleet.groupCount();
    m_overview.failingShare = m_guard.share();
    m_overview.partitionSuspected = m_guard.suspected();
    m_overview.leader = isLeader();
    m_overview.promotionsInFlight = int(m_busyGroups.size());
    m_overview.at = QDateTime::currentDateTimeUtc();
    Q_EMIT overviewChanged(m_overview);
}

} // namespace looma
