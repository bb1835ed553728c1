#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QtNumeric>

#include <array>

class QTimer;

namespace looma {

class FleetStore;

// One row per cluster with its aggregates: nodes (and how many are not up), instances healthy of
// total, average CPU and memory of its nodes (Prometheus figures joined in the store). A few
// hundred rows recounted from the store's indexes after a burst of changes (debounced); rows that
// stay are updated by dataChanged, only a changed set of clusters resets the model.
class ClusterSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClusterColumn, CloudColumn, ZoneColumn, NodesColumn, InstancesColumn, CpuColumn, MemoryColumn, ColumnCount };

    explicit ClusterSummaryModel(FleetStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 clusterIdAt(int row) const { return m_rows.at(row).id; }
    void recount(); // now, instead of after the debounce
    void retranslate();

private:
    struct Row
    {
        qint64 id = 0;
        QString name, cloud, zone;
        int nodes = 0, nodesNotUp = 0, healthy = 0, instances = 0;
        double cpu = qQNaN(), memory = qQNaN();
    };

    FleetStore *m_store = nullptr;
    QTimer *m_debounce = nullptr;
    QList<Row> m_rows;
    std::array<QString, ColumnCount> m_headers;
};

} // namespace looma
