#include "PrometheusHealthSource.h"

#include <cmath>

namespace looma {

PrometheusHealthSource::PrometheusHealthSource(const QString &instanceLabel, int rise, int fall)
    : m_label(instanceLabel)
    , m_rise(rise)
    , m_fall(fall)
{
}

std::optional<qint64> PrometheusHealthSource::parseInstanceId(const QString &labelValue)
{
    qsizetype start = labelValue.size();
    while (start > 0 && labelValue.at(start - 1).isDigit())
        --start;
    if (start == labelValue.size() || labelValue.size() - start > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 id = QStringView(labelValue).sliced(start).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QList<PrometheusHealthSource::Mapped> PrometheusHealthSource::mapSamples(const QList<PromSample> &samples,
                                                                         const QString &instanceLabel)
{
    QList<Mapped> out;
    QHash<qint64, qsizetype> index; // instance id -> position in out
    out.reserve(samples.size());
    for (const PromSample &s : samples) {
        const auto id = parseInstanceId(s.labels.value(instanceLabel));
        if (!id)
            continue;
        const bool up = !std::isnan(s.value) && s.value == 1.0;
        const ProbeVerdict verdict = up ? ProbeVerdict::Success : ProbeVerdict::Failure;
        const auto it = index.constFind(*id);
        if (it == index.constEnd()) {
            index.insert(*id, out.size());
            out.append({*id, verdict, s.value});
        } else if (verdict == ProbeVerdict::Failure) {
            out[*it].verdict = verdict;
            out[*it].value = s.value;
        }
    }
    return out;
}

QList<HealthTransition> PrometheusHealthSource::ingest(const QList<PromSample> &samples,
                                                       const QDateTime &observedAt)
{
    QList<HealthTransition> out;
    for (const Mapped &m : mapSamples(samples, m_label)) {
        auto it = m_machines.find(m.instanceId);
        if (it == m_machines.end())
            it = m_machines.insert(m.instanceId, HealthStateMachine(m_rise, m_fall));
        const HealthState from = it->state();
        const auto to = it->record(m.verdict);
        if (!to)
            continue;
        HealthTransition t;
        t.instanceId = m.instanceId;
        t.fromState = from;
        t.toState = *to;
        t.consecutiveFailures = it->consecutiveFailures();
        t.observedAt = observedAt;
        t.detail = tr("Prometheus: %1 = %2").arg(m_label).arg(m.value);
        out.append(t);
    }
    return out;
}

HealthState PrometheusHealthSource::stateOf(qint64 instanceId) const
{
    const auto it = m_machines.constFind(instanceId);
    return it == m_machines.constEnd() ? HealthState::Unknown : it->state();
}

void PrometheusHealthSource::setThresholds(int rise, int fall)
{
    m_rise = rise;
    m_fall = fall;
    for (HealthStateMachine &m : m_machines)
        m.setThresholds(rise, fall);
}

} // namespace looma
