#pragma once

#include "DomainEnums.h"
#include "KeyedRows.h"
#include "RowChanges.h"
#include "Severity.h"

#include <QAbstractTableModel>
#include <QtNumeric>

#include <array>

namespace looma {

class FleetStore;

// One row per registry node, driven by FleetStore's signals: rows are inserted and removed one
// range at a time and changes arrive as dataChanged() over only the cells that differ, so a
// view's selection, current index and scroll position survive every refresh.
class NodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HostnameColumn,
        CloudColumn,
        RegionColumn,
        ZoneColumn,
        ClusterColumn,
        IpColumn,
        StatusColumn,
        InstancesColumn,
        CpuColumn,
        MemoryColumn,
        MaintenanceColumn,
        ColumnCount
    };

    explicit NodeTableModel(FleetStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOfNode(qint64 nodeId) const { return m_rows.indexOf(nodeId); }
    qint64 nodeIdAt(int row) const { return m_rows.at(row).key; }

    // Re-reads the cached translations; the UI calls it on QEvent::LanguageChange.
    void retranslate();

private:
    struct Row
    {
        qint64 key = 0; // node id
        qint64 clusterId = 0;
        int cloud = -1; // looma::Cloud, -1 when the region is unknown
        NodeStatus status = NodeStatus::Up;
        Severity severity = Severity::Ok;
        int healthy = 0;
        int total = 0;
        double cpu = qQNaN();
        double memory = qQNaN();
        bool maintenance = false;
        QString hostname, region, zone, cluster, ip, instancesText, cpuText, memoryText, maintenanceText;
        QString searchText;
    };

    Row makeRow(qint64 nodeId) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    static bool sameCell(const Row &a, const Row &b, int column);

    void onNodesChanged(const RowChanges &changes);
    void refresh(const QList<qint64> &nodeIds);
    void refreshNodesInClusters(const QList<qint64> &clusterIds);
    void refreshNodesInRegions(const RowChanges &changes);

    FleetStore *m_store = nullptr;
    KeyedRows<qint64, Row> m_rows;
    std::array<QString, 3> m_statusText;
    std::array<QString, 2> m_cloudText;
    std::array<QString, ColumnCount> m_headers;
};

} // namespace looma
