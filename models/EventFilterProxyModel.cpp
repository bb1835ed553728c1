#include "EventFilterProxyModel.h"

#include "ModelRoles.h"

namespace looma {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::setKinds(int kindMask)
{
    if (kindMask == m_kinds)
        return;
    m_kinds = kindMask;
    invalidateFilter();
}

void EventFilterProxyModel::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

void EventFilterProxyModel::setTextFilter(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    m_text = lowered;
    invalidateFilter();
}

void EventFilterProxyModel::setHideAcknowledged(bool hide)
{
    if (hide == m_hideAcknowledged)
        return;
    m_hideAcknowledged = hide;
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if ((index.data(KindRole).toInt() & m_kinds) == 0)
        return false;
    if (index.data(SeverityRole).toInt() < static_cast<int>(m_minimum))
        return false;
    if (m_hideAcknowledged && index.data(AcknowledgedRole).toBool())
        return false;
    if (!m_text.isEmpty() && !index.data(SearchTextRole).toString().contains(m_text))
        return false;
    return true;
}

} // namespace looma
