#pragma once

#include "FailoverActions.h"
#include "SourceStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace looma {

// Everything that decides whether the operator may start a switchover of the selected group now.
struct SwitchoverGateInputs
{
    bool groupSelected = false;
    bool readOnly = false;           // the stored setting or --read-only
    bool readOnlyForced = false;     // --read-only (the words differ: the setting can be changed)
    bool registryConfigured = false;
    SourceStatus registry;
    bool permissionKnown = false;    // the probe has answered
    PermissionProbe permission;
    bool cooldownKnown = false;
    CooldownState cooldown;
    qint64 cooldownSeconds = 600;
    QDateTime now;
    bool busy = false;               // a switchover or an operator action is running
};

// The verdict for the "Switch over..." button and the operator actions beside it. Pure: the page
// computes it on every change, a unit test writes the cases down in a table.
struct SwitchoverGate
{
    Q_DECLARE_TR_FUNCTIONS(looma::SwitchoverGate)

public:
    bool switchoverAllowed = false;
    QString reason;                  // why the button is disabled, for people; empty when allowed
    bool inCooldown = false;
    QDateTime cooldownEnds;          // valid when inCooldown
    bool offerCooldownAck = false;   // in cooldown and the role may write the acknowledgement
    bool maintenanceAllowed = false;
    QString maintenanceReason;       // why maintenance actions are disabled

    static SwitchoverGate evaluate(const SwitchoverGateInputs &in);
};

} // namespace looma
