#pragma once

#include "DomainEnums.h"
#include "KeyedRows.h"
#include "RowChanges.h"
#include "Severity.h"

#include <QAbstractTableModel>

#include <array>

namespace looma {

class FleetStore;

// Service instances, either the whole fleet or those of one node (the node-detail view).
// Incremental like NodeTableModel: row inserts/removes and narrow dataChanged ranges.
class InstanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        NodeColumn,
        GroupColumn,
        RoleColumn,
        EndpointColumn,
        HealthColumn,
        GenerationColumn,
        ColumnCount
    };

    explicit InstanceTableModel(FleetStore *store, QObject *parent = nullptr);

    // 0 shows every instance. Changing the node is a different view, so it resets the model.
    void setNodeFilter(qint64 nodeId);
    qint64 nodeFilter() const { return m_nodeFilter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfInstance(qint64 instanceId) const { return m_rows.indexOf(instanceId); }
    void retranslate();

private:
    struct Row
    {
        qint64 key = 0; // instance id
        qint64 nodeId = 0;
        InstanceRole role = InstanceRole::Active;
        HealthState health = HealthState::Unknown;
        Severity severity = Severity::Ok;
        qint64 generation = 0;
        QString service, node, group, endpoint, searchText;
    };

    bool accepts(qint64 instanceId) const;
    Row makeRow(qint64 instanceId) const;
    static bool sameCell(const Row &a, const Row &b, int column);
    void load();
    void onInstancesChanged(const RowChanges &changes);
    void removeIds(const QList<qint64> &ids);
    void appendIds(const QList<qint64> &ids);
    void refresh(const QList<qint64> &ids);
    void refreshAll();

    FleetStore *m_store = nullptr;
    qint64 m_nodeFilter = 0;
    KeyedRows<qint64, Row> m_rows;
    std::array<QString, 3> m_roleText;
    std::array<QString, 4> m_healthText;
    std::array<QString, ColumnCount> m_headers;
};

} // namespace looma
