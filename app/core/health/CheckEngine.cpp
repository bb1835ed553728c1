#include "CheckEngine.h"

#include <algorithm>

namespace looma {

CheckEngine::CheckEngine(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new ProbeClient(options.probe, this))
{
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_clock.start();
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(m_options.tickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] { pump(); });
    m_batchTimer.setInterval(m_options.batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, [this] { flushTransitions(); });
    m_figuresTimer.setInterval(m_options.figuresIntervalMs);
    connect(&m_figuresTimer, &QTimer::timeout, this, [this] { publishFigures(); });
    connect(&m_sweepTimer, &QTimer::timeout, this, [this] { publishSweep(); });
}

qint64 CheckEngine::phaseOf(qint64 instanceId, int intervalMs)
{
    // splitmix64: neighbouring ids land far apart, and the phase survives restarts.
    quint64 z = quint64(instanceId) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return qint64(z % quint64(std::max(1, intervalMs)));
}

const CheckPolicy &CheckEngine::policyFor(qint64 serviceId) const
{
    const auto it = m_policies.constFind(serviceId);
    return it != m_policies.constEnd() ? *it : m_defaultPolicy;
}

void CheckEngine::setPolicies(const QList<CheckPolicy> &policies)
{
    m_policies.clear();
    m_defaultPolicy = CheckPolicy{};
    for (const CheckPolicy &p : policies) {
        if (p.serviceId == 0)
            m_defaultPolicy = p;
        else
            m_policies.insert(p.serviceId, p);
    }
    const qint64 now = m_clock.elapsed();
    for (auto &[id, entry] : m_entries) {
        const int before = entry.intervalMs;
        configure(entry);
        if (entry.intervalMs != before)
            schedule(id, entry, now);
    }
    m_sweepTimer.setInterval(m_defaultPolicy.intervalMs);
}

void CheckEngine::setFleet(const QList<ServiceInstance> &instances, const QList<CheckPolicy> &policies)
{
    setPolicies(policies);
    std::unordered_map<qint64, bool> keep;
    keep.reserve(size_t(instances.size()));
    for (const ServiceInstance &i : instances)
        keep.emplace(i.id, true);
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = keep.count(it->first) ? std::next(it) : m_entries.erase(it);
    for (const ServiceInstance &i : instances)
        upsert(i, true);
}

void CheckEngine::applyChanges(const QList<ServiceInstance> &upserted, const QList<qint64> &removed)
{
    for (qint64 id : removed)
        m_entries.erase(id); // its heap items go stale and are skipped
    for (const ServiceInstance &i : upserted)
        upsert(i, true);
    if (!removed.isEmpty() && m_entries.empty())
        m_client->closeIdle();
}

void CheckEngine::upsert(const ServiceInstance &instance, bool restoreState)
{
    auto [it, inserted] = m_entries.try_emplace(instance.id);
    Entry &entry = it->second;
    if (!inserted && entry.instance == instance)
        return;
    const int before = inserted ? 0 : entry.intervalMs;
    entry.instance = instance;
    configure(entry);
    // A new entry starts from the registry's last known status, so restarting the console does not
    // rewrite 50,000 "unknown -> passing" events; a changed entry keeps its own (newer) state.
    if (inserted && restoreState)
        entry.machine.restore(instance.status);
    if (inserted || entry.intervalMs != before)
        schedule(instance.id, entry, m_clock.elapsed());
}

void CheckEngine::configure(Entry &entry)
{
    const CheckPolicy &policy = policyFor(entry.instance.serviceId);
    entry.intervalMs = std::max(100, policy.intervalMs);
    entry.machine.setThresholds(policy.rise, policy.fall);
    entry.request = ProbeRequestFactory::make(entry.instance, policy, &entry.requestError);
}

void CheckEngine::schedule(qint64 id, Entry &entry, qint64 nowMs)
{
    // The next slot at or after now that matches this instance's phase.
    const qint64 interval = entry.intervalMs;
    const qint64 phase = phaseOf(id, entry.intervalMs);
    qint64 due = (nowMs / interval) * interval + phase;
    if (due < nowMs)
        due += interval;
    entry.nextDueMs = due;
    ++entry.token;
    m_heap.push({due, id, entry.token});
}

void CheckEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_windowStartMs = m_clock.elapsed();
    m_sweepTimer.setInterval(m_defaultPolicy.intervalMs);
    m_tick.start();
    m_batchTimer.start();
    m_figuresTimer.start();
    m_sweepTimer.start();
}

