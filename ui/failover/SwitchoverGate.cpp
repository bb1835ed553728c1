#include "SwitchoverGate.h"

#include <QLocale>

namespace looma {

namespace {

// Reasons that stop every write, in the order an operator can fix them: nothing selected, the
// console itself (read-only), the registry, the database role.
QString commonBlock(const SwitchoverGateInputs &in)
{
    if (!in.groupSelected)
        return SwitchoverGate::tr("Select a failover group.");
    if (in.readOnly) {
        return in.readOnlyForced
            ? SwitchoverGate::tr("Read-only mode (--read-only): this console makes no changes.")
            : SwitchoverGate::tr("Read-only mode is on in the settings: this console makes no changes.");
    }
    if (!in.registryConfigured)
        return SwitchoverGate::tr("No registry is configured.");
    switch (in.registry.state) {
    case SourceStatus::State::NotConfigured:
        return SwitchoverGate::tr("No registry is configured.");
    case SourceStatus::State::Connecting:
        return SwitchoverGate::tr("Connecting to the registry…");
    case SourceStatus::State::Stale:
        return in.registry.error.isEmpty()
            ? SwitchoverGate::tr("The registry data is stale: the view may no longer be current.")
            : SwitchoverGate::tr("The registry is unreachable (%1): the view may no longer be current.")
                  .arg(in.registry.error);
    case SourceStatus::State::Live:
        break;
    }
    if (!in.permissionKnown)
        return SwitchoverGate::tr("Checking the database role's rights…");
    return {};
}

} // namespace

SwitchoverGate SwitchoverGate::evaluate(const SwitchoverGateInputs &in)
{
    SwitchoverGate gate;
    if (in.cooldownKnown && in.cooldown.lastFailoverAt.isValid()) {
        const QDateTime ends = in.cooldown.lastFailoverAt.addSecs(in.cooldownSeconds);
        const bool acknowledged = in.cooldown.acknowledgedAt.isValid()
            && in.cooldown.acknowledgedAt >= in.cooldown.lastFailoverAt;
        gate.inCooldown = !acknowledged && in.now < ends;
        if (gate.inCooldown)
            gate.cooldownEnds = ends;
    }

    const QString common = commonBlock(in);
    if (!common.isEmpty()) {
        gate.reason = common;
        gate.maintenanceReason = common;
        return gate;
    }
    gate.maintenanceAllowed = in.permission.canSetMaintenance;
    if (!gate.maintenanceAllowed) {
        gate.maintenanceReason = tr("Database role %1 may not set maintenance.").arg(in.permission.dbUser);
    }
    if (in.busy) {
        gate.reason = tr("An operation on this group is running.");
        gate.maintenanceAllowed = false;
        gate.maintenanceReason = gate.reason;
        return gate;
    }
    if (!in.permission.canFailover) {
        gate.reason = in.permission.reason.isEmpty()
            ? tr("Database role %1 may not fail over.").arg(in.permission.dbUser)
            : in.permission.reason;
        return gate;
    }
    if (!in.cooldownKnown) {
        gate.reason = tr("Reading the group's last failover…");
        return gate;
    }
    if (gate.inCooldown) {
        const QString ends = QLocale().toString(gate.cooldownEnds.toLocalTime(), QLocale::ShortFormat);
        gate.reason = tr("In cooldown after the failover at %1, until %2. Acknowledge the cooldown to "
                         "switch over earlier.")
                          .arg(QLocale().toString(in.cooldown.lastFailoverAt.toLocalTime(), QLocale::ShortFormat),
                               ends);
        gate.offerCooldownAck = true; // same writes as a failover's audit row; the role may fail over
        return gate;
    }
    gate.switchoverAllowed = true;
    return gate;
}

} // namespace looma
