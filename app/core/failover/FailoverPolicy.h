#pragma once

#include "FailoverDecision.h"

#include <QCoreApplication>
#include <optional>

namespace looma {

// The automatic-failover rule, as a pure function of values: no clock, no I/O, no globals.
// It fires only when every rule holds (see docs/failover.md):
//   the primary is critical for `fall` consecutive checks; the console is not read-only and holds
//   the leadership; the partition guard is quiet; the second observer does not see the primary up;
//   neither the primary nor its node nor its region is under maintenance; the group's cooldown has
//   passed or was acknowledged after the last failover; and an eligible standby exists.
class FailoverPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(looma::FailoverPolicy)

public:
    static Decision decide(const FailoverInputs &in);

    // The standby to promote, or nullopt. Eligible: role standby, health passing, weight > 0,
    // the instance, its node and its region not in maintenance, its node known and up.
    // Best: highest weight; then the primary's cloud (a cross-cloud switch moves traffic over
    // the inter-cloud link, so it should be chosen by weight on purpose, not by chance); then the
    // lowest id, so two consoles with the same view choose the same standby.
    static std::optional<qint64> chooseCandidate(const FailoverInputs &in, qint64 primaryId);

    static bool partitionSuspected(double failingShare, double threshold);
};

} // namespace looma
