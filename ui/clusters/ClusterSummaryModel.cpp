#include "ClusterSummaryModel.h"

#include "FleetStore.h"
#include "ModelRoles.h"
#include "StatusText.h"

#include <QLocale>
#include <QTimer>

namespace looma {

ClusterSummaryModel::ClusterSummaryModel(FleetStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &ClusterSummaryModel::recount);
    const auto later = [this] {
        if (!m_debounce->isActive())
            m_debounce->start();
    };
    connect(store, &FleetStore::clustersChanged, this, later);
    connect(store, &FleetStore::nodesChanged, this, later);
    connect(store, &FleetStore::regionsChanged, this, later);
    connect(store, &FleetStore::nodeRollupsChanged, this, later);
    connect(store, &FleetStore::nodeMetricsChanged, this, later);
    retranslate();
    recount();
}

int ClusterSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ClusterSummaryModel::recount()
{
    m_debounce->stop();
    QList<Row> rows;
    const QList<qint64> ids = m_store->clusterIds(); // id order
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const Cluster *cluster = m_store->cluster(id);
        Row row;
        row.id = id;
        row.name = cluster->name;
        if (const Region *region = m_store->region(cluster->regionId)) {
            row.cloud = StatusText::cloud(region->cloud);
            row.zone = region->zone;
        }
        double cpuSum = 0, memorySum = 0;
        int cpuCount = 0, memoryCount = 0;
        for (qint64 nodeId : m_store->nodesInCluster(id)) {
            ++row.nodes;
            if (const Node *node = m_store->node(nodeId); node && node->status != NodeStatus::Up)
                ++row.nodesNotUp;
            const InstanceRollup rollup = m_store->rollupOfNode(nodeId);
            row.healthy += rollup.count(HealthState::Passing);
            row.instances += rollup.total();
            const NodeMetrics metrics = m_store->nodeMetrics(nodeId);
            if (!qIsNaN(metrics.cpuPercent)) {
                cpuSum += metrics.cpuPercent;
                ++cpuCount;
            }
            if (!qIsNaN(metrics.memoryPercent)) {
                memorySum += metrics.memoryPercent;
                ++memoryCount;
            }
        }
        if (cpuCount > 0)
            row.cpu = cpuSum / cpuCount;
        if (memoryCount > 0)
            row.memory = memorySum / memoryCount;
        rows << row;
    }
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).id == m_rows.at(i).id;
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!rows.isEmpty()) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
    }
}

QVariant ClusterSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ClusterColumn:
            return row.name;
        case CloudColumn:
            return row.cloud;
        case ZoneColumn:
            return row.zone;
        case NodesColumn:
            return row.nodesNotUp == 0 ? locale.toString(row.nodes)
                                       : tr("%1 (%2 not up)").arg(locale.toString(row.nodes)).arg(row.nodesNotUp);
        case InstancesColumn:
            return tr("%1 / %2").arg(locale.toString(row.healthy), locale.toString(row.instances));
        case CpuColumn:
            return qIsNaN(row.cpu) ? tr("n/a") : tr("%1 %").arg(locale.toString(row.cpu, 'f', 1));
        case MemoryColumn:
            return qIsNaN(row.memory) ? tr("n/a") : tr("%1 %").arg(locale.toString(row.memory, 'f', 1));
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case NodesColumn:
            return row.nodes;
        case InstancesColumn:
            return row.instances == 0 ? 1.0 : double(row.healthy) / row.instances;
        case CpuColumn:
            return qIsNaN(row.cpu) ? -1.0 : row.cpu;
        case MemoryColumn:
            return qIsNaN(row.memory) ? -1.0 : row.memory;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == IdRole) {
        return row.id;
    } else if (role == Qt::TextAlignmentRole && index.column() >= NodesColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant ClusterSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers[std::size_t(section)];
}

void ClusterSummaryModel::retranslate()
{
    m_headers = {tr("Cluster"), tr("Cloud"), tr("Zone"), tr("Nodes"), tr("Healthy / instances"), tr("Avg CPU"),
                 tr("Avg memory")};
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        recount();
}

} // namespace looma
