#pragma once

#include <QList>
#include <QMetaType>

namespace looma {

// What one apply() did to one table: the ids of rows added, changed and removed.
struct RowChanges
{
    QList<qint64> added;
    QList<qint64> updated;
    QList<qint64> removed;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
    qsizetype size() const { return added.size() + updated.size() + removed.size(); }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::RowChanges)
