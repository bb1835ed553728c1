#include "RegistryReader.h"

#include "RowDecoder.h"

#include <algorithm>
#include <pqxx/pqxx>

namespace looma {
namespace {

using ReadOnlyTx = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

QString tableName(const char *name)
{
    return QString::fromLatin1(name);
}

std::string selectAll(const char *columns, const char *table)
{
    return std::string("SELECT ") + columns + " FROM " + table;
}

std::string selectSince(const char *columns, const char *table, const char *key, qint64 after)
{
    return std::string("SELECT ") + columns + " FROM " + table + " WHERE " + key + " > " +
           std::to_string(after) + " ORDER BY " + key;
}

std::string selectNewest(const char *columns, const char *table, const char *key, qint64 limit)
{
    return std::string("SELECT ") + columns + " FROM " + table + " ORDER BY " + key + " DESC LIMIT " +
           std::to_string(limit);
}

qint64 sequenceValue(pqxx::transaction_base &tx)
{
    const pqxx::row row =
        tx.exec1("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM registry_change_seq");
    return row[0].as<qint64>();
}

template <typename T> qint64 seqOf(const T &row)
{
    return row.changeSeq;
}

} // namespace

RegistryReader::RegistryReader(qint64 overlap, int historyLimit)
    : m_overlap(std::max<qint64>(0, overlap))
    , m_historyLimit(std::max(0, historyLimit))
{}

template <typename T>
void RegistryReader::readRows(pqxx::transaction_base &tx, const std::string &sql, const QString &table,
                              QList<T> &out, QList<RejectedRow> &rejected)
{
    const pqxx::result result = tx.exec(sql);
    out.reserve(out.size() + qsizetype(result.size()));
    RawRow raw;
    QSet<qint64> *reported = m_reported.isEmpty() ? nullptr : &m_reported[table];
    for (const pqxx::row &row : result) {
        raw.resize(qsizetype(row.size()));
        for (pqxx::row::size_type i = 0; i < row.size(); ++i) {
            const pqxx::field f = row[i];
            raw[qsizetype(i)] = f.is_null() ? RawField{} : RawField{f.c_str(), int(f.size())};
        }
        T value;
        const QString reason = RowDecoder::decode(raw, value);
        if (reason.isEmpty()) {
            if (reported && !reported->isEmpty())
                reported->remove(value.id); // fixed since: report it again if it breaks again
            out.append(std::move(value));
        } else {
            report(table, RowDecoder::rowId(raw), reason, rejected);
        }
    }
}

void RegistryReader::report(const QString &table, qint64 id, const QString &reason,
                            QList<RejectedRow> &rejected)
{
    QSet<qint64> &ids = m_reported[table];
    if (ids.contains(id))
        return;
    ids.insert(id);
    rejected.append(RejectedRow{table, id, reason});
}

void RegistryReader::rememberSeq(qint64 seq)
{
    if (seq > m_changeSeq - m_overlap)
        m_seenSeqs.insert(seq);
}

RegistryReader::Result RegistryReader::readFull(pqxx::connection_base &connection)
{
    Result out;
    FleetSnapshot &s = out.snapshot;
    s.full = true;
    ReadOnlyTx tx(connection);
    const qint64 seq = sequenceValue(tx);
    const qint64 historyRows = std::max<qint64>(m_historyLimit, m_overlap);

    readRows(tx, selectAll(RowDecoder::regionColumns(), "regions"), tableName("regions"), s.regions,
             out.rejected);
    readRows(tx, selectAll(RowDecoder::clusterColumns(), "clusters"), tableName("clusters"), s.clusters,
             out.rejected);
    readRows(tx, selectAll(RowDecoder::nodeColumns(), "nodes"), tableName("nodes"), s.nodes, out.rejected);
    readRows(tx, selectAll(RowDecoder::serviceColumns(), "services"), tableName("services"), s.services,
             out.rejected);
    readRows(tx, selectAll(RowDecoder::instanceColumns(), "service_instances"),
             tableName("service_instances"), s.instances, out.rejected);
    readRows(tx, selectAll(RowDecoder::policyColumns(), "check_policies"), tableName("check_policies"),
             s.policies, out.rejected);
    // History newest first, at least the whole overlap window so the next delta's filter knows it.
    readRows(tx, selectNewest(RowDecoder::healthEventColumns(), "health_events", "id", historyRows),
             tableName("health_events"), s.healthEvents, out.rejected);
    readRows(tx,
             selectNewest(RowDecoder::failoverEventColumns(), "failover_events", "change_seq", historyRows),
             tableName("failover_events"), s.failoverEvents, out.rejected);
    readRows(tx, selectNewest(RowDecoder::auditColumns(), "audit_log", "id", historyRows),
             tableName("audit_log"), s.auditEntries, out.rejected);
    const qint64 maxHealth = tx.exec1("SELECT coalesce(max(id), 0) FROM health_events")[0].as<qint64>();
    const qint64 maxAudit = tx.exec1("SELECT coalesce(max(id), 0) FROM audit_log")[0].as<qint64>();
    const pqxx::result tombstones =
        tx.exec_params("SELECT change_seq FROM registry_tombstones WHERE change_seq > $1",
                       std::max<qint64>(0, seq - m_overlap));
    tx.commit();

    m_loaded = true;
    m_changeSeq = seq;
    m_healthId = maxHealth;
    m_auditId = maxAudit;
    m_seenSeqs.clear();
    m_seenHealthIds.clear();
    m_seenAuditIds.clear();
    auto remember = [this](const auto &rows) {
        for (const auto &row : rows)
            rememberSeq(seqOf(row));
    };
    remember(s.regions);
    remember(s.clusters);
    remember(s.nodes);
    remember(s.services);
    remember(s.instances);
    remember(s.policies);
    remember(s.failoverEvents);
    for (const pqxx::row &row : tombstones)
        rememberSeq(row[0].as<qint64>());
    for (const HealthEvent &e : std::as_const(s.healthEvents))
        if (e.id > m_healthId - m_overlap)
            m_seenHealthIds.insert(e.id);
    for (const AuditEntry &e : std::as_const(s.auditEntries))
        if (e.id > m_auditId - m_overlap)
            m_seenAuditIds.insert(e.id);

    // Newest-first queries; the snapshot lists history oldest first, trimmed to the limit.
    auto oldestFirst = [this](auto &list) {
        std::reverse(list.begin(), list.end());
        if (list.size() > m_historyLimit)
            list.remove(0, list.size() - m_historyLimit);
    };
    oldestFirst(s.healthEvents);
    oldestFirst(s.failoverEvents);
    oldestFirst(s.auditEntries);

    s.watermark = m_changeSeq;
    s.fetchedAt = QDateTime::currentDateTimeUtc();
    return out;
}

template <typename T> void RegistryReader::keepUnseenBySeq(QList<T> &rows)
{
    rows.removeIf([this](const T &row) { return m_seenSeqs.contains(row.changeSeq); });
    for (const T &row : std::as_const(rows)) {
        m_seenSeqs.insert(row.changeSeq);
        m_changeSeq = std::max(m_changeSeq, row.changeSeq);
    }
}

template <typename T> void RegistryReader::keepUnseenById(QList<T> &rows, QSet<qint64> &seen)
{
    rows.removeIf([&seen](const T &row) { return seen.contains(row.id); });
    for (const T &row : std::as_const(rows))
        seen.insert(row.id);
}

void RegistryReader::readTombstones(pqxx::transaction_base &tx, qint64 after, FleetSnapshot &delta)
{
    const pqxx::result result =
        tx.exec_params("SELECT table_name, row_id, change_seq FROM registry_tombstones WHERE change_seq > $1 "
                       "ORDER BY change_seq",
                       after);
    for (const pqxx::row &row : result) {
        const qint64 seq = row[2].as<qint64>();
        if (m_seenSeqs.contains(seq))
            continue;
        m_seenSeqs.insert(seq);
        m_changeSeq = std::max(m_changeSeq, seq);
        const std::string_view table(row[0].c_str(), row[0].size());
        const qint64 id = row[1].as<qint64>();
        if (table == "regions")
            delta.deletedRegions.append(id);
        else if (table == "clusters")
            delta.deletedClusters.append(id);
        else if (table == "nodes")
            delta.deletedNodes.append(id);
        else if (table == "services")
            delta.deletedServices.append(id);
        else if (table == "service_instances")
            delta.deletedInstances.append(id);
        else if (table == "check_policies")
            delta.deletedPolicies.append(id);
        // failover_events deletions: history is append-only for the console; nothing to retract.
    }
}

RegistryReader::Result RegistryReader::readDelta(pqxx::connection_base &connection)
{
    Result out;
    FleetSnapshot &d = out.snapshot;
    ReadOnlyTx tx(connection);
    if (sequenceValue(tx) < m_changeSeq) {
        // The sequence went backwards: a restored or re-created registry. Deltas would be wrong.
        out.needsFullReload = true;
        return out;
    }
    const qint64 fromSeq = std::max<qint64>(0, m_changeSeq - m_overlap);
    const qint64 fromHealth = std::max<qint64>(0, m_healthId - m_overlap);
    const qint64 fromAudit = std::max<qint64>(0, m_auditId - m_overlap);

    readRows(tx, selectSince(RowDecoder::regionColumns(), "regions", "change_seq", fromSeq),
             tableName("regions"), d.regions, out.rejected);
    readRows(tx, selectSince(RowDecoder::clusterColumns(), "clusters", "change_seq", fromSeq),
             tableName("clusters"), d.clusters, out.rejected);
    readRows(tx, selectSince(RowDecoder::nodeColumns(), "nodes", "change_seq", fromSeq), tableName("nodes"),
             d.nodes, out.rejected);
    readRows(tx, selectSince(RowDecoder::serviceColumns(), "services", "change_seq", fromSeq),
             tableName("services"), d.services, out.rejected);
    readRows(tx, selectSince(RowDecoder::instanceColumns(), "service_instances", "change_seq", fromSeq),
             tableName("service_instances"), d.instances, out.rejected);
    readRows(tx, selectSince(RowDecoder::policyColumns(), "check_policies", "change_seq", fromSeq),
             tableName("check_policies"), d.policies, out.rejected);
    readRows(tx, selectSince(RowDecoder::failoverEventColumns(), "failover_events", "change_seq", fromSeq),
             tableName("failover_events"), d.failoverEvents, out.rejected);
    readRows(tx, selectSince(RowDecoder::healthEventColumns(), "health_events", "id", fromHealth),
             tableName("health_events"), d.healthEvents, out.rejected);
    readRows(tx, selectSince(RowDecoder::auditColumns(), "audit_log", "id", fromAudit),
             tableName("audit_log"), d.auditEntries, out.rejected);
    readTombstones(tx, fromSeq, d);
    tx.commit();

    keepUnseenBySeq(d.regions);
    keepUnseenBySeq(d.clusters);
    keepUnseenBySeq(d.nodes);
    keepUnseenBySeq(d.services);
    keepUnseenBySeq(d.instances);
    keepUnseenBySeq(d.policies);
    keepUnseenBySeq(d.failoverEvents);
    keepUnseenById(d.healthEvents, m_seenHealthIds);
    keepUnseenById(d.auditEntries, m_seenAuditIds);
    for (const HealthEvent &e : std::as_const(d.healthEvents))
        m_healthId = std::max(m_healthId, e.id);
    for (const AuditEntry &e : std::as_const(d.auditEntries))
        m_auditId = std::max(m_auditId, e.id);
    pruneWindows();

    d.full = false;
    d.watermark = m_changeSeq;
    d.fetchedAt = QDateTime::currentDateTimeUtc();
    return out;
}

void RegistryReader::pruneWindows()
{
    const qint64 seqFloor = m_changeSeq - m_overlap;
    m_seenSeqs.removeIf([seqFloor](qint64 seq) { return seq <= seqFloor; });
    const qint64 healthFloor = m_healthId - m_overlap;
    m_seenHealthIds.removeIf([healthFloor](qint64 id) { return id <= healthFloor; });
    const qint64 auditFloor = m_auditId - m_overlap;
    m_seenAuditIds.removeIf([auditFloor](qint64 id) { return id <= auditFloor; });
}

} // namespace looma
