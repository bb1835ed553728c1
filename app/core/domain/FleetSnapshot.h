#pragma once

#include "RegistryEvents.h"
#include "RegistryRecords.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace looma {

// The registry's state at one change sequence, as the registry client delivers it: either a full
// snapshot (full == true: anything not in it is gone) or a delta since the previous watermark.
struct FleetSnapshot
{
    bool full = false;
    qint64 watermark = 0; // highest change sequence included
    QDateTime fetchedAt;

    QList<Region> regions;
    QList<Cluster> clusters;
    QList<Node> nodes;
    QList<Service> services;
    QList<ServiceInstance> instances;
    QList<CheckPolicy> policies;

    // Only in a delta: keys deleted since the previous watermark, by table name.
    QList<qint64> deletedRegions;
    QList<qint64> deletedClusters;
    QList<qint64> deletedNodes;
    QList<qint64> deletedServices;
    QList<qint64> deletedInstances;
    QList<qint64> deletedPolicies;

    // Newest history rows (ids above the previous history watermarks).
    QList<HealthEvent> healthEvents;
    QList<FailoverEvent> failoverEvents;
    QList<AuditEntry> auditEntries;

    bool isEmpty() const
    {
        return regions.isEmpty() && clusters.isEmpty() && nodes.isEmpty() && services.isEmpty()
            && instances.isEmpty() && policies.isEmpty() && deletedRegions.isEmpty()
            && deletedClusters.isEmpty() && deletedNodes.isEmpty() && deletedServices.isEmpty()
            && deletedInstances.isEmpty() && deletedPolicies.isEmpty() && healthEvents.isEmpty()
            && failoverEvents.isEmpty() && auditEntries.isEmpty();
    }
};

// A row the decoder refused, reported once to the user instead of crashing or silently vanishing.
struct RejectedRow
{
    QString table;
    qint64 id = 0;
    QString reason;
};

} // namespace looma

Q_DECLARE_METATYPE(looma::FleetSnapshot)
Q_DECLARE_METATYPE(looma::RejectedRow)
