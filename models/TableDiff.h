#pragma once

#include "RowChanges.h"

#include <QHash>
#include <QList>

namespace looma::detail {

// A stored registry row and the epoch of the last full snapshot that contained it: after a full
// apply every row still carrying an older epoch was absent, hence deleted. This finds deletions
// with one pass over the table instead of building a set of the 50,000 incoming ids.
template <typename T>
struct StoredRow
{
    T value;
    quint32 epoch = 0;
};

template <typename T>
using Table = QHash<qint64, StoredRow<T>>;

// Applies one table's upserts and deletes and returns what changed. hook(before, after) runs for
// every effective change (before == nullptr: added; after == nullptr: removed) so the caller can
// maintain its derived indexes; it must not touch `table`.
template <typename T, typename Hook>
RowChanges applyTable(Table<T> &table, const QList<T> &rows, const QList<qint64> &deleted, bool full,
                      quint32 epoch, Hook &&hook)
{
    RowChanges changes;
    if (!full) {
        // Deletes first: a key deleted and re-created inside one window ends up present.
        for (const qint64 id : deleted) {
            const auto it = table.find(id);
            if (it == table.end())
                continue;
            hook(&it->value, static_cast<const T *>(nullptr));
            table.erase(it);
            changes.removed.append(id);
        }
    }
    for (const T &row : rows) {
        auto it = table.find(row.id);
        if (it == table.end()) {
            it = table.insert(row.id, StoredRow<T>{row, epoch});
            hook(static_cast<const T *>(nullptr), &it->value);
            changes.added.append(row.id);
            continue;
        }
        it->epoch = epoch;
        // An overlap re-read may deliver a version older than one a later delta already gave us.
        // A full snapshot is authoritative (a restored registry may have restarted its sequence).
        if (!full && row.changeSeq != 0 && row.changeSeq < it->value.changeSeq)
            continue;
        if (it->value == row) {
            it->value.changeSeq = row.changeSeq; // same content: no signal, but remember the newest seq
            continue;
        }
        const T before = it->value;
        it->value = row;
        hook(&before, &it->value);
        changes.updated.append(row.id);
    }
    if (full) {
        for (auto it = table.begin(); it != table.end();) {
            if (it->epoch == epoch) {
                ++it;
                continue;
            }
            hook(&it->value, static_cast<const T *>(nullptr));
            changes.removed.append(it.key());
            it = table.erase(it);
        }
    }
    return changes;
}

} // namespace looma::detail
