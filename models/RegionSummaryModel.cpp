#include "RegionSummaryModel.h"

#include "FleetStore.h"
#include "ModelRoles.h"
#include "RowBatch.h"
#include "StatusText.h"

namespace looma {

RegionSummaryModel::RegionSummaryModel(FleetStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    retranslate();
    QList<qint64> nodes = m_store->nodeIds();
    for (const qint64 id : m_store->rollupNodeIds()) {
        if (!m_store->node(id))
            nodes.append(id); // orphan instances
    }
    recompute(nodes);
    QSet<qint64> keys{0};
    for (const qint64 id : m_store->regionIds())
        keys.insert(id);
    sync(keys);

    connect(m_store, &FleetStore::regionsChanged, this, [this](const RowChanges &c) {
        recompute(nodesOfRegions(c));
        sync(QSet<qint64>(c.added.cbegin(), c.added.cend()) + QSet<qint64>(c.updated.cbegin(), c.updated.cend())
             + QSet<qint64>(c.removed.cbegin(), c.removed.cend()));
    });
    connect(m_store, &FleetStore::clustersChanged, this,
            [this](const RowChanges &c) { recompute(nodesOfClusters(c.added + c.updated + c.removed)); });
    connect(m_store, &FleetStore::nodesChanged, this,
            [this](const RowChanges &c) { recompute(c.added + c.updated + c.removed); });
    connect(m_store, &FleetStore::nodeRollupsChanged, this, &RegionSummaryModel::recompute);
}

int RegionSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RegionSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RegionSummaryModel::count(const Row &row, int column) const
{
    const Totals &t = row.totals;
    switch (column) {
    case NodesUpColumn:
        return t.nodes[static_cast<std::size_t>(NodeStatus::Up)];
    case NodesDownColumn:
        return t.nodes[static_cast<std::size_t>(NodeStatus::Down)];
    case NodesDrainingColumn:
        return t.nodes[static_cast<std::size_t>(NodeStatus::Draining)];
    case PassingColumn:
        return t.instances.count(HealthState::Passing);
    case WarningColumn:
        return t.instances.count(HealthState::Warning);
    case CriticalColumn:
        return t.instances.count(HealthState::Critical);
    case UnknownColumn:
        return t.instances.count(HealthState::Unknown);
    default:
        return 0;
    }
}

QVariant RegionSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case StatusColumn:
            if (role == SortRole) // worst first when sorted descending: severity, then how much is wrong
                return static_cast<qint64>(row.severity) * 1000000000LL + row.problems;
            return m_severityText[static_cast<std::size_t>(row.severity)];
        case CloudColumn:
            if (role == SortRole)
                return row.cloud;
            return row.cloud < 0 ? QString() : m_cloudText[static_cast<std::size_t>(row.cloud)];
        case RegionColumn:
            return row.key == 0 ? m_unknownText : row.region;
        case ZoneColumn:
            return row.zone;
        default:
            return count(row, column);
        }
    }
    switch (role) {
    case Qt::TextAlignmentRole:
        if (column >= NodesUpColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return row.key;
    case StatusRole:
    case SeverityRole:
        return static_cast<int>(row.severity);
    case CloudRole:
        return row.cloud;
    case RegionRole:
        return row.region;
    default:
        return {};
    }
}

QVariant RegionSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers[static_cast<std::size_t>(section)];
}

void RegionSummaryModel::retranslate()
{
    for (const Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Critical})
        m_severityText[static_cast<std::size_t>(s)] = StatusText::severity(s);
    for (const Cloud c : {Cloud::Tencent, Cloud::Alibaba})
        m_cloudText[static_cast<std::size_t>(c)] = StatusText::cloud(c);
    m_unknownText = tr("(unknown location)");
    m_headers = {tr("Status"),         tr("Cloud"),           tr("Region"),          tr("Zone"),
                 tr("Nodes up"),       tr("Nodes down"),      tr("Nodes draining"),  tr("Passing"),
                 tr("Warning"),        tr("Critical"),        tr("Unknown")};
    if (m_rows.size() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, StatusColumn), index(m_rows.size() - 1, RegionColumn), {Qt::DisplayRole});
}

