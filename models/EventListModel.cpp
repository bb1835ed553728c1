#include "EventListModel.h"

#include "FleetStore.h"
#include "ModelRoles.h"
#include "RowBatch.h"
#include "StatusText.h"

#include <algorithm>

namespace looma {
namespace {

std::size_t kindIndex(EventKind kind)
{
    switch (kind) {
    case EventKind::Health:
        return 0;
    case EventKind::Failover:
        return 1;
    case EventKind::Audit:
        return 2;
    case EventKind::Alert:
        return 3;
    }
    return 0;
}

template <typename R>
bool sameRow(const R &a, const R &b)
{
    return a.kind == b.kind && a.severity == b.severity && a.at == b.at && a.source == b.source
        && a.message == b.message;
}

} // namespace

EventListModel::EventListModel(FleetStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    retranslate();
    const RecentHistory &history = m_store->history();
    addHistory(history.healthEvents(), history.failoverEvents(), history.auditEntries());
    connect(m_store, &FleetStore::historyAppended, this, &EventListModel::addHistory);
}

void EventListModel::setLimit(int rows)
{
    m_limit = std::max(1, rows);
    trim();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return row.timeText;
        case SeverityColumn:
            return m_severityText[static_cast<std::size_t>(row.severity)];
        case KindColumn:
            return m_kindText[kindIndex(row.kind)];
        case SourceColumn:
            return row.source;
        case MessageColumn:
            return row.message;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return row.at.toMSecsSinceEpoch();
        case SeverityColumn:
            return static_cast<int>(row.severity);
        case KindColumn:
            return static_cast<int>(row.kind);
        case SourceColumn:
            return row.source;
        case MessageColumn:
            return row.message;
        default:
            return {};
        }
    case IdRole:
        return row.key;
    case StatusRole:
    case SeverityRole:
        return static_cast<int>(row.severity);
    case KindRole:
        return static_cast<int>(row.kind);
    case AcknowledgedRole:
        return m_acknowledged.contains(row.key);
    case TimestampRole:
        return row.at;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

bool EventListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != AcknowledgedRole || !index.isValid() || index.row() >= rowCount() || !value.toBool())
        return false; // acknowledging is one-way
    return acknowledge(m_rows[static_cast<std::size_t>(index.row())].key);
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

bool EventListModel::acknowledge(const QString &key)
{
    const int row = m_index.value(key, -1);
    if (row < 0 || m_acknowledged.contains(key))
        return false;
    m_acknowledged.insert(key);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {AcknowledgedRole});
    return true;
}

int EventListModel::unacknowledgedCount(Severity atLeast) const
{
    int count = 0;
    for (const Row &row : m_rows) {
        if (row.severity >= atLeast && !m_acknowledged.contains(row.key))
            ++count;
    }
    return count;
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers[static_cast<std::size_t>(section)];
}

void EventListModel::retranslate()
{
    for (const Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Critical})
        m_severityText[static_cast<std::size_t>(s)] = StatusText::severity(s);
    for (const EventKind k : {EventKind::Health, EventKind::Failover, EventKind::Audit, EventKind::Alert})
        m_kindText[kindIndex(k)] = StatusText::eventKind(k);
    m_headers = {tr("Time"), tr("Severity"), tr("Kind"), tr("Source"), tr("Message")};
    if (m_rows.empty())
        return;
    // Messages already built keep their language until they scroll out; only the cached words change.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, SeverityColumn), index(rowCount() - 1, KindColumn), {Qt::DisplayRole});
}

void EventListModel::addHistory(const QList<HealthEvent> &health, const QList<FailoverEvent> &failovers,
                                const QList<AuditEntry> &audit)
{
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(health.size() + failovers.size() + audit.size()));
    for (const HealthEvent &e : health)
        rows.push_back(makeRow(e));
    for (const FailoverEvent &e : failovers)
        rows.push_back(makeRow(e));
    for (const AuditEntry &e : audit)
        rows.push_back(makeRow(e));
    upsert(std::move(rows));
}

void EventListModel::setAlerts(const QList<PrometheusAlert> &alerts)
{
    std::vector<Row> rows;
    QSet<QString> keys;
    for (const PrometheusAlert &alert : alerts) {
        rows.push_back(makeRow(alert));
        keys.insert(rows.back().key);
    }
    removeKeys(m_alertKeys - keys); // resolved
    m_alertKeys = keys;
    upsert(std::move(rows));
}

QString EventListModel::instanceLabel(qint64 instanceId) const
{
    const ServiceInstance *instance = m_store->instance(instanceId);
    if (!instance)
        return tr("instance #%1").arg(instanceId);
    const Service *service = m_store->service(instance->serviceId);
    return service ? tr("%1 at %2").arg(service->name, instance->endpoint) : instance->endpoint;
}

