#pragma once

#include "RegistryEvents.h"

#include <QList>
#include <QSet>

namespace looma {

// A bounded, de-duplicated list of the newest history rows (health, failover, audit). The registry
// client re-reads an overlap window, so the same row may arrive several times: it is kept once.
class RecentHistory final
{
public:
    explicit RecentHistory(int limit = 2000) : m_limit(limit) {}

    void setLimit(int limit);
    int limit() const { return m_limit; }

    // Each returns the rows that were new (or, for failover events, newer), in the order given.
    QList<HealthEvent> add(const QList<HealthEvent> &rows);
    QList<FailoverEvent> add(const QList<FailoverEvent> &rows);
    QList<AuditEntry> add(const QList<AuditEntry> &rows);

    const QList<HealthEvent> &healthEvents() const { return m_health.rows; }
    const QList<FailoverEvent> &failoverEvents() const { return m_failover.rows; }
    const QList<AuditEntry> &auditEntries() const { return m_audit.rows; }

private:
    template <typename T>
    struct Bounded
    {
        QList<T> rows; // oldest first
        QSet<qint64> ids;
        qint64 trimmedUpTo = 0; // ids at or below were dropped for the bound: ignore re-reads of them
    };

    template <typename T>
    QList<T> addTo(Bounded<T> &list, const QList<T> &rows);

    int m_limit = 2000;
    Bounded<HealthEvent> m_health;
    Bounded<FailoverEvent> m_failover;
    Bounded<AuditEntry> m_audit;
};

} // namespace looma
