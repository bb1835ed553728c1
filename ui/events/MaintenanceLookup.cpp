#include "MaintenanceLookup.h"

#include "DomainEnums.h"
#include "FleetStore.h"

namespace looma {

bool MaintenanceLookup::instanceInMaintenance(qint64 instanceId, const QDateTime &now) const
{
    const ServiceInstance *instance = m_store->instance(instanceId);
    if (!instance)
        return false;
    if (instance->maintenance.activeAt(now))
        return true;
    if (const Node *node = m_store->node(instance->nodeId); node && node->maintenance.activeAt(now))
        return true;
    const Region *region = m_store->regionOfNode(instance->nodeId);
    return region && region->maintenance.activeAt(now);
}

bool MaintenanceLookup::regionInMaintenance(const QString &cloud, const QString &region, const QDateTime &now) const
{
    // A region has one row per zone; it counts as in maintenance when every zone row is.
    bool any = false;
    for (qint64 id : m_store->regionIds()) {
        const Region *r = m_store->region(id);
        if (!r || r->region != region)
            continue;
        if (!cloud.isEmpty() && toDbText(r->cloud) != cloud)
            continue;
        if (!r->maintenance.activeAt(now))
            return false;
        any = true;
    }
    return any;
}

bool MaintenanceLookup::isSuppressed(const QString &eventKey, const QDateTime &now) const
{
    if (!m_store)
        return false;
    if (eventKey.startsWith(QLatin1String("h:"))) {
        const qint64 id = eventKey.mid(2).toLongLong();
        for (const HealthEvent &e : m_store->history().healthEvents())
            if (e.id == id)
                return instanceInMaintenance(e.instanceId, now);
        return false;
    }
    if (eventKey.startsWith(QLatin1String("p:"))) {
        const PromLabels labels = m_alertLabels.value(eventKey);
        bool ok = false;
        const qint64 instanceId = labels.value(QStringLiteral("instance_id")).toLongLong(&ok);
        if (ok && instanceInMaintenance(instanceId, now))
            return true;
        const QString region = labels.value(QStringLiteral("region"));
        return !region.isEmpty() && regionInMaintenance(labels.value(QStringLiteral("cloud")), region, now);
    }
    return false;
}

} // namespace looma
