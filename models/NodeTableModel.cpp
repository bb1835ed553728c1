#include "NodeTableModel.h"

#include "FleetStore.h"
#include "ModelRoles.h"
#include "RowBatch.h"
#include "StatusText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace looma {
namespace {

QString percentText(double value)
{
    return qIsNaN(value) ? QString() : QString::number(value, 'f', 1) + QStringLiteral(" %");
}

} // namespace

NodeTableModel::NodeTableModel(FleetStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    retranslate();
    QList<qint64> ids = m_store->nodeIds();
    std::sort(ids.begin(), ids.end()); // id order until a proxy sorts: stable between runs
    m_rows.reserve(static_cast<int>(ids.size()));
    for (const qint64 id : ids)
        m_rows.append(makeRow(id));

    connect(m_store, &FleetStore::nodesChanged, this, &NodeTableModel::onNodesChanged);
    connect(m_store, &FleetStore::clustersChanged, this, [this](const RowChanges &c) {
        refreshNodesInClusters(c.added + c.updated + c.removed);
    });
    connect(m_store, &FleetStore::regionsChanged, this, &NodeTableModel::refreshNodesInRegions);
    connect(m_store, &FleetStore::nodeRollupsChanged, this, &NodeTableModel::refresh);
    connect(m_store, &FleetStore::nodeMetricsChanged, this, &NodeTableModel::refresh);
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == InstancesColumn || index.column() == CpuColumn || index.column() == MemoryColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.key;
    case StatusRole:
        return static_cast<int>(row.status);
    case SeverityRole:
        return static_cast<int>(row.severity);
    case SearchTextRole:
        return row.searchText;
    case CloudRole:
        return row.cloud;
    case RegionRole:
        return row.region;
    case ClusterIdRole:
        return row.clusterId;
    default:
        return {};
    }
}

QVariant NodeTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case HostnameColumn:
        return row.hostname;
    case CloudColumn:
        return row.cloud < 0 ? QString() : m_cloudText[static_cast<std::size_t>(row.cloud)];
    case RegionColumn:
        return row.region;
    case ZoneColumn:
        return row.zone;
    case ClusterColumn:
        return row.cluster;
    case IpColumn:
        return row.ip;
    case StatusColumn:
        return m_statusText[static_cast<std::size_t>(row.status)];
    case InstancesColumn:
        return row.instancesText;
    case CpuColumn:
        return row.cpuText;
    case MemoryColumn:
        return row.memoryText;
    case MaintenanceColumn:
        return row.maintenanceText;
    default:
        return {};
    }
}

QVariant NodeTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case CloudColumn:
        return row.cloud;
    case StatusColumn:
        return static_cast<int>(row.status);
    case InstancesColumn:
        // Fewest healthy first when ascending; nodes without instances sort before all others.
        return row.total == 0 ? -1.0 : double(row.healthy) / row.total;
    case CpuColumn:
        return qIsNaN(row.cpu) ? -1.0 : row.cpu;
    case MemoryColumn:
        return qIsNaN(row.memory) ? -1.0 : row.memory;
    case MaintenanceColumn:
        return row.maintenance;
    default:
        return display(row, column);
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers[static_cast<std::size_t>(section)];
}

QHash<int, QByteArray> NodeTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "nodeId");
    names.insert(StatusRole, "status");
    names.insert(SeverityRole, "severity");
    return names;
}

void NodeTableModel::retranslate()
{
    for (const NodeStatus s : {NodeStatus::Up, NodeStatus::Down, NodeStatus::Draining})
        m_statusText[static_cast<std::size_t>(s)] = StatusText::nodeStatus(s);
    for (const Cloud c : {Cloud::Tencent, Cloud::Alibaba})
        m_cloudText[static_cast<std::size_t>(c)] = StatusText::cloud(c);
    m_headers = {tr("Hostname"), tr("Cloud"),     tr("Region"),     tr("Zone"),
                 tr("Cluster"),  tr("IP"),        tr("Status"),     tr("Instances"),
                 tr("CPU"),      tr("Memory"),    tr("Maintenance")};
    if (m_rows.size() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, CloudColumn), index(m_rows.size() - 1, CloudColumn), {Qt::DisplayRole});
    Q_EMIT dataChanged(index(0, StatusColumn), index(m_rows.size() - 1, StatusColumn), {Qt::DisplayRole});
    QList<qint64> all;
    all.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        all.append(m_rows.at(i).key);
    refresh(all); // maintenance and unknown-cluster texts are pre-formatted per row
}

