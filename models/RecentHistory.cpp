#include "RecentHistory.h"

#include <algorithm>
#include <type_traits>

namespace looma {

void RecentHistory::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    // Shrinking takes effect at the next add(): trimming here would need the same bookkeeping.
}

template <typename T>
QList<T> RecentHistory::addTo(Bounded<T> &list, const QList<T> &rows)
{
    QList<T> fresh;
    for (const T &row : rows) {
        if (row.id <= list.trimmedUpTo)
            continue;
        if (list.ids.contains(row.id)) {
            // A failover event is written when it starts and updated as it progresses (outcome,
            // timings); a newer changeSeq replaces the stored row and is reported again.
            if constexpr (std::is_same_v<T, FailoverEvent>) {
                for (T &stored : list.rows) {
                    if (stored.id == row.id && row.changeSeq > stored.changeSeq) {
                        stored = row;
                        fresh.append(row);
                        break;
                    }
                }
            }
            continue;
        }
        list.ids.insert(row.id);
        list.rows.append(row);
        fresh.append(row);
    }
    const qsizetype excess = list.rows.size() - m_limit;
    if (excess > 0) {
        for (qsizetype i = 0; i < excess; ++i) {
            list.ids.remove(list.rows.at(i).id);
            list.trimmedUpTo = std::max(list.trimmedUpTo, list.rows.at(i).id);
        }
        list.rows.remove(0, excess);
    }
    return fresh;
}

QList<HealthEvent> RecentHistory::add(const QList<HealthEvent> &rows)
{
    return addTo(m_health, rows);
}

QList<FailoverEvent> RecentHistory::add(const QList<FailoverEvent> &rows)
{
    return addTo(m_failover, rows);
}

QList<AuditEntry> RecentHistory::add(const QList<AuditEntry> &rows)
{
    return addTo(m_audit, rows);
}

} // namespace looma
