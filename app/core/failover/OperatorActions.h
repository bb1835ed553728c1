#pragma once

#include "FailoverActions.h"

#include <QCoreApplication>

namespace pqxx {
class connection_base;
}

namespace looma {

// Operator actions other than promotion, each one transaction with its audit_log row, on the
// failover worker's connection (blocking: never on the GUI thread).
class OperatorActions final
{
    Q_DECLARE_TR_FUNCTIONS(looma::OperatorActions)

public:
    explicit OperatorActions(pqxx::connection_base &connection);

    // Sets maintenance (request.until valid) or clears it (invalid) on a node, every instance of a
    // failover group, or a region row. Audited as maintenance.set / maintenance.clear.
    OperatorActionResult setMaintenance(const MaintenanceRequest &request);

    // Lifts the group's cooldown early: the policy ignores a cooldown whose last failover is older
    // than the newest acknowledgement. Audited as failover.cooldown_ack (the record IS the ack).
    OperatorActionResult acknowledgeCooldown(quint64 requestId, const QString &group, const QString &reason,
                                             const QString &actor);

    // Does the current database role hold every privilege a failover writes with?
    PermissionProbe probePermission();

    CooldownState loadCooldown(const QString &group);

private:
    pqxx::connection_base &m_connection;
};

} // namespace looma
