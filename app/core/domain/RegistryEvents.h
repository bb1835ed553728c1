#pragma once

#include "DomainEnums.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace looma {

// Append-only registry history: health transitions, failovers and the audit trail.

struct HealthEvent
{
    qint64 id = 0;
    qint64 instanceId = 0;
    HealthState fromState = HealthState::Unknown;
    HealthState toState = HealthState::Unknown;
    QDateTime observedAt;
    QString observer; // which console (user@host) or "prometheus"
    QString detail;
};

struct FailoverEvent
{
    qint64 id = 0;
    QString failoverGroup;
    qint64 serviceId = 0;
    qint64 fromInstanceId = 0;
    qint64 toInstanceId = 0;
    FailoverTrigger trigger = FailoverTrigger::Auto;
    QString actor;
    QString reason;
    qint64 fencingGeneration = 0; // the group's generation after the promotion
    FailoverOutcome outcome = FailoverOutcome::Pending;
    QString detail;
    QDateTime startedAt;
    QDateTime committedAt;
    QDateTime finishedAt;
    qint64 changeSeq = 0;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;  // OS user@host
    QString dbUser; // the registry role that made the change
    QString action; // failover.manual, maintenance.set, cooldown.ack, ...
    QString target;
    QString detail; // JSON text
};

} // namespace looma

Q_DECLARE_METATYPE(looma::HealthEvent)
Q_DECLARE_METATYPE(looma::FailoverEvent)
Q_DECLARE_METATYPE(looma::AuditEntry)
