#pragma once

#include "PromFleetHealth.h"
#include "Severity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace looma {

class FleetStore;

// Which cloud holds the primary of each failover group, and the groups whose primary sits where
// something is wrong (its region has problems in the registry or in Prometheus, or the primary
// itself is down), worst first. Recomputed from the store: O(instances), a few ms at 50,000.
class FailoverSides final
{
    Q_DECLARE_TR_FUNCTIONS(FailoverSides)

public:
    struct Problem
    {
        QString group;
        QString service;
        QString cloud; // translated cloud name
        QString region;
        QString zone;
        QString primary; // host of the primary, empty when the group has none
        qint64 primaryId = 0;
        Severity severity = Severity::Warning;
        QString reason;
    };

    // regionSeverity: the registry's view per region id (RegionSummaryModel); health: Prometheus's.
    static FailoverSides compute(const FleetStore &store, const QHash<qint64, Severity> &regionSeverity,
                                 const PromFleetHealth &health);

    std::array<int, 2> primariesByCloud{}; // indexed by looma::Cloud
    int groupsWithoutPrimary = 0;
    int groupCount = 0;
    QList<Problem> problems; // worst first, then by group name
};

} // namespace looma
