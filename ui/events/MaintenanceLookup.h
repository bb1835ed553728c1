#pragma once

#include "PromTypes.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace looma {

class FleetStore;

// Whether an event concerns something under maintenance now (an instance, its node or its
// region, or a region an alert names), so the event list can show it as suppressed and the
// notifier keep quiet about it. Failover and audit events are never suppressed: a person should
// see them whatever the maintenance says.
class MaintenanceLookup final
{
public:
    explicit MaintenanceLookup(const FleetStore *store) : m_store(store) {}

    // The labels of the active alerts, by the event list's row key ("p:<alert key>").
    void setAlertLabels(const QHash<QString, PromLabels> &byKey) { m_alertLabels = byKey; }
    bool isSuppressed(const QString &eventKey, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    bool instanceInMaintenance(qint64 instanceId, const QDateTime &now) const;
    bool regionInMaintenance(const QString &cloud, const QString &region, const QDateTime &now) const;

    const FleetStore *m_store = nullptr;
    QHash<QString, PromLabels> m_alertLabels;
};

} // namespace looma
