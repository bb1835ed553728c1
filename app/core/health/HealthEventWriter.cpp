#include "HealthEventWriter.h"

#include <QHash>
#include <pqxx/pqxx>

namespace looma {

HealthEventWriter::HealthEventWriter(const QString &dsn, const QString &observer, QObject *parent)
    : QObject(parent)
    , m_dsn(dsn.toStdString())
    , m_observer(observer)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, [this] { flush(); });
}

HealthEventWriter::~HealthEventWriter() = default;

std::string HealthEventWriter::insertSql(const QList<HealthTransition> &batch, const std::string &observerLiteral,
                                         const std::function<std::string(const std::string &)> &quote)
{
    // Joining service_instances drops events of instances deleted meanwhile instead of failing the
    // whole batch on the foreign key.
    std::string sql = "INSERT INTO health_events (instance_id, from_state, to_state, observed_at, observer, detail) "
                      "SELECT v.instance_id, v.from_state, v.to_state, v.observed_at, "
        + observerLiteral + ", v.detail FROM (VALUES ";
    bool first = true;
    for (const HealthTransition &t : batch) {
        sql += first ? "(" : ",(";
        first = false;
        sql += std::to_string(t.instanceId) + "::bigint,'" + toDbText(t.fromState).toStdString() + "'::text,'"
            + toDbText(t.toState).toStdString() + "'::text,"
            + quote(t.observedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()) + "::timestamptz,"
            + quote(t.detail.left(4000).toStdString()) + "::text)";
    }
    sql += ") AS v(instance_id, from_state, to_state, observed_at, detail) "
           "JOIN service_instances si ON si.id = v.instance_id";
    return sql;
}

std::string HealthEventWriter::statusSql(const QList<HealthTransition> &batch)
{
    // The last transition of each instance in the batch is its status now.
    QHash<qint64, HealthState> last;
    QList<qint64> order;
    for (const HealthTransition &t : batch) {
        if (!last.contains(t.instanceId))
            order.append(t.instanceId);
        last.insert(t.instanceId, t.toState);
    }
    std::string sql = "UPDATE service_instances si SET status = v.status FROM (VALUES ";
    bool first = true;
    for (qint64 id : std::as_const(order)) {
        sql += first ? "(" : ",(";
        first = false;
        sql += std::to_string(id) + "::bigint,'" + toDbText(last.value(id)).toStdString() + "'::text)";
    }
    sql += ") AS v(id, status) WHERE si.id = v.id AND si.status IS DISTINCT FROM v.status";
    return sql;
}

void HealthEventWriter::write(const QList<HealthTransition> &batch)
{
    m_backlog.append(batch);
    if (m_backlog.size() > MaxBacklog) // the registry is down for long: keep the newest
        m_backlog.remove(0, m_backlog.size() - MaxBacklog);
    flush();
}

void HealthEventWriter::flush()
{
    if (m_backlog.isEmpty())
        return;
    try {
        if (!m_conn || !m_conn->is_open())
            m_conn = std::make_unique<pqxx::connection>(m_dsn);
        pqxx::work tx(*m_conn, "health-events");
        const auto quote = [&tx](const std::string &s) { return tx.quote(s); };
        const std::string observer = tx.quote(m_observer.toStdString());
        int events = 0;
        int updates = 0;
        for (qsizetype from = 0; from < m_backlog.size(); from += MaxRowsPerStatement) {
            const QList<HealthTransition> part = m_backlog.mid(from, MaxRowsPerStatement);
            events += int(tx.exec(insertSql(part, observer, quote)).affected_rows());
            updates += int(tx.exec(statusSql(part)).affected_rows());
        }
        tx.commit();
        m_backlog.clear();
        Q_EMIT batchWritten(events, updates);
    } catch (const pqxx::broken_connection &e) {
        m_conn.reset();
        m_retry.start();
        Q_EMIT writeFailed(QString::fromUtf8(e.what()).trimmed());
    } catch (const std::exception &e) {
        // A statement error would repeat forever: drop the batch, say so.
        const bool connectionLost = !m_conn || !m_conn->is_open();
        if (connectionLost) {
            m_conn.reset();
            m_retry.start();
        } else {
            m_backlog.clear();
        }
        Q_EMIT writeFailed(QString::fromUtf8(e.what()).trimmed());
    }
}

} // namespace looma
