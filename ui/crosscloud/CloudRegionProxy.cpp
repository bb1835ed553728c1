#include "CloudRegionProxy.h"

#include "ModelRoles.h"
#include "RegionSummaryModel.h"
#include "SeverityIcon.h"

namespace looma {

CloudRegionProxy::CloudRegionProxy(Cloud cloud, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_cloud(cloud)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void CloudRegionProxy::setText(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    m_text = lowered;
    invalidateFilter();
}

QVariant CloudRegionProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == RegionSummaryModel::StatusColumn)
        return SeverityIcon::of(static_cast<Severity>(index.data(SeverityRole).toInt()));
    return QSortFilterProxyModel::data(index, role);
}

bool CloudRegionProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (first.data(CloudRole).toInt() != static_cast<int>(m_cloud))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString region = sourceModel()->index(sourceRow, RegionSummaryModel::RegionColumn, sourceParent)
                               .data().toString().toLower();
    const QString zone =
        sourceModel()->index(sourceRow, RegionSummaryModel::ZoneColumn, sourceParent).data().toString().toLower();
    return region.contains(m_text) || zone.contains(m_text);
}

} // namespace looma
