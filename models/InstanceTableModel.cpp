#include "InstanceTableModel.h"

#include "FleetStore.h"
#include "ModelRoles.h"
#include "RowBatch.h"
#include "StatusText.h"

#include <QSet>

#include <algorithm>

namespace looma {

InstanceTableModel::InstanceTableModel(FleetStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    retranslate();
    load();
    connect(m_store, &FleetStore::instancesChanged, this, &InstanceTableModel::onInstancesChanged);
    // A renamed service or node changes text in the rows that name it.
    connect(m_store, &FleetStore::servicesChanged, this, [this](const RowChanges &c) {
        if (m_nodeFilter != 0)
            return refreshAll();
        QList<qint64> ids;
        for (const qint64 id : c.added + c.updated + c.removed)
            ids += m_store->instancesOfService(id);
        refresh(ids);
    });
    connect(m_store, &FleetStore::nodesChanged, this, [this](const RowChanges &c) {
        QList<qint64> ids;
        for (const qint64 id : c.added + c.updated + c.removed) {
            if (m_nodeFilter == 0 || id == m_nodeFilter)
                ids += m_store->instancesOnNode(id);
        }
        refresh(ids);
    });
}

void InstanceTableModel::setNodeFilter(qint64 nodeId)
{
    if (nodeId == m_nodeFilter)
        return;
    beginResetModel();
    m_nodeFilter = nodeId;
    m_rows.clear();
    load();
    endResetModel();
}

void InstanceTableModel::load()
{
    QList<qint64> ids = m_nodeFilter == 0 ? m_store->instanceIds() : m_store->instancesOnNode(m_nodeFilter);
    std::sort(ids.begin(), ids.end());
    m_rows.reserve(static_cast<int>(ids.size()));
    for (const qint64 id : ids) {
        if (m_store->instance(id))
            m_rows.append(makeRow(id));
    }
}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case ServiceColumn:
            return row.service;
        case NodeColumn:
            return row.node;
        case GroupColumn:
            return row.group;
        case RoleColumn:
            return sort ? QVariant(static_cast<int>(row.role)) : QVariant(m_roleText[static_cast<std::size_t>(row.role)]);
        case EndpointColumn:
            return row.endpoint;
        case HealthColumn:
            return sort ? QVariant(static_cast<int>(row.health))
                        : QVariant(m_healthText[static_cast<std::size_t>(row.health)]);
        case GenerationColumn:
            return row.generation;
        default:
            return {};
        }
    }
    switch (role) {
    case IdRole:
        return row.key;
    case StatusRole:
        return static_cast<int>(row.health);
    case SeverityRole:
        return static_cast<int>(row.severity);
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers[static_cast<std::size_t>(section)];
}

void InstanceTableModel::retranslate()
{
    for (const InstanceRole r : {InstanceRole::Primary, InstanceRole::Standby, InstanceRole::Active})
        m_roleText[static_cast<std::size_t>(r)] = StatusText::role(r);
    for (const HealthState h : {HealthState::Unknown, HealthState::Passing, HealthState::Warning, HealthState::Critical})
        m_healthText[static_cast<std::size_t>(h)] = StatusText::health(h);
    m_headers = {tr("Service"), tr("Node"), tr("Failover group"), tr("Role"), tr("Endpoint"), tr("Health"),
                 tr("Generation")};
    if (m_rows.size() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, RoleColumn), index(m_rows.size() - 1, RoleColumn), {Qt::DisplayRole});
    Q_EMIT dataChanged(index(0, HealthColumn), index(m_rows.size() - 1, HealthColumn), {Qt::DisplayRole});
    refreshAll(); // "unknown node/service" placeholders are pre-formatted
}

bool InstanceTableModel::accepts(qint64 instanceId) const
{
    const ServiceInstance *instance = m_store->instance(instanceId);
    return instance && (m_nodeFilter == 0 || instance->nodeId == m_nodeFilter);
}

InstanceTableModel::Row InstanceTableModel::makeRow(qint64 instanceId) const
{
    Row row;
    row.key = instanceId;
    const ServiceInstance *instance = m_store->instance(instanceId);
    if (!instance)
        return row;
    row.nodeId = instance->nodeId;
    row.role = instance->role;
    row.health = instance->status;
    row.generation = instance->generation;
    row.group = instance->failoverGroup;
    row.endpoint = instance->endpoint;
    const Service *service = m_store->service(instance->serviceId);
    row.service = service ? service->name : tr("unknown service #%1").arg(instance->serviceId);
    const Node *node = m_store->node(instance->nodeId);
    row.node = node ? node->hostname : tr("unknown node #%1").arg(instance->nodeId);
    switch (row.health) {
    case HealthState::Critical:
        row.severity = Severity::Critical;
        break;
    case HealthState::Warning:
        row.severity = Severity::Warning;
        break;
    case HealthState::Unknown:
        row.severity = Severity::Info;
        break;
    case HealthState::Passing:
        row.severity = Severity::Ok;
        break;
    }
    row.searchText = (row.service + u'\n' + row.node + u'\n' + row.group + u'\n' + row.endpoint).toLower();
    return row;
}

bool InstanceTableModel::sameCell(const Row &a, const Row &b, int column)
{
    switch (column) {
    case ServiceColumn:
        return a.service == b.service;
    case NodeColumn:
        return a.node == b.node && a.nodeId == b.nodeId;
    case GroupColumn:
        return a.group == b.group;
    case RoleColumn:
        return a.role == b.role;
    case EndpointColumn:
        return a.endpoint == b.endpoint;
    case HealthColumn:
        return a.health == b.health;
    case GenerationColumn:
        return a.generation == b.generation;
    default:
        return true;
    }
}

void InstanceTableModel::onInstancesChanged(const RowChanges &changes)
{
    QList<qint64> gone = changes.removed;
    QList<qint64> fresh;
    QList<qint64> changed;
    for (const qint64 id : changes.added + changes.updated) {
        const bool wanted = accepts(id);
        const bool present = m_rows.contains(id);
        if (wanted && present)
            changed.append(id);
        else if (wanted)
            fresh.append(id);
        else if (present)
            gone.append(id); // moved to another node
    }
    removeIds(gone);
    appendIds(fresh);
    refresh(changed);
}

void InstanceTableModel::removeIds(const QList<qint64> &ids)
{
    QList<int> rows;
    for (const qint64 id : ids) {
        const int row = m_rows.indexOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    int lowest = m_rows.size();
    forEachRunDescending(rows, [&](int first, int last) {
        beginRemoveRows({}, first, last);
        m_rows.eraseRange(first, last);
        endRemoveRows();
        lowest = first;
    });
    m_rows.reindexFrom(lowest);
}

void InstanceTableModel::appendIds(const QList<qint64> &ids)
{
    QList<qint64> fresh;
    QSet<qint64> seen; // an id may be both added and updated when a snapshot repeats it
    for (const qint64 id : ids) {
        if (!m_rows.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            fresh.append(id);
        }
    }
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end());
    const int first = m_rows.size();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const qint64 id : fresh)
        m_rows.append(makeRow(id));
    endInsertRows();
}

void InstanceTableModel::refresh(const QList<qint64> &ids)
{
    RowBatch batch;
    for (const qint64 id : ids) {
        const int r = m_rows.indexOf(id);
        if (r < 0)
            continue;
        Row next = makeRow(id);
        Row &current = m_rows.at(r);
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

void InstanceTableModel::refreshAll()
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        ids.append(m_rows.at(i).key);
    refresh(ids);
}

} // namespace looma
