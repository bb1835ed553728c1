#pragma once

#include "DomainEnums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace looma {

// Filters NodeTableModel rows by cloud, region, cluster, status and free text (a case-insensitive
// substring of hostname, IP or cluster name), and sorts by any column on SortRole, which gives
// raw values so numbers sort as numbers. Reads only roles, so it works on any model exposing them.
class NodeFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NodeFilterProxyModel(QObject *parent = nullptr);

    void setCloudFilter(std::optional<Cloud> cloud);
    void setRegionFilter(const QString &region); // empty: any
    void setClusterFilter(qint64 clusterId);     // 0: any
    void setStatusFilter(std::optional<NodeStatus> status);
    void setTextFilter(const QString &text);     // empty: any
    void clearFilters();

    std::optional<Cloud> cloudFilter() const { return m_cloud; }
    QString regionFilter() const { return m_region; }
    qint64 clusterFilter() const { return m_clusterId; }
    std::optional<NodeStatus> statusFilter() const { return m_status; }
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Cloud> m_cloud;
    QString m_region;
    qint64 m_clusterId = 0;
    std::optional<NodeStatus> m_status;
    QString m_text; // lower-cased once here, matched against the model's lower-cased SearchTextRole
};

} // namespace looma
