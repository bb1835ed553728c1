#include "NodeFilterProxyModel.h"

#include "ModelRoles.h"

namespace looma {

NodeFilterProxyModel::NodeFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    // Re-filter and re-sort changed rows in place: the node model emits narrow dataChanged ranges,
    // and the proxy re-sorts only when the sort column is inside one (see NodeTableModel).
    setDynamicSortFilter(true);
}

void NodeFilterProxyModel::setCloudFilter(std::optional<Cloud> cloud)
{
    if (cloud == m_cloud)
        return;
    m_cloud = cloud;
    invalidateFilter();
}

void NodeFilterProxyModel::setRegionFilter(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateFilter();
}

void NodeFilterProxyModel::setClusterFilter(qint64 clusterId)
{
    if (clusterId == m_clusterId)
        return;
    m_clusterId = clusterId;
    invalidateFilter();
}

void NodeFilterProxyModel::setStatusFilter(std::optional<NodeStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void NodeFilterProxyModel::setTextFilter(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    m_text = lowered;
    invalidateFilter();
}

void NodeFilterProxyModel::clearFilters()
{
    m_cloud.reset();
    m_region.clear();
    m_clusterId = 0;
    m_status.reset();
    m_text.clear();
    invalidateFilter();
}

bool NodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_cloud && index.data(CloudRole).toInt() != static_cast<int>(*m_cloud))
        return false;
    if (m_status && index.data(StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_clusterId != 0 && index.data(ClusterIdRole).toLongLong() != m_clusterId)
        return false;
    if (!m_region.isEmpty() && index.data(RegionRole).toString() != m_region)
        return false;
    if (!m_text.isEmpty() && !index.data(SearchTextRole).toString().contains(m_text))
        return false;
    return true;
}

} // namespace looma