void RegionSummaryModel::recompute(const QList<qint64> &nodeIds)
{
    QSet<qint64> touched;
    for (const qint64 id : nodeIds) {
        const auto old = m_contributions.constFind(id);
        if (old != m_contributions.cend()) {
            Totals &t = m_totals[old->regionKey];
            if (old->nodeStatus >= 0)
                --t.nodes[static_cast<std::size_t>(old->nodeStatus)];
            for (int h = 0; h < 4; ++h)
                t.instances.byHealth[static_cast<std::size_t>(h)] -= old->instances.byHealth[static_cast<std::size_t>(h)];
            touched.insert(old->regionKey);
            m_contributions.erase(old);
        }
        const Node *node = m_store->node(id);
        Contribution next;
        next.instances = m_store->rollupOfNode(id);
        if (!node && next.instances.isEmpty())
            continue;
        if (node) {
            next.nodeStatus = static_cast<int>(node->status);
            const Region *region = m_store->regionOfNode(id);
            next.regionKey = region ? region->id : 0;
        }
        Totals &t = m_totals[next.regionKey];
        if (next.nodeStatus >= 0)
            ++t.nodes[static_cast<std::size_t>(next.nodeStatus)];
        for (int h = 0; h < 4; ++h)
            t.instances.byHealth[static_cast<std::size_t>(h)] += next.instances.byHealth[static_cast<std::size_t>(h)];
        touched.insert(next.regionKey);
        m_contributions.insert(id, next);
    }
    sync(touched);
}

bool RegionSummaryModel::wanted(qint64 key) const
{
    return key == 0 ? !m_totals.value(0).isEmpty() : m_store->region(key) != nullptr;
}

RegionSummaryModel::Row RegionSummaryModel::makeRow(qint64 key) const
{
    Row row;
    row.key = key;
    if (const Region *region = m_store->region(key)) {
        row.cloud = static_cast<int>(region->cloud);
        row.region = region->region;
        row.zone = region->zone;
    }
    row.totals = m_totals.value(key);
    const Totals &t = row.totals;
    const int down = t.nodes[static_cast<std::size_t>(NodeStatus::Down)];
    const int draining = t.nodes[static_cast<std::size_t>(NodeStatus::Draining)];
    const int critical = t.instances.count(HealthState::Critical);
    const int warning = t.instances.count(HealthState::Warning);
    const int unknown = t.instances.count(HealthState::Unknown);
    row.problems = down + draining + critical + warning + unknown;
    if (down > 0 || critical > 0)
        row.severity = Severity::Critical;
    else if (draining > 0 || warning > 0 || key == 0) // rows the registry cannot place are a data fault
        row.severity = Severity::Warning;
    else if (unknown > 0)
        row.severity = Severity::Info;
    return row;
}

void RegionSummaryModel::sync(const QSet<qint64> &regionKeys)
{
    QList<int> gone;
    QList<qint64> fresh;
    RowBatch batch;
    for (const qint64 key : regionKeys) {
        const int r = m_rows.indexOf(key);
        if (!wanted(key)) {
            if (r >= 0)
                gone.append(r);
            continue;
        }
        if (r < 0) {
            fresh.append(key);
            continue;
        }
        Row next = makeRow(key);
        Row &current = m_rows.at(r);
        const bool labels = next.cloud != current.cloud || next.region != current.region || next.zone != current.zone;
        const bool status = next.severity != current.severity || next.problems != current.problems;
        int firstCount = -1;
        int lastCount = -1;
        for (int c = NodesUpColumn; c < ColumnCount; ++c) {
            if (count(next, c) != count(current, c)) {
                firstCount = firstCount < 0 ? c : firstCount;
                lastCount = c;
            }
        }
        current = std::move(next);
        if (status)
            batch.add(r, StatusColumn, StatusColumn);
        if (labels)
            batch.add(r, CloudColumn, ZoneColumn);
        if (firstCount >= 0)
            batch.add(r, firstCount, lastCount);
    }
    batch.flush([this](int top, int bottom, int first, int last) {
        Q_EMIT dataChanged(index(top, first), index(bottom, last));
    });
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
    if (!fresh.isEmpty()) {
        std::sort(fresh.begin(), fresh.end());
        const int first = m_rows.size();
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (const qint64 key : fresh)
            m_rows.append(makeRow(key));
        endInsertRows();
    }
}

QList<qint64> RegionSummaryModel::nodesOfRegions(const RowChanges &changes) const
{
    QList<qint64> clusters;
    for (const qint64 id : changes.added + changes.updated + changes.removed)
        clusters += m_store->clustersInRegion(id);
    return nodesOfClusters(clusters);
}

QList<qint64> RegionSummaryModel::nodesOfClusters(const QList<qint64> &clusterIds) const
{
    QList<qint64> nodes;
    for (const qint64 id : clusterIds)
        nodes += m_store->nodesInCluster(id);
    return nodes;
}

} // namespace looma