void CheckEngine::stop()
{
    m_running = false;
    m_tick.stop();
    m_batchTimer.stop();
    m_figuresTimer.stop();
    m_sweepTimer.stop();
    flushTransitions();
}

void CheckEngine::pump()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    while (!m_heap.empty() && m_heap.top().dueMs <= now && m_client->inFlight() < m_options.maxInFlight) {
        const Due due = m_heap.top();
        m_heap.pop();
        const auto it = m_entries.find(due.id);
        if (it == m_entries.end() || it->second.token != due.token)
            continue;
        Entry &entry = it->second;
        // Next slot first: when more than an interval behind, skip to the next phase slot.
        entry.nextDueMs = due.dueMs + entry.intervalMs;
        if (entry.nextDueMs <= now)
            entry.nextDueMs += ((now - entry.nextDueMs) / entry.intervalMs + 1) * entry.intervalMs;
        m_heap.push({entry.nextDueMs, due.id, entry.token});
        if (entry.inFlight)
            continue; // still waiting for the previous answer: never two probes of one instance
        m_lags.push_back(now - due.dueMs);
        dispatch(due.id, entry);
    }
}

void CheckEngine::dispatch(qint64 id, Entry &entry)
{
    if (!entry.request) {
        // A row we cannot probe (no IP, bad URL) counts as failing, with the reason as detail.
        ProbeResult r;
        r.error = entry.requestError;
        return onResult(id, r);
    }
    entry.inFlight = true;
    m_client->probe(*entry.request, [this, id](const ProbeResult &r) {
        onResult(id, r);
        pump(); // a slot under the cap freed up
    });
}

void CheckEngine::onResult(qint64 id, const ProbeResult &result)
{
    ++m_windowChecks;
    ++m_sweepChecks;
    if (result.verdict == ProbeVerdict::Failure) {
        ++m_windowFailures;
        ++m_sweepFailures;
    }
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return; // removed while in flight
    Entry &entry = it->second;
    entry.inFlight = false;
    const HealthState from = entry.machine.state();
    const auto to = entry.machine.record(result.verdict);
    if (!to)
        return;
    HealthTransition t;
    t.instanceId = id;
    t.fromState = from;
    t.toState = *to;
    t.consecutiveFailures = entry.machine.consecutiveFailures();
    t.observedAt = QDateTime::currentDateTimeUtc();
    t.detail = result.error.isEmpty() ? QStringLiteral("HTTP %1").arg(result.httpStatus) : result.error;
    if (entry.request && entry.request->type == CheckType::Tcp && result.error.isEmpty())
        t.detail = QStringLiteral("TCP connect");
    m_pending.append(t);
}

void CheckEngine::flushTransitions()
{
    if (m_pending.isEmpty())
        return;
    Q_EMIT transitionsReady(std::exchange(m_pending, {}));
}

void CheckEngine::publishFigures()
{
    const qint64 now = m_clock.elapsed();
    const double seconds = std::max<qint64>(1, now - m_windowStartMs) / 1000.0;
    SchedulerFigures f;
    f.instances = instanceCount();
    f.checksPerSecond = m_windowChecks / seconds;
    f.failuresPerSecond = m_windowFailures / seconds;
    f.inFlight = m_client->inFlight();
    f.inFlightCap = m_options.maxInFlight;
    if (!m_lags.empty()) {
        auto mid = m_lags.begin() + qsizetype(m_lags.size() / 2);
        std::nth_element(m_lags.begin(), mid, m_lags.end());
        f.lagP50Ms = *mid;
        f.lagMaxMs = *std::max_element(m_lags.begin(), m_lags.end());
    }
    f.at = QDateTime::currentDateTimeUtc();
    m_lags.clear();
    m_windowChecks = 0;
    m_windowFailures = 0;
    m_windowStartMs = now;
    Q_EMIT figuresReady(f);
}

void CheckEngine::publishSweep()
{
    SweepFigure s;
    s.checks = m_sweepChecks;
    s.failures = m_sweepFailures;
    s.failingShare = m_sweepChecks > 0 ? double(m_sweepFailures) / m_sweepChecks : 0.0;
    s.endedAt = QDateTime::currentDateTimeUtc();
    m_sweepChecks = 0;
    m_sweepFailures = 0;
    Q_EMIT sweepCompleted(s);
}

} // namespace looma
