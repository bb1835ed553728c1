#pragma once

#include "FailoverActions.h"

#include <QCoreApplication>
#include <functional>

namespace pqxx {
class connection_base;
}

namespace looma {

// The promotion of one standby to primary, in ONE database transaction on the caller's connection
// (the failover worker's; blocking: never call it on the GUI thread):
//   lock the group's rows (FOR UPDATE) -> check leadership (auto), generation (compare-and-swap),
//   primary and candidate against the request -> demote/fence the old primary (role standby,
//   status critical) -> promote the candidate -> bump the generation of every member -> insert
//   failover_events (outcome committed) and audit_log -> COMMIT. The registry's triggers NOTIFY.
// Demote comes before promote because the partial unique index service_instances_one_primary
// rejects a second primary at statement time. Any error or a lost connection rolls everything back.
// Refused and failed attempts are recorded afterwards in a separate small transaction (outcome
// refused/failed, the reason in detail) so the history shows every attempt, not just successes.
class PromotionTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(looma::PromotionTransaction)

public:
    // Test hook: runs between demote and promote while the transaction holds the group's row
    // locks; receives the backend pid of the promotion session.
    using Hook = std::function<void(int backendPid)>;

    explicit PromotionTransaction(pqxx::connection_base &connection);

    void setAfterDemoteHook(Hook hook) { m_afterDemote = std::move(hook); }
    // When true, finished_at stays NULL on commit: the webhook's outcome will close the event.
    void setActuationFollows(bool follows) { m_actuationFollows = follows; }

    PromotionResult run(const PromotionRequest &request);

    // Close a committed event with the webhook's outcome (actuated / actuation_failed).
    static bool recordActuation(pqxx::connection_base &connection, qint64 eventId, bool ok,
                                const QString &detail, QString *error);

private:
    struct Refusal
    {
        QString message;
        qint64 generation = 0;
    };

    PromotionResult attempt(const PromotionRequest &request, Refusal *refusal);
    void recordUnsuccessful(const PromotionRequest &request, FailoverOutcome outcome, const QString &message,
                            qint64 generation, PromotionResult *result);

    pqxx::connection_base &m_connection;
    Hook m_afterDemote;
    bool m_actuationFollows = false;
};

} // namespace looma
