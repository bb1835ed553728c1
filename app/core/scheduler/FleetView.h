#pragma once

#include "FailoverDecision.h"
#include "FleetSnapshot.h"
#include "HealthTypes.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace looma {

// The scheduler's own copy of what the failover rule reads: instances grouped by failover group,
// their nodes, clusters and regions (maintenance, cloud), check policies, the health the checker
// reported for each instance, and each group's last failover and cooldown acknowledgement.
// Fed by the registry's snapshots and deltas and by the checker's transitions. Pure: no I/O,
// no clock (callers pass `now`).
class FleetView final
{
public:
    // What a snapshot or delta changed, for feeding the checker incrementally.
    struct Change
    {
        bool full = false;
        QList<ServiceInstance> upserted; // new or changed instances
        QList<qint64> removed;
        bool policiesChanged = false;
        QSet<QString> touchedGroups; // groups whose members or their surroundings changed
    };

    Change apply(const FleetSnapshot &snapshot);
    // Records a transition; returns the instance's group (empty when unknown or ungrouped).
    QString recordTransition(const HealthTransition &transition);
    // True when a transition only restates what the registry already holds (restart or the
    // Prometheus source starting from unknown): nothing to write.
    bool isRestatement(const HealthTransition &transition) const;

    void noteFailover(const QString &group, const QDateTime &committedAt);
    void noteAcknowledgement(const QString &group, const QDateTime &at);

    // The inputs of FailoverPolicy::decide() for one group, from this view; the caller fills in
    // leader, readOnly, cooldown, observer and the partition figures.
    FailoverInputs inputsFor(const QString &group, const QDateTime &now) const;

    // Groups whose primary the checker sees critical: re-evaluated on every sweep.
    QStringList groupsWithCriticalPrimary() const;
    QList<ServiceInstance> instances() const;
    QList<CheckPolicy> policies() const { return m_policies.values(); }
    int instanceCount() const { return int(m_instances.size()); }
    int groupCount() const { return int(m_groups.size()); }
    HealthState healthOf(qint64 instanceId) const { return m_health.value(instanceId).state; }
    const ServiceInstance *instance(qint64 id) const;

    // The checker starts each instance from the registry's status; a restored "critical" carries
    // no failure count, so it is fed as unknown and the first `fall` failures re-establish it.
    static ServiceInstance forChecker(ServiceInstance instance);

private:
    struct Health
    {
        HealthState state = HealthState::Unknown;
        int failures = 0;
    };

    void upsertInstance(const ServiceInstance &instance, Change *change);
    void removeInstance(qint64 id, Change *change);
    int fallFor(qint64 serviceId) const;

    QHash<qint64, ServiceInstance> m_instances;
    QHash<QString, QSet<qint64>> m_groups;
    QHash<qint64, Node> m_nodes;
    QHash<qint64, Cluster> m_clusters;
    QHash<qint64, Region> m_regions;
    QHash<qint64, CheckPolicy> m_policies; // by policy id
    QHash<qint64, Health> m_health;
    QHash<QString, QDateTime> m_lastFailover;
    QHash<QString, QDateTime> m_acknowledged;
};

} // namespace looma
