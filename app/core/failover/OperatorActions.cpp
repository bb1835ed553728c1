#include "OperatorActions.h"

#include "SessionIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <pqxx/pqxx>

namespace looma {
namespace {

std::string s(const QString &text) { return text.toStdString(); }

QDateTime fromEpochMs(const pqxx::field &f)
{
    return f.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(f.as<long long>(), Qt::UTC);
}

QString scopeText(MaintenanceScope scope)
{
    switch (scope) {
    case MaintenanceScope::Node: return QStringLiteral("node");
    case MaintenanceScope::Group: return QStringLiteral("group");
    case MaintenanceScope::Region: return QStringLiteral("region");
    }
    return QString();
}

// One privilege a failover needs: the SQL test and the words shown when it is missing.
struct Need
{
    const char *sql;
    const char *what;
};

// Everything PromotionTransaction writes with, including the sequences that bigserial columns
// and the change-stamp trigger draw from (the trigger runs with the caller's rights).
const Need failoverNeeds[] = {
    {"has_table_privilege(current_user, 'service_instances', 'SELECT')", "SELECT on service_instances"},
    {"has_column_privilege(current_user, 'service_instances', 'role', 'UPDATE')", "UPDATE of service_instances.role"},
    {"has_column_privilege(current_user, 'service_instances', 'status', 'UPDATE')", "UPDATE of service_instances.status"},
    {"has_column_privilege(current_user, 'service_instances', 'generation', 'UPDATE')",
     "UPDATE of service_instances.generation"},
    {"has_table_privilege(current_user, 'services', 'SELECT')", "SELECT on services"},
    {"has_table_privilege(current_user, 'failover_events', 'INSERT')", "INSERT on failover_events"},
    {"has_column_privilege(current_user, 'failover_events', 'outcome', 'UPDATE')", "UPDATE of failover_events.outcome"},
    {"has_table_privilege(current_user, 'audit_log', 'INSERT')", "INSERT on audit_log"},
    {"has_sequence_privilege(current_user, 'failover_events_id_seq', 'USAGE')", "USAGE on failover_events_id_seq"},
    {"has_sequence_privilege(current_user, 'audit_log_id_seq', 'USAGE')", "USAGE on audit_log_id_seq"},
    {"has_sequence_privilege(current_user, 'registry_change_seq', 'USAGE')", "USAGE on registry_change_seq"},
};

const Need maintenanceNeeds[] = {
    {"has_column_privilege(current_user, 'nodes', 'maintenance_until', 'UPDATE')", "UPDATE of nodes.maintenance_until"},
    {"has_column_privilege(current_user, 'regions', 'maintenance_until', 'UPDATE')",
     "UPDATE of regions.maintenance_until"},
    {"has_column_privilege(current_user, 'service_instances', 'maintenance_until', 'UPDATE')",
     "UPDATE of service_instances.maintenance_until"},
    {"has_table_privilege(current_user, 'audit_log', 'INSERT')", "INSERT on audit_log"},
};

template <std::size_t N>
QStringList missing(pqxx::transaction_base &tx, const Need (&needs)[N])
{
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < N; ++i)
        sql += (i ? ", " : "") + std::string(needs[i].sql);
    const pqxx::row row = tx.exec1(sql);
    QStringList out;
    for (std::size_t i = 0; i < N; ++i) {
        if (!row[static_cast<pqxx::row::size_type>(i)].as<bool>())
            out << QString::fromLatin1(needs[i].what);
    }
    return out;
}

} // namespace

OperatorActions::OperatorActions(pqxx::connection_base &connection)
    : m_connection(connection)
{
}

