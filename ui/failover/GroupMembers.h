#pragma once

#include "DomainEnums.h"
#include "RegistryRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace looma {

class FleetStore;

// One member of a failover group as the page and the switchover dialog show it: the instance,
// where it runs, and whether it is a sound candidate (with the reason when it is not).
struct GroupMember
{
    ServiceInstance instance;
    QString node;                // hostname, or "#id" for a node the registry does not list
    QString location;            // "Tencent Cloud / ap-guangzhou-3"
    bool healthy = false;        // passing, node up, not in maintenance, weight > 0
    QString concern;             // why not healthy, for people; empty when healthy
};

// A failover group read from the fleet store at one moment: the values a PromotionRequest needs
// (expected primary and generation) and every member.
class GroupMembers final
{
    Q_DECLARE_TR_FUNCTIONS(looma::GroupMembers)

public:
    QString group;
    QString service;
    qint64 generation = 0;
    qint64 primaryId = 0;        // 0: the group has no primary
    QList<GroupMember> members;  // the primary first, then by id

    bool isValid() const { return !group.isEmpty() && !members.isEmpty(); }
    const GroupMember *primary() const;
    QList<GroupMember> candidates() const; // every member but the primary
    Maintenance groupMaintenance(const QDateTime &now) const; // the latest one active on a member

    static GroupMembers read(const FleetStore &store, const QString &group, const QDateTime &now);
};

} // namespace looma
