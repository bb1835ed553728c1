#include "FailoverGroupModel.h"

#include "FleetStore.h"
#include "ModelRoles.h"
#include "RowBatch.h"
#include "StatusText.h"

#include <QDateTime>

#include <algorithm>

namespace looma {

FailoverGroupModel::FailoverGroupModel(FleetStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    retranslate();
    for (const QString &group : m_store->failoverGroups())
        m_rows.append(makeRow(group));
    connect(m_store, &FleetStore::failoverGroupsChanged, this, &FailoverGroupModel::onGroupsChanged);
    connect(m_store, &FleetStore::servicesChanged, this, &FailoverGroupModel::refreshAll);
}

int FailoverGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int FailoverGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailoverGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case GroupColumn:
            return row.key;
        case ServiceColumn:
            return row.service;
        case PrimaryColumn:
            return row.primary;
        case PrimaryHealthColumn:
            if (role == SortRole)
                return row.primaryHealth;
            return row.primaryHealth < 0 ? QString() : m_healthText[static_cast<std::size_t>(row.primaryHealth)];
        case StandbysColumn:
            return role == SortRole ? QVariant(row.passingStandbys) : QVariant(row.standbys);
        case GenerationColumn:
            return row.generation;
        case MaintenanceColumn:
            return row.maintenance;
        default:
            return {};
        }
    }
    switch (role) {
    case IdRole:
        return row.key;
    case StatusRole:
        return row.primaryHealth;
    case SeverityRole:
        return static_cast<int>(row.severity);
    case SearchTextRole:
        return QVariant(row.key.toLower() + u'\n' + row.service.toLower());
    default:
        return {};
    }
}

QVariant FailoverGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers[static_cast<std::size_t>(section)];
}

void FailoverGroupModel::retranslate()
{
    for (const HealthState h : {HealthState::Unknown, HealthState::Passing, HealthState::Warning, HealthState::Critical})
        m_healthText[static_cast<std::size_t>(h)] = StatusText::health(h);
    m_headers = {tr("Group"),      tr("Service"),    tr("Primary"),    tr("Primary health"),
                 tr("Standbys"),   tr("Generation"), tr("Maintenance")};
    if (m_rows.size() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, PrimaryHealthColumn), index(m_rows.size() - 1, PrimaryHealthColumn));
    refreshAll();
}

FailoverGroupModel::Row FailoverGroupModel::makeRow(const QString &group) const
{
    Row row;
    row.key = group;
    QList<qint64> ids = m_store->instancesInGroup(group);
    std::sort(ids.begin(), ids.end()); // stable standby order between refreshes
    QStringList standbys;
    int inMaintenance = 0;
    bool standbyPassing = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const qint64 id : ids) {
        const ServiceInstance *instance = m_store->instance(id);
        if (!instance)
            continue;
        if (row.service.isEmpty()) {
            const Service *service = m_store->service(instance->serviceId);
            row.service = service ? service->name : tr("unknown service #%1").arg(instance->serviceId);
        }
        row.generation = std::max(row.generation, instance->generation);
        if (instance->maintenance.activeAt(now))
            ++inMaintenance;
        const QString health = m_healthText[static_cast<std::size_t>(instance->status)];
        if (instance->role == InstanceRole::Primary && row.primaryId == 0) {
            row.primaryId = id;
            row.primary = instance->endpoint;
            row.primaryHealth = static_cast<int>(instance->status);
        } else {
            // Concatenated, not tr("%1 (%2)").arg(): this runs for every member of every touched group.
            standbys.append(instance->endpoint + QStringLiteral(" (") + health + u')');
            if (instance->status == HealthState::Passing) {
                standbyPassing = true;
                ++row.passingStandbys;
            }
        }
    }
    row.standbys = standbys.join(QStringLiteral(", "));
    if (inMaintenance > 0)
        row.maintenance = tr("%1 of %2 instances").arg(inMaintenance).arg(ids.size());

    const auto primary = static_cast<HealthState>(row.primaryHealth);
    if (row.primaryId == 0 || primary == HealthState::Critical)
        row.severity = Severity::Critical;
    else if (primary != HealthState::Passing || !standbyPassing)
        row.severity = Severity::Warning; // working, but a failover would have nowhere to go
    return row;
}

void FailoverGroupModel::onGroupsChanged(const QStringList &groups)
{
    QList<int> gone;
    QStringList fresh;
    RowBatch batch;
    for (const QString &group : groups) {
        const int r = m_rows.indexOf(group);
        const bool exists = !m_store->instancesInGroup(group).isEmpty();
        if (r >= 0 && !exists) {
            gone.append(r);
        } else if (r < 0 && exists) {
            fresh.append(group);
        } else if (r >= 0) {
            Row next = makeRow(group);
            if (next == m_rows.at(r))
                continue;
            m_rows.at(r) = std::move(next);
            batch.add(r, 0, ColumnCount - 1); // a handful of rows; per-cell diffing buys nothing
        }
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
        const int first = m_rows.size();
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (const QString &group : fresh)
            m_rows.append(makeRow(group));
        endInsertRows();
    }
}

void FailoverGroupModel::refreshAll()
{
    QStringList groups;
    for (int i = 0; i < m_rows.size(); ++i)
        groups.append(m_rows.at(i).key);
    onGroupsChanged(groups);
}

} // namespace looma
