#include "GroupMembers.h"

#include "FleetStore.h"
#include "StatusText.h"

#include <algorithm>

namespace looma {

const GroupMember *GroupMembers::primary() const
{
    for (const GroupMember &m : members) {
        if (m.instance.id == primaryId)
            return &m;
    }
    return nullptr;
}

QList<GroupMember> GroupMembers::candidates() const
{
    QList<GroupMember> out;
    for (const GroupMember &m : members) {
        if (m.instance.id != primaryId)
            out << m;
    }
    return out;
}

Maintenance GroupMembers::groupMaintenance(const QDateTime &now) const
{
    Maintenance latest;
    for (const GroupMember &m : members) {
        if (m.instance.maintenance.activeAt(now) && (!latest.until.isValid() || m.instance.maintenance.until > latest.until))
            latest = m.instance.maintenance;
    }
    return latest;
}

GroupMembers GroupMembers::read(const FleetStore &store, const QString &group, const QDateTime &now)
{
    GroupMembers out;
    out.group = group;
    QList<qint64> ids = store.instancesInGroup(group);
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const ServiceInstance *instance = store.instance(id);
        if (!instance)
            continue;
        GroupMember m;
        m.instance = *instance;
        if (out.service.isEmpty()) {
            const Service *service = store.service(instance->serviceId);
            out.service = service ? service->name : QStringLiteral("#%1").arg(instance->serviceId);
        }
        out.generation = std::max(out.generation, instance->generation);
        if (instance->role == InstanceRole::Primary)
            out.primaryId = instance->id;

        const Node *node = store.node(instance->nodeId);
        m.node = node ? node->hostname : QStringLiteral("#%1").arg(instance->nodeId);
        const Region *region = store.regionOfNode(instance->nodeId);
        if (region)
            m.location = tr("%1 / %2").arg(StatusText::cloud(region->cloud), region->zone);

        QStringList concerns;
        if (instance->status != HealthState::Passing)
            concerns << tr("health is %1").arg(StatusText::health(instance->status));
        if (!node)
            concerns << tr("its node is not in the registry");
        else if (node->status != NodeStatus::Up)
            concerns << tr("node %1 is %2").arg(node->hostname, StatusText::nodeStatus(node->status));
        if (instance->maintenance.activeAt(now) || (node && node->maintenance.activeAt(now))
            || (region && region->maintenance.activeAt(now)))
            concerns << tr("in maintenance");
        if (instance->weight <= 0)
            concerns << tr("weight 0 (never routed to)");
        m.healthy = concerns.isEmpty();
        m.concern = concerns.join(tr(", "));
        out.members << m;
    }
    // The primary first: the dialog and the details pane read it top-down.
    std::stable_sort(out.members.begin(), out.members.end(), [&out](const GroupMember &a, const GroupMember &b) {
        return (a.instance.id == out.primaryId) > (b.instance.id == out.primaryId);
    });
    return out;
}

} // namespace looma
