#include "SnapshotMerger.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace looma {
namespace {

template <typename T> void upsert(QList<T> &rows, const QList<T> &changes)
{
    if (changes.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    index.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).id, i);
    for (const T &change : changes) {
        const auto it = index.constFind(change.id);
        if (it == index.constEnd()) {
            index.insert(change.id, rows.size());
            rows.append(change);
        } else if (rows.at(*it).changeSeq <= change.changeSeq) {
            rows[*it] = change;
        }
    }
}

template <typename T> void remove(QList<T> &rows, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    rows.removeIf([&gone](const T &row) { return gone.contains(row.id); });
}

template <typename T> void appendHistory(QList<T> &rows, const QList<T> &added, int limit)
{
    if (added.isEmpty())
        return;
    QSet<qint64> known;
    for (const T &row : std::as_const(rows))
        known.insert(row.id);
    for (const T &row : added) {
        if (!known.contains(row.id))
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const T &a, const T &b) { return a.id < b.id; });
    if (rows.size() > limit)
        rows.remove(0, rows.size() - limit);
}

} // namespace

void SnapshotMerger::apply(FleetSnapshot &state, const FleetSnapshot &change, int historyLimit)
{
    if (change.full) {
        state = change;
        return;
    }
    upsert(state.regions, change.regions);
    upsert(state.clusters, change.clusters);
    upsert(state.nodes, change.nodes);
    upsert(state.services, change.services);
    upsert(state.instances, change.instances);
    upsert(state.policies, change.policies);
    remove(state.regions, change.deletedRegions);
    remove(state.clusters, change.deletedClusters);
    remove(state.nodes, change.deletedNodes);
    remove(state.services, change.deletedServices);
    remove(state.instances, change.deletedInstances);
    remove(state.policies, change.deletedPolicies);
    appendHistory(state.healthEvents, change.healthEvents, historyLimit);
    appendHistory(state.auditEntries, change.auditEntries, historyLimit);
    upsert(state.failoverEvents, change.failoverEvents);
    std::stable_sort(state.failoverEvents.begin(), state.failoverEvents.end(),
                     [](const FailoverEvent &a, const FailoverEvent &b) { return a.id < b.id; });
    if (state.failoverEvents.size() > historyLimit)
        state.failoverEvents.remove(0, state.failoverEvents.size() - historyLimit);
    state.watermark = std::max(state.watermark, change.watermark);
    if (change.fetchedAt.isValid())
        state.fetchedAt = change.fetchedAt;
}

} // namespace looma
