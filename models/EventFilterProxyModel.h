#pragma once

#include "EventKind.h"
#include "Severity.h"

#include <QSortFilterProxyModel>

namespace looma {

// Filters EventListModel rows by kind (any combination), minimum severity, free text and,
// optionally, hides acknowledged rows. Keeps the source's newest-first order unless sorted.
class EventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int AllKinds = int(EventKind::Health) | int(EventKind::Failover) | int(EventKind::Audit)
        | int(EventKind::Alert);

    explicit EventFilterProxyModel(QObject *parent = nullptr);

    void setKinds(int kindMask); // OR of EventKind values
    void setMinimumSeverity(Severity severity);
    void setTextFilter(const QString &text);
    void setHideAcknowledged(bool hide);

    int kinds() const { return m_kinds; }
    Severity minimumSeverity() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kinds = AllKinds;
    Severity m_minimum = Severity::Ok;
    QString m_text;
    bool m_hideAcknowledged = false;
};

} // namespace looma
