#pragma once

#include "FleetSnapshot.h"

namespace looma {

// Folds a delta into a full fleet state: upsert by id (the higher change sequence wins, so a late
// or repeated row is harmless), remove tombstoned ids, append history (failover events upsert by id
// because their outcome changes). The worker keeps one such state for the snapshot cache; tests use
// it to check that following deltas ends where a fresh full load does.
class SnapshotMerger final
{
public:
    static void apply(FleetSnapshot &state, const FleetSnapshot &change, int historyLimit);
};

} // namespace looma
