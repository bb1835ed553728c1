#include "PromotionTransaction.h"

#include "SessionIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

#include <optional>

namespace looma {
namespace {

std::string s(const QString &text) { return text.toStdString(); }
QString q(const pqxx::field &f) { return f.is_null() ? QString() : QString::fromStdString(f.as<std::string>()); }

QString actionFor(FailoverTrigger trigger)
{
    return trigger == FailoverTrigger::Auto ? QStringLiteral("failover.auto") : QStringLiteral("failover.manual");
}

std::string auditDetail(const PromotionRequest &req, const PromotionResult &res, const QString &outcome,
                        const QString &message)
{
    QJsonObject o{
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("event_id"), res.eventId},
        {QStringLiteral("service"), res.service},
        {QStringLiteral("from"), req.expectedPrimaryId},
        {QStringLiteral("to"), req.candidateId},
        {QStringLiteral("expected_generation"), req.expectedGeneration},
        {QStringLiteral("generation"), res.generation},
        {QStringLiteral("reason"), req.reason},
    };
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

PromotionTransaction::PromotionTransaction(pqxx::connection_base &connection)
    : m_connection(connection)
{
}

PromotionResult PromotionTransaction::run(const PromotionRequest &request)
{
    PromotionRequest req = request;
    if (req.actor.isEmpty())
        req.actor = SessionIdentity::localActor();
    req.reason = req.reason.trimmed().left(2000);

    PromotionResult result;
    result.requestId = req.requestId;
    result.group = req.group;
    result.trigger = req.trigger;
    result.actor = req.actor;
    result.reason = req.reason;
    result.fromInstanceId = req.expectedPrimaryId;
    result.toInstanceId = req.candidateId;
    result.generation = req.expectedGeneration;

    if (req.reason.isEmpty()) {
        // Nothing is recorded: the event table requires a reason, and nothing was attempted.
        result.status = PromotionStatus::Refused;
        result.message = tr("A failover needs a reason.");
        return result;
    }

    Refusal refusal;
    try {
        result = attempt(req, &refusal);
        if (result.status == PromotionStatus::Committed)
            return result;
    } catch (const pqxx::in_doubt_error &e) {
        result.status = PromotionStatus::InDoubt;
        result.message = tr("The connection broke during COMMIT; whether group %1 failed over is unknown. "
                            "Check the registry before acting again (%2).")
                             .arg(req.group, QString::fromUtf8(e.what()).trimmed());
        return result;
    } catch (const pqxx::broken_connection &e) {
        result.status = PromotionStatus::Failed;
        result.message = tr("The connection to the registry broke; the transaction rolled back and nothing "
                            "changed (%1).")
                             .arg(QString::fromUtf8(e.what()).trimmed());
        return result; // no connection left to record the failure on
    } catch (const std::exception &e) {
        result.status = PromotionStatus::Failed;
        result.message = tr("The failover of group %1 failed and rolled back; nothing changed (%2).")
                             .arg(req.group, QString::fromUtf8(e.what()).trimmed());
        recordUnsuccessful(req, FailoverOutcome::Failed, result.message, req.expectedGeneration, &result);
        return result;
    }
    result.status = PromotionStatus::Refused;
    result.message = refusal.message;
    result.generation = refusal.generation;
    recordUnsuccessful(req, FailoverOutcome::Refused, refusal.message, refusal.generation, &result);
    return result;
}

PromotionResult PromotionTransaction::attempt(const PromotionRequest &req, Refusal *refusal)
{
    PromotionResult res;
    res.requestId = req.requestId;
    res.group = req.group;
    res.trigger = req.trigger;
    res.actor = req.actor;
    res.reason = req.reason;
    res.status = PromotionStatus::Refused;

    pqxx::work tx(m_connection, "promotion");
    // Bounded waits: a promotion that cannot get its locks fails instead of hanging an operator.
    tx.exec0("SET LOCAL lock_timeout = '5s'");
    tx.exec0("SET LOCAL statement_timeout = '30s'");
    const pqxx::result rows = tx.exec_params(
        "SELECT si.id, si.role, si.generation, si.endpoint, s.name AS service "
        "FROM service_instances si JOIN services s ON s.id = si.service_id "
        "WHERE si.failover_group = $1 ORDER BY si.id FOR UPDATE OF si",
        s(req.group));
    if (rows.empty()) {
        refusal->message = tr("Group %1 does not exist.").arg(req.group);
        return res;
    }
    const qint64 generation = rows[0]["generation"].as<long long>();
    qint64 primaryId = 0;
    // Rows by index: a pqxx result iterator is itself the row, so pointers to it would move.
    std::optional<pqxx::row> candidate;
    std::optional<pqxx::row> primary;
    for (pqxx::result::size_type i = 0; i < rows.size(); ++i) {
        const pqxx::row row = rows[i];
        if (row["generation"].as<long long>() != generation) {
            refusal->message = tr("Instances of group %1 disagree on the generation; nothing changed.").arg(req.group);
            refusal->generation = generation;
            return res;
        }
        if (row["role"].as<std::string>() == "primary") {
            primaryId = row["id"].as<long long>();
            primary = row;
        }
        if (row["id"].as<long long>() == req.candidateId)
            candidate = row;
    }
    refusal->generation = generation;

    if (req.leaderBackendPid != 0) {
        const pqxx::row held = tx.exec_params1(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = $1 "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid = ($2::bigint >> 32)::oid AND objid = ($2::bigint & 4294967295)::oid AND objsubid = 1)",
            req.leaderBackendPid, req.leaderLockKey);
        if (!held[0].as<bool>()) {
            refusal->message = tr("This console no longer holds the leadership; nothing changed.");
            return res;
        }
    }
    if (generation != req.expectedGeneration) {
        refusal->message = tr("The group changed since the decision (generation %1, now %2); nothing changed.")
                               .arg(req.expectedGeneration).arg(generation);
        return res;
    }
    if (primaryId != req.expectedPrimaryId) {
        refusal->message = tr("The primary of group %1 changed since the decision (#%2, now #%3); nothing changed.")
                               .arg(req.group).arg(req.expectedPrimaryId).arg(primaryId);
        return res;
    }
    if (!candidate) {
        refusal->message = tr("Instance #%1 is not in group %2; nothing changed.").arg(req.candidateId).arg(req.group);
        return res;
    }
    if (req.candidateId == primaryId) {
        refusal->message = tr("Instance #%1 is already the primary; nothing changed.").arg(req.candidateId);
        return res;
    }
    if ((*candidate)["role"].as<std::string>() != "standby") {
        refusal->message = tr("Instance #%1 is not a standby (role %2); nothing changed.")
                               .arg(req.candidateId).arg(q((*candidate)["role"]));
        return res;
    }

    const qint64 next = generation + 1;
    if (primaryId != 0) {
        // Fence first: the old primary leaves the primary role and is marked critical, so neither
        // routing nor a later decision trusts it until its checks pass again.
        tx.exec_params0("UPDATE service_instances SET role = 'standby', status = 'critical', generation = $2 "
                        "WHERE id = $1",
                        primaryId, next);
    }
    if (m_afterDemote)
        m_afterDemote(m_connection.backendpid());
    tx.exec_params0("UPDATE service_instances SET role = 'primary', generation = $2 WHERE id = $1",
                    req.candidateId, next);
    tx.exec_params0("UPDATE service_instances SET generation = $2 WHERE failover_group = $1 AND generation <> $2",
                    s(req.group), next);

    res.service = q((*candidate)["service"]);
    res.fromInstanceId = primaryId;
    res.toInstanceId = req.candidateId;
    res.fromEndpoint = primary ? q((*primary)["endpoint"]) : QString();
    res.toEndpoint = q((*candidate)["endpoint"]);
    res.generation = next;
    const pqxx::row event = tx.exec_params1(
        "INSERT INTO failover_events (failover_group, service_id, from_instance_id, to_instance_id, trigger, "
        "actor, reason, fencing_generation, outcome, started_at, committed_at, finished_at) "
        "SELECT $1, si.service_id, NULLIF($2::bigint, 0), $3, $4, $5, $6, $7, 'committed', now(), "
        "clock_timestamp(), CASE WHEN $8 THEN NULL ELSE clock_timestamp() END "
        "FROM service_instances si WHERE si.id = $3 RETURNING id",
        s(req.group), primaryId, req.candidateId, s(toDbText(req.trigger)), s(req.actor), s(req.reason), next,
        m_actuationFollows);
    res.eventId = event[0].as<long long>();
    tx.exec_params0("INSERT INTO audit_log (actor, host, action, target, detail) VALUES ($1, $2, $3, $4, $5::jsonb)",
                    s(req.actor), s(SessionIdentity::hostName()), s(actionFor(req.trigger)), s(req.group),
                    auditDetail(req, res, QStringLiteral("committed"), {}));
    tx.commit();

    res.status = PromotionStatus::Committed;
    res.message = tr("Group %1: instance #%2 is the primary now (generation %3).")
                      .arg(req.group).arg(req.candidateId).arg(next);
    return res;
}

void PromotionTransaction::recordUnsuccessful(const PromotionRequest &req, FailoverOutcome outcome,
                                              const QString &message, qint64 generation, PromotionResult *result)
{
    try {
        pqxx::work tx(m_connection, "promotion-record");
        // Ids are re-read so a candidate that no longer exists is recorded as NULL, not as a
        // foreign-key error that would lose the record.
        const pqxx::row event = tx.exec_params1(
            "INSERT INTO failover_events (failover_group, service_id, from_instance_id, to_instance_id, trigger, "
            "actor, reason, fencing_generation, outcome, detail, finished_at) VALUES ($1, "
            "(SELECT service_id FROM service_instances WHERE id = $3), "
            "(SELECT id FROM service_instances WHERE id = $2), (SELECT id FROM service_instances WHERE id = $3), "
            "$4, $5, $6, $7, $8, left($9, 8000), clock_timestamp()) RETURNING id",
            s(req.group), req.expectedPrimaryId, req.candidateId, s(toDbText(req.trigger)), s(req.actor),
            s(req.reason), generation, s(toDbText(outcome)), s(message));
        result->eventId = event[0].as<long long>();
        tx.exec_params0("INSERT INTO audit_log (actor, host, action, target, detail) VALUES ($1, $2, $3, $4, $5::jsonb)",
                        s(req.actor), s(SessionIdentity::hostName()), s(actionFor(req.trigger)), s(req.group),
                        auditDetail(req, *result, toDbText(outcome), message));
        tx.commit();
    } catch (const std::exception &e) {
        result->message += QLatin1Char(' ')
            + tr("(The attempt could not be recorded: %1)").arg(QString::fromUtf8(e.what()).trimmed());
    }
}

bool PromotionTransaction::recordActuation(pqxx::connection_base &connection, qint64 eventId, bool ok,
                                           const QString &detail, QString *error)
{
    try {
        pqxx::work tx(connection, "actuation-record");
        const pqxx::result r = tx.exec_params(
            "UPDATE failover_events SET outcome = $2, detail = left($3, 8000), finished_at = clock_timestamp() "
            "WHERE id = $1 AND outcome = 'committed'",
            eventId, s(toDbText(ok ? FailoverOutcome::Actuated : FailoverOutcome::ActuationFailed)), s(detail));
        tx.commit();
        if (r.affected_rows() != 1) {
            if (error)
                *error = tr("Failover event %1 is not a committed event.").arg(eventId);
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what()).trimmed();
        return false;
    }
}

} // namespace looma
