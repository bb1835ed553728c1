#include "FleetView.h"

#include <algorithm>

namespace looma {

ServiceInstance FleetView::forChecker(ServiceInstance instance)
{
    if (instance.status == HealthState::Critical)
        instance.status = HealthState::Unknown;
    return instance;
}

const ServiceInstance *FleetView::instance(qint64 id) const
{
    const auto it = m_instances.constFind(id);
    return it == m_instances.constEnd() ? nullptr : &*it;
}

void FleetView::upsertInstance(const ServiceInstance &instance, Change *change)
{
    const auto it = m_instances.find(instance.id);
    if (it != m_instances.end()) {
        if (it->changeSeq > instance.changeSeq && instance.changeSeq != 0)
            return; // an older version (late-commit window): keep the newer one
        if (*it == instance)
            return;
        if (it->failoverGroup != instance.failoverGroup) {
            m_groups[it->failoverGroup].remove(instance.id);
            if (m_groups[it->failoverGroup].isEmpty())
                m_groups.remove(it->failoverGroup);
            change->touchedGroups.insert(it->failoverGroup);
        }
        *it = instance;
    } else {
        m_instances.insert(instance.id, instance);
        // The checker restores the same state, so both start from one view.
        m_health.insert(instance.id, {forChecker(instance).status, 0});
    }
    if (!instance.failoverGroup.isEmpty()) {
        m_groups[instance.failoverGroup].insert(instance.id);
        change->touchedGroups.insert(instance.failoverGroup);
    }
    change->upserted.append(instance);
}

void FleetView::removeInstance(qint64 id, Change *change)
{
    const auto it = m_instances.find(id);
    if (it == m_instances.end())
        return;
    const QString group = it->failoverGroup;
    if (!group.isEmpty()) {
        m_groups[group].remove(id);
        if (m_groups[group].isEmpty())
            m_groups.remove(group);
        change->touchedGroups.insert(group);
    }
    m_instances.erase(it);
    m_health.remove(id);
    change->removed.append(id);
}

FleetView::Change FleetView::apply(const FleetSnapshot &s)
{
    Change change;
    change.full = s.full;
    if (s.full) {
        QSet<qint64> keep;
        keep.reserve(s.instances.size());
        for (const ServiceInstance &i : s.instances)
            keep.insert(i.id);
        const QList<qint64> known = m_instances.keys();
        for (qint64 id : known) {
            if (!keep.contains(id))
                removeInstance(id, &change);
        }
        m_nodes.clear();
        m_clusters.clear();
        m_regions.clear();
        m_policies.clear();
        change.policiesChanged = true;
    }
    for (const Region &r : s.regions)
        m_regions.insert(r.id, r);
    for (const Cluster &c : s.clusters)
        m_clusters.insert(c.id, c);
    for (const Node &n : s.nodes)
        m_nodes.insert(n.id, n);
    for (const CheckPolicy &p : s.policies) {
        m_policies.insert(p.id, p);
        change.policiesChanged = true;
    }
    for (qint64 id : s.deletedRegions)
        m_regions.remove(id);
    for (qint64 id : s.deletedClusters)
        m_clusters.remove(id);
    for (qint64 id : s.deletedNodes)
        m_nodes.remove(id);
    for (qint64 id : s.deletedPolicies)
        change.policiesChanged = m_policies.remove(id) > 0 || change.policiesChanged;
    for (const ServiceInstance &i : s.instances)
        upsertInstance(i, &change);
    for (qint64 id : s.deletedInstances)
        removeInstance(id, &change);

    for (const FailoverEvent &e : s.failoverEvents) {
        if (e.committedAt.isValid())
            noteFailover(e.failoverGroup, e.committedAt);
    }
    for (const AuditEntry &a : s.auditEntries) {
        if (a.action == QLatin1String("failover.cooldown_ack"))
            noteAcknowledgement(a.target, a.at);
    }
    return change;
}

QString FleetView::recordTransition(const HealthTransition &t)
{
    const auto it = m_instances.constFind(t.instanceId);
    if (it == m_instances.constEnd())
        return {};
    m_health.insert(t.instanceId, {t.toState, t.consecutiveFailures});
    return it->failoverGroup;
}

bool FleetView::isRestatement(const HealthTransition &t) const
{
    const auto it = m_instances.constFind(t.instanceId);
    return it != m_instances.constEnd() && t.fromState == HealthState::Unknown && it->status == t.toState;
}

void FleetView::noteFailover(const QString &group, const QDateTime &committedAt)
{
    QDateTime &last = m_lastFailover[group];
    if (!last.isValid() || committedAt > last)
        last = committedAt;
}

void FleetView::noteAcknowledgement(const QString &group, const QDateTime &at)
{
    QDateTime &last = m_acknowledged[group];
    if (!last.isValid() || at > last)
        last = at;
}

int FleetView::fallFor(qint64 serviceId) const
{
    int fallback = 3;
    for (const CheckPolicy &p : m_policies) {
        if (p.serviceId == serviceId)
            return p.fall;
        if (p.serviceId == 0)
            fallback = p.fall;
    }
    return fallback;
}

FailoverInputs FleetView::inputsFor(const QString &group, const QDateTime &now) const
{
    FailoverInputs in;
    in.group = group;
    in.now = now;
    in.lastFailoverAt = m_lastFailover.value(group);
    in.cooldownAcknowledgedAt = m_acknowledged.value(group);
    const QSet<qint64> members = m_groups.value(group);
    QList<qint64> ids(members.cbegin(), members.cend());
    std::sort(ids.begin(), ids.end()); // the same order in every console: the same candidate
    for (qint64 id : std::as_const(ids)) {
        const ServiceInstance &i = *m_instances.constFind(id);
        const Health h = m_health.value(id);
        in.instances.append({i, h.state, h.failures});
        if (i.role == InstanceRole::Primary)
            in.fall = fallFor(i.serviceId);
        const auto node = m_nodes.constFind(i.nodeId);
        if (node == m_nodes.constEnd() || in.nodes.contains(i.nodeId))
            continue;
        NodeFacts facts;
        facts.status = node->status;
        facts.maintenance = node->maintenance;
        const Cluster cluster = m_clusters.value(node->clusterId);
        facts.regionId = cluster.regionId;
        const auto region = m_regions.constFind(cluster.regionId);
        if (region != m_regions.constEnd()) {
            facts.cloud = region->cloud;
            in.regions.insert(region->id, region->maintenance);
        }
        in.nodes.insert(i.nodeId, facts);
    }
    return in;
}

QStringList FleetView::groupsWithCriticalPrimary() const
{
    QStringList out;
    for (auto it = m_instances.cbegin(); it != m_instances.cend(); ++it) {
        if (it->role == InstanceRole::Primary && !it->failoverGroup.isEmpty()
            && m_health.value(it.key()).state == HealthState::Critical)
            out.append(it->failoverGroup);
    }
    out.removeDuplicates();
    return out;
}

QList<ServiceInstance> FleetView::instances() const
{
    return m_instances.values();
}

} // namespace looma
