#pragma once

#include "InstanceRollup.h"
#include "KeyedRows.h"
#include "RowChanges.h"
#include "Severity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <array>

namespace looma {

class FleetStore;

// The cross-cloud grid: one row per cloud x region x zone (one registry `regions` row) with node
// and instance counts. Kept incrementally: each node's contribution is remembered, so a change
// subtracts the old one and adds the new one instead of recounting 50,000 instances.
//
// Nodes whose cluster or region is unknown, and instances whose node is unknown, are counted in
// one extra "unknown location" row (IdRole 0) so the grid's totals match the registry's.
// Sort the StatusColumn's SortRole descending for "worst problem first".
class RegionSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        CloudColumn,
        RegionColumn,
        ZoneColumn,
        NodesUpColumn,
        NodesDownColumn,
        NodesDrainingColumn,
        PassingColumn,
        WarningColumn,
        CriticalColumn,
        UnknownColumn,
        ColumnCount
    };

    explicit RegionSummaryModel(FleetStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfRegion(qint64 regionId) const { return m_rows.indexOf(regionId); }
    void retranslate();

private:
    struct Totals
    {
        std::array<int, 3> nodes{}; // by NodeStatus
        InstanceRollup instances;
        bool isEmpty() const { return nodes == std::array<int, 3>{} && instances.isEmpty(); }
    };
    struct Contribution
    {
        qint64 regionKey = 0;
        int nodeStatus = -1; // -1: the node itself is unknown, only its instances count
        InstanceRollup instances;
    };
    struct Row
    {
        qint64 key = 0; // region id, 0 for "unknown location"
        int cloud = -1;
        QString region, zone;
        Totals totals;
        Severity severity = Severity::Ok;
        int problems = 0;
    };

    void recompute(const QList<qint64> &nodeIds);
    void sync(const QSet<qint64> &regionKeys);
    Row makeRow(qint64 key) const;
    bool wanted(qint64 key) const;
    QList<qint64> nodesOfRegions(const RowChanges &changes) const;
    QList<qint64> nodesOfClusters(const QList<qint64> &clusterIds) const;
    int count(const Row &row, int column) const;

    FleetStore *m_store = nullptr;
    QHash<qint64, Contribution> m_contributions; // by node id
    QHash<qint64, Totals> m_totals;              // by region key
    KeyedRows<qint64, Row> m_rows;
    std::array<QString, 4> m_severityText;
    std::array<QString, 2> m_cloudText;
    std::array<QString, ColumnCount> m_headers;
    QString m_unknownText;
};

} // namespace looma
