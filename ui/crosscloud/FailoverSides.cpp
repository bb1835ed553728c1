#include "FailoverSides.h"

#include "FleetStore.h"
#include "StatusText.h"

#include <algorithm>

namespace looma {

FailoverSides FailoverSides::compute(const FleetStore &store, const QHash<qint64, Severity> &regionSeverity,
                                     const PromFleetHealth &health)
{
    FailoverSides out;
    const QStringList groups = store.failoverGroups();
    for (const QString &group : groups) {
        if (group.isEmpty())
            continue;
        ++out.groupCount;
        const ServiceInstance *primary = nullptr;
        for (qint64 id : store.instancesInGroup(group)) {
            const ServiceInstance *instance = store.instance(id);
            if (instance && instance->role == InstanceRole::Primary) {
                primary = instance;
                break;
            }
        }
        Problem p;
        p.group = group;
        if (!primary) {
            ++out.groupsWithoutPrimary;
            p.severity = Severity::Critical;
            p.reason = tr("No primary");
            out.problems << p;
            continue;
        }
        if (const Service *service = store.service(primary->serviceId))
            p.service = service->name;
        p.primaryId = primary->id;
        const Node *node = store.node(primary->nodeId);
        const Region *region = store.regionOfNode(primary->nodeId);
        p.primary = node ? node->hostname : QString();
        if (region) {
            out.primariesByCloud[static_cast<std::size_t>(region->cloud)] += 1;
            p.cloud = StatusText::cloud(region->cloud);
            p.region = region->region;
            p.zone = region->zone;
        }
        QStringList reasons;
        Severity severity = Severity::Ok;
        if (health.downInstances.contains(primary->id)) {
            severity = Severity::Critical;
            reasons << tr("primary down (Prometheus)");
        }
        if (primary->status == HealthState::Critical) {
            severity = Severity::Critical;
            reasons << tr("primary critical (registry)");
        }
        if (node && node->status == NodeStatus::Down) {
            severity = Severity::Critical;
            reasons << tr("primary's node is down");
        }
        if (region) {
            const QString key = PromFleetHealth::regionKey(toDbText(region->cloud), region->region);
            if (health.regionHasProblem(key)) {
                severity = worse(severity, Severity::Warning);
                reasons << tr("region has instances down or unscraped (Prometheus)");
            }
            const Severity registry = regionSeverity.value(region->id, Severity::Ok);
            if (registry >= Severity::Warning) {
                severity = worse(severity, Severity::Warning);
                reasons << tr("zone has problems (registry)");
            }
        }
        if (severity < Severity::Warning)
            continue;
        p.severity = severity;
        p.reason = reasons.join(tr("; "));
        out.problems << p;
    }
    std::sort(out.problems.begin(), out.problems.end(), [](const Problem &a, const Problem &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.group < b.group;
    });
    return out;
}

} // namespace looma