NodeTableModel::Row NodeTableModel::makeRow(qint64 nodeId) const
{
    Row row;
    row.key = nodeId;
    const Node *node = m_store->node(nodeId);
    if (!node)
        return row;
    row.clusterId = node->clusterId;
    row.hostname = node->hostname;
    row.ip = node->ip;
    row.status = node->status;
    if (const Cluster *cluster = m_store->cluster(node->clusterId)) {
        row.cluster = cluster->name;
        if (const Region *region = m_store->region(cluster->regionId)) {
            row.cloud = static_cast<int>(region->cloud);
            row.region = region->region;
            row.zone = region->zone;
        }
    } else {
        row.cluster = tr("unknown cluster #%1").arg(node->clusterId);
    }
    const InstanceRollup rollup = m_store->rollupOfNode(nodeId);
    row.healthy = rollup.count(HealthState::Passing);
    row.total = rollup.total();
    row.instancesText = QString::number(row.healthy) + u'/' + QString::number(row.total);
    const NodeMetrics metrics = m_store->nodeMetrics(nodeId);
    row.cpu = metrics.cpuPercent;
    row.memory = metrics.memoryPercent;
    row.cpuText = percentText(row.cpu);
    row.memoryText = percentText(row.memory);
    row.maintenance = node->maintenance.activeAt(QDateTime::currentDateTimeUtc());
    if (row.maintenance) {
        const QString until = QLocale().toString(node->maintenance.until.toLocalTime(), QLocale::ShortFormat);
        row.maintenanceText = node->maintenance.reason.isEmpty()
            ? tr("until %1").arg(until)
            : tr("%1 (until %2)").arg(node->maintenance.reason, until);
    }
    row.searchText = (row.hostname + u'\n' + row.ip + u'\n' + row.cluster).toLower();

    if (row.status == NodeStatus::Down || rollup.count(HealthState::Critical) > 0)
        row.severity = Severity::Critical;
    else if (row.status == NodeStatus::Draining || rollup.count(HealthState::Warning) > 0)
        row.severity = Severity::Warning;
    else if (row.maintenance || rollup.count(HealthState::Unknown) > 0)
        row.severity = Severity::Info;
    return row;
}

bool NodeTableModel::sameCell(const Row &a, const Row &b, int column)
{
    switch (column) {
    case HostnameColumn:
        return a.hostname == b.hostname;
    case CloudColumn:
        return a.cloud == b.cloud;
    case RegionColumn:
        return a.region == b.region;
    case ZoneColumn:
        return a.zone == b.zone;
    case ClusterColumn:
        return a.cluster == b.cluster && a.clusterId == b.clusterId;
    case IpColumn:
        return a.ip == b.ip;
    case StatusColumn:
        return a.status == b.status && a.severity == b.severity;
    case InstancesColumn:
        return a.healthy == b.healthy && a.total == b.total;
    case CpuColumn:
        return a.cpuText == b.cpuText && (a.cpu == b.cpu || (qIsNaN(a.cpu) && qIsNaN(b.cpu)));
    case MemoryColumn:
        return a.memoryText == b.memoryText && (a.memory == b.memory || (qIsNaN(a.memory) && qIsNaN(b.memory)));
    case MaintenanceColumn:
        return a.maintenance == b.maintenance && a.maintenanceText == b.maintenanceText;
    default:
        return true;
    }
}

void NodeTableModel::onNodesChanged(const RowChanges &changes)
{
    QList<int> gone;
    for (const qint64 id : changes.removed) {
        const int row = m_rows.indexOf(id);
        if (row >= 0)
            gone.append(row);
    }
    if (!gone.isEmpty()) {
        int lowest = m_rows.size();
        forEachRunDescending(gone, [&](int first, int last) {
            beginRemoveRows({}, first, last);
            m_rows.eraseRange(first, last);
            endRemoveRows();
            lowest = first;
        });
        m_rows.reindexFrom(lowest);
    }

    QList<qint64> fresh;
    for (const qint64 id : changes.added) {
        if (!m_rows.contains(id) && m_store->node(id))
            fresh.append(id);
    }
    if (!fresh.isEmpty()) {
        // Appended in one block, in id order; any other order is the proxy's business.
        std::sort(fresh.begin(), fresh.end());
        const int first = m_rows.size();
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        if (first == 0) // later batches grow geometrically; an exact reserve would rehash each time
            m_rows.reserve(static_cast<int>(fresh.size()));
        for (const qint64 id : fresh)
            m_rows.append(makeRow(id));
        endInsertRows();
    }
    refresh(changes.updated);
}

void NodeTableModel::refresh(const QList<qint64> &nodeIds)
{
    RowBatch batch;
    for (const qint64 id : nodeIds) {
        const int r = m_rows.indexOf(id);
        if (r < 0)
            continue;
        Row next = makeRow(id);
        Row &current = m_rows.at(r);
        // One span per run of changed columns: never widen a CPU update to cover the hostname.
        int runStart = -1;
        for (int c = 0; c <= ColumnCount; ++c) {
            const bool changed = c < ColumnCount && !sameCell(current, next, c);
            if (changed && runStart < 0)
                runStart = c;
            if (!changed && runStart >= 0) {
                batch.add(r, runStart, c - 1);
                runStart = -1;
            }
        }
        current = std::move(next);
    }
    batch.flush([this](int top, int bottom, int first, int last) {
        Q_EMIT dataChanged(index(top, first), index(bottom, last));
    });
}

void NodeTableModel::refreshNodesInClusters(const QList<qint64> &clusterIds)
{
    QList<qint64> nodes;
    for (const qint64 id : clusterIds)
        nodes += m_store->nodesInCluster(id);
    refresh(nodes);
}

void NodeTableModel::refreshNodesInRegions(const RowChanges &changes)
{
    QList<qint64> clusters;
    for (const QList<qint64> *ids : {&changes.added, &changes.updated, &changes.removed}) {
        for (const qint64 id : *ids)
            clusters += m_store->clustersInRegion(id);
    }
    refreshNodesInClusters(clusters);
}

} // namespace looma
