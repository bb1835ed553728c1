#include "SlaMath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace looma {
namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
}

double SlaMath::availability(double good, double total)
{
    if (std::isnan(good) || std::isnan(total) || total <= 0.0)
        return NaN;
    return std::clamp(good / total, 0.0, 1.0);
}

double SlaMath::errorRate(double failed, double total)
{
    if (std::isnan(failed) || std::isnan(total) || total <= 0.0)
        return NaN;
    return std::clamp(failed / total, 0.0, 1.0);
}

double SlaMath::errorBudgetUsedPercent(double availability, double targetAvailability)
{
    const double budget = 1.0 - targetAvailability;
    if (std::isnan(availability) || !(budget > 0.0))
        return NaN;
    return (1.0 - availability) / budget * 100.0;
}

SummaryRow::Verdict SlaMath::atLeast(double value, double target)
{
    if (std::isnan(value))
        return SummaryRow::Verdict::NoData;
    return value >= target ? SummaryRow::Verdict::Pass : SummaryRow::Verdict::Fail;
}

SummaryRow::Verdict SlaMath::atMost(double value, double target)
{
    if (std::isnan(value))
        return SummaryRow::Verdict::NoData;
    return value <= target ? SummaryRow::Verdict::Pass : SummaryRow::Verdict::Fail;
}

void SlaMath::complete(SummaryRow *row, const SlaTargets &targets)
{
    const double good = row->totalRequests - row->failedRequests;
    row->availability = availability(good, row->totalRequests);
    row->errorRate = errorRate(row->failedRequests, row->totalRequests);
    row->errorBudgetUsedPercent = errorBudgetUsedPercent(row->availability, targets.availability);
    row->availabilityVerdict = atLeast(row->availability, targets.availability);
    row->errorRateVerdict = atMost(row->errorRate, targets.errorRate);
    row->p95Verdict = atMost(row->p95Seconds, targets.p95Seconds);
}

qint64 SlaMath::clippedSeconds(const QDateTime &start, const QDateTime &end, const QDateTime &from,
                               const QDateTime &to)
{
    const QDateTime s = std::max(start, from);
    const QDateTime e = std::min(end, to);
    return s < e ? s.secsTo(e) : 0;
}

QList<Incident> SlaMath::outages(QList<RecordedTransition> transitions, const QDateTime &from,
                                 const QDateTime &to)
{
    std::stable_sort(transitions.begin(), transitions.end(),
                     [](const RecordedTransition &a, const RecordedTransition &b) {
                         return a.instanceId != b.instanceId ? a.instanceId < b.instanceId : a.at < b.at;
                     });
    QList<Incident> result;
    std::map<qint64, Incident> open; // instance -> its outage not yet ended
    auto close = [&](qint64 instance, const QDateTime &end, bool stillOpen) {
        auto it = open.find(instance);
        if (it == open.end())
            return;
        Incident incident = it->second;
        open.erase(it);
        incident.end = std::min(end, to);
        incident.open = stillOpen;
        incident.durationSeconds = clippedSeconds(incident.start, incident.end, from, to);
        // An outage that began and ended before the range is not part of it.
        if (incident.end > from || (stillOpen && incident.start < to))
            result.append(incident);
    };
    for (const RecordedTransition &t : std::as_const(transitions)) {
        if (t.at >= to)
            continue;
        const bool toCritical = t.toState == QLatin1String("critical");
        const bool toPassing = t.toState == QLatin1String("passing");
        if (toCritical && open.find(t.instanceId) == open.end()) {
            Incident incident;
            incident.kind = Incident::Kind::HealthOutage;
            incident.service = t.service;
            incident.target = t.endpoint;
            incident.cloud = t.cloud;
            incident.region = t.region;
            incident.start = t.at;
            incident.beganBeforeRange = t.at < from;
            incident.trigger = QStringLiteral("auto");
            incident.actor = t.observer;
            incident.reason = t.detail;
            open.emplace(t.instanceId, incident);
        } else if (toPassing) {
            close(t.instanceId, t.at, false);
        }
    }
    while (!open.empty())
        close(open.begin()->first, to, true);
    std::stable_sort(result.begin(), result.end(), [](const Incident &a, const Incident &b) {
        return a.start != b.start ? a.start < b.start : a.target < b.target;
    });
    return result;
}

} // namespace looma