EventListModel::Row EventListModel::makeRow(const HealthEvent &e) const
{
    Row row;
    row.key = QStringLiteral("h:") + QString::number(e.id);
    row.kind = EventKind::Health;
    row.at = e.observedAt;
    row.source = instanceLabel(e.instanceId);
    row.message = tr("%1 → %2").arg(StatusText::health(e.fromState), StatusText::health(e.toState));
    if (!e.detail.isEmpty())
        row.message += QStringLiteral(": ") + e.detail;
    switch (e.toState) {
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
    finish(row);
    return row;
}

EventListModel::Row EventListModel::makeRow(const FailoverEvent &e) const
{
    Row row;
    row.key = QStringLiteral("f:") + QString::number(e.id);
    row.kind = EventKind::Failover;
    row.at = e.startedAt;
    row.source = e.failoverGroup;
    row.message = tr("%1 failover by %2: %3 → %4, %5 (generation %6)")
                      .arg(StatusText::failoverTrigger(e.trigger), e.actor, instanceLabel(e.fromInstanceId),
                           instanceLabel(e.toInstanceId), StatusText::failoverOutcome(e.outcome))
                      .arg(e.fencingGeneration);
    if (!e.reason.isEmpty())
        row.message += QStringLiteral("; ") + e.reason;
    const bool failed = e.outcome == FailoverOutcome::Refused || e.outcome == FailoverOutcome::Failed
        || e.outcome == FailoverOutcome::ActuationFailed;
    // A failover that worked still means a primary was lost: never below Warning.
    row.severity = failed ? Severity::Critical : Severity::Warning;
    finish(row);
    return row;
}

EventListModel::Row EventListModel::makeRow(const AuditEntry &e) const
{
    Row row;
    row.key = QStringLiteral("a:") + QString::number(e.id);
    row.kind = EventKind::Audit;
    row.at = e.at;
    row.source = e.actor;
    row.message = e.target.isEmpty() ? e.action : e.action + u' ' + e.target;
    row.severity = Severity::Info;
    finish(row);
    return row;
}

EventListModel::Row EventListModel::makeRow(const PrometheusAlert &a) const
{
    Row row;
    row.key = QStringLiteral("p:") + a.key();
    row.kind = EventKind::Alert;
    row.at = a.activeAt;
    row.source = a.target;
    row.message = a.summary.isEmpty() ? a.name : a.name + QStringLiteral(": ") + a.summary;
    if (a.state == QLatin1String("pending"))
        row.message = tr("%1 (pending)").arg(row.message);
    const QString severity = a.severity.toLower();
    if (severity == QLatin1String("critical") || severity == QLatin1String("page"))
        row.severity = Severity::Critical;
    else if (severity == QLatin1String("warning"))
        row.severity = Severity::Warning;
    else
        row.severity = Severity::Info;
    finish(row);
    return row;
}

void EventListModel::finish(Row &row) const
{
    row.timeText = row.at.isValid() ? row.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                    : QString();
    row.searchText = (row.source + u'\n' + row.message).toLower();
}

void EventListModel::upsert(std::vector<Row> rows)
{
    // 1. Rows already shown at the same time are updated in place; a changed time means a move.
    RowBatch batch;
    QSet<QString> moving;
    std::vector<Row> fresh;
    QSet<QString> seen;
    for (Row &row : rows) {
        if (seen.contains(row.key))
            continue;
        seen.insert(row.key);
        const int r = m_index.value(row.key, -1);
        if (r < 0) {
            fresh.push_back(std::move(row));
            continue;
        }
        Row &current = m_rows[static_cast<std::size_t>(r)];
        if (current.at != row.at) {
            moving.insert(row.key);
            fresh.push_back(std::move(row));
        } else if (!sameRow(current, row)) {
            current = std::move(row);
            batch.add(r, 0, ColumnCount - 1);
        }
    }
    batch.flush([this](int top, int bottom, int first, int last) {
        Q_EMIT dataChanged(index(top, first), index(bottom, last));
    });
    removeKeys(moving);
    if (fresh.empty())
        return;

    // 2. New rows, newest first. The usual case (all newer than the head) is one block at row 0.
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row &a, const Row &b) { return a.at > b.at; });
    if (fresh.size() > static_cast<std::size_t>(m_limit))
        fresh.resize(static_cast<std::size_t>(m_limit));
    if (m_rows.empty() || fresh.back().at >= m_rows.front().at) {
        beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
        m_rows.insert(m_rows.begin(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
        endInsertRows();
    } else {
        for (Row &row : fresh) {
            const auto at = std::partition_point(m_rows.begin(), m_rows.end(),
                                                 [&row](const Row &r) { return r.at >= row.at; });
            const int pos = static_cast<int>(at - m_rows.begin());
            beginInsertRows({}, pos, pos);
            m_rows.insert(at, std::move(row));
            endInsertRows();
        }
    }
    reindex();
    trim();
}

void EventListModel::removeKeys(const QSet<QString> &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const int r = m_index.value(key, -1);
        if (r >= 0)
            rows.append(r);
    }
    if (rows.isEmpty())
        return;
    forEachRunDescending(rows, [this](int first, int last) {
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    });
    reindex();
}

void EventListModel::trim()
{
    const int size = rowCount();
    if (size <= m_limit)
        return;
    beginRemoveRows({}, m_limit, size - 1);
    for (int i = m_limit; i < size; ++i) {
        m_index.remove(m_rows[static_cast<std::size_t>(i)].key);
        m_alertKeys.remove(m_rows[static_cast<std::size_t>(i)].key);
    }
    m_rows.resize(static_cast<std::size_t>(m_limit));
    endRemoveRows();
}

void EventListModel::reindex()
{
    m_index.clear();
    m_index.reserve(rowCount());
    for (int i = 0; i < rowCount(); ++i)
        m_index.insert(m_rows[static_cast<std::size_t>(i)].key, i);
}

} // namespace looma