OperatorActionResult OperatorActions::setMaintenance(const MaintenanceRequest &req)
{
    OperatorActionResult result;
    result.requestId = req.requestId;
    const bool set = req.until.isValid();
    if (set && req.reason.trimmed().isEmpty()) {
        result.message = tr("Maintenance needs a reason.");
        return result;
    }
    const QString actor = req.actor.isEmpty() ? SessionIdentity::localActor() : req.actor;
    const QString target = req.scope == MaintenanceScope::Group
        ? req.group
        : scopeText(req.scope) + QLatin1Char(':') + QString::number(req.targetId);
    std::string table;
    std::string where;
    switch (req.scope) {
    case MaintenanceScope::Node: table = "nodes"; where = "id = $3::bigint"; break;
    case MaintenanceScope::Region: table = "regions"; where = "id = $3::bigint"; break;
    case MaintenanceScope::Group: table = "service_instances"; where = "failover_group = $3::text"; break;
    }
    const std::string key = req.scope == MaintenanceScope::Group ? s(req.group) : std::to_string(req.targetId);
    try {
        pqxx::work tx(m_connection, "maintenance");
        const std::string until = set ? s(req.until.toUTC().toString(Qt::ISODateWithMs)) : std::string();
        const pqxx::result r = tx.exec_params(
            "UPDATE " + table + " SET maintenance_until = NULLIF($1, '')::timestamptz, "
            "maintenance_reason = NULLIF(left($2, 1000), '') WHERE " + where,
            until, set ? s(req.reason.trimmed()) : std::string(), key);
        if (r.affected_rows() == 0) {
            result.message = tr("No %1 matches %2; nothing changed.").arg(scopeText(req.scope), target);
            return result; // the transaction rolls back with tx
        }
        QJsonObject detail{{QStringLiteral("scope"), scopeText(req.scope)},
                           {QStringLiteral("rows"), static_cast<qint64>(r.affected_rows())},
                           {QStringLiteral("reason"), req.reason.trimmed()}};
        if (set)
            detail.insert(QStringLiteral("until"), req.until.toUTC().toString(Qt::ISODate));
        tx.exec_params0("INSERT INTO audit_log (actor, host, action, target, detail) VALUES ($1, $2, $3, $4, $5::jsonb)",
                        s(actor), s(SessionIdentity::hostName()),
                        set ? std::string("maintenance.set") : std::string("maintenance.clear"), s(target),
                        QJsonDocument(detail).toJson(QJsonDocument::Compact).toStdString());
        tx.commit();
        result.ok = true;
        result.rowsChanged = static_cast<int>(r.affected_rows());
        result.message = set ? tr("Maintenance set on %1 until %2.").arg(target, req.until.toString(Qt::ISODate))
                             : tr("Maintenance cleared on %1.").arg(target);
    } catch (const std::exception &e) {
        result.message = tr("Maintenance on %1 failed; nothing changed (%2).")
                             .arg(target, QString::fromUtf8(e.what()).trimmed());
    }
    return result;
}

OperatorActionResult OperatorActions::acknowledgeCooldown(quint64 requestId, const QString &group,
                                                          const QString &reason, const QString &actor)
{
    OperatorActionResult result;
    result.requestId = requestId;
    if (reason.trimmed().isEmpty()) {
        result.message = tr("Acknowledging a cooldown needs a reason.");
        return result;
    }
    try {
        pqxx::work tx(m_connection, "cooldown-ack");
        const pqxx::row exists = tx.exec_params1(
            "SELECT EXISTS (SELECT 1 FROM service_instances WHERE failover_group = $1)", s(group));
        if (!exists[0].as<bool>()) {
            result.message = tr("Group %1 does not exist.").arg(group);
            return result;
        }
        const QJsonObject detail{{QStringLiteral("reason"), reason.trimmed()}};
        tx.exec_params0("INSERT INTO audit_log (actor, host, action, target, detail) "
                        "VALUES ($1, $2, 'failover.cooldown_ack', $3, $4::jsonb)",
                        s(actor.isEmpty() ? SessionIdentity::localActor() : actor), s(SessionIdentity::hostName()),
                        s(group), QJsonDocument(detail).toJson(QJsonDocument::Compact).toStdString());
        tx.commit();
        result.ok = true;
        result.rowsChanged = 1;
        result.message = tr("Cooldown of group %1 acknowledged: automatic failover may act again.").arg(group);
    } catch (const std::exception &e) {
        result.message = tr("Acknowledging the cooldown of group %1 failed (%2).")
                             .arg(group, QString::fromUtf8(e.what()).trimmed());
    }
    return result;
}

PermissionProbe OperatorActions::probePermission()
{
    PermissionProbe probe;
    try {
        pqxx::read_transaction tx(m_connection, "permission-probe");
        probe.dbUser = QString::fromStdString(tx.exec1("SELECT current_user")[0].as<std::string>());
        const QStringList failover = missing(tx, failoverNeeds);
        const QStringList maintenance = missing(tx, maintenanceNeeds);
        probe.canFailover = failover.isEmpty();
        probe.canSetMaintenance = maintenance.isEmpty();
        if (!probe.canFailover) {
            probe.reason = tr("Database role %1 may not fail over: it lacks %2.")
                               .arg(probe.dbUser, failover.join(QStringLiteral(", ")));
        }
    } catch (const std::exception &e) {
        probe.reason = tr("The permission check failed (%1).").arg(QString::fromUtf8(e.what()).trimmed());
    }
    return probe;
}

CooldownState OperatorActions::loadCooldown(const QString &group)
{
    CooldownState state;
    state.group = group;
    pqxx::read_transaction tx(m_connection, "cooldown-load");
    const pqxx::row row = tx.exec_params1(
        "SELECT (SELECT (extract(epoch FROM max(committed_at)) * 1000)::bigint FROM failover_events "
        "        WHERE failover_group = $1 AND committed_at IS NOT NULL), "
        "       (SELECT (extract(epoch FROM max(at)) * 1000)::bigint FROM audit_log "
        "        WHERE action = 'failover.cooldown_ack' AND target = $1)",
        s(group));
    state.lastFailoverAt = fromEpochMs(row[0]);
    state.acknowledgedAt = fromEpochMs(row[1]);
    return state;
}

} // namespace looma
