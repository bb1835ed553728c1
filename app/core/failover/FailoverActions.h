#pragma once

#include "DomainEnums.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace looma {

// One promotion, automatic or manual. The expected values are the view the decision was made on;
// the transaction refuses if the registry no longer matches them.
struct PromotionRequest
{
    quint64 requestId = 0;             // the caller's correlation id, echoed in the result
    QString group;
    qint64 candidateId = 0;
    qint64 expectedPrimaryId = 0;      // 0: the decision saw no primary
    qint64 expectedGeneration = 0;
    FailoverTrigger trigger = FailoverTrigger::Manual;
    QString actor;                     // empty: OS user@host of this process
    QString reason;                    // required, 1..2000 characters
    // Automatic failover only: the backend pid of the leadership session. The transaction checks
    // the advisory lock is still held by that session, so a console that lost leadership between
    // decision and promotion cannot act on stale authority. 0: not checked (manual).
    qint64 leaderBackendPid = 0;
    qint64 leaderLockKey = 0;
};

enum class PromotionStatus {
    Committed, // the new primary is in the registry
    Refused,   // a precondition no longer held; nothing changed
    Failed,    // an error rolled the transaction back; nothing changed
    InDoubt,   // the connection broke during COMMIT: look at the registry before acting again
};

struct PromotionResult
{
    quint64 requestId = 0;
    PromotionStatus status = PromotionStatus::Failed;
    QString message;                   // for people
    QString group;
    QString service;                   // service name, for the webhook
    qint64 eventId = 0;                // failover_events row (committed or refused), 0 if none
    qint64 fromInstanceId = 0;
    qint64 toInstanceId = 0;
    QString fromEndpoint;
    QString toEndpoint;
    qint64 generation = 0;             // new generation when committed, current one otherwise
    FailoverTrigger trigger = FailoverTrigger::Manual;
    QString actor;
    QString reason;
};

enum class MaintenanceScope { Node, Group, Region };

// Set maintenance (until valid) or clear it (until invalid) on a node, a group's instances or a
// region row. targetId for node/region, group for Group.
struct MaintenanceRequest
{
    quint64 requestId = 0;
    MaintenanceScope scope = MaintenanceScope::Node;
    qint64 targetId = 0;
    QString group;
    QDateTime until;
    QString reason;
    QString actor;
};

struct OperatorActionResult
{
    quint64 requestId = 0;
    bool ok = false;
    int rowsChanged = 0;
    QString message;
};

// Can the current database role fail over? The GUI disables the button with `reason` when not.
struct PermissionProbe
{
    bool canFailover = false;
    bool canSetMaintenance = false;
    QString dbUser;
    QString reason;                    // what is missing, for people; empty when allowed
};

// What the cooldown rule needs from the registry for one group.
struct CooldownState
{
    QString group;
    QDateTime lastFailoverAt;          // last committed failover, invalid if none
    QDateTime acknowledgedAt;          // last cooldown acknowledgement, invalid if none
};

} // namespace looma

Q_DECLARE_METATYPE(looma::PromotionRequest)
Q_DECLARE_METATYPE(looma::PromotionResult)
Q_DECLARE_METATYPE(looma::MaintenanceRequest)
Q_DECLARE_METATYPE(looma::OperatorActionResult)
Q_DECLARE_METATYPE(looma::PermissionProbe)
Q_DECLARE_METATYPE(looma::CooldownState)
