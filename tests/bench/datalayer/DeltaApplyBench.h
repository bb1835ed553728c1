#pragma once

#include "FleetSnapshot.h"

namespace looma {
class FleetStore;
}

namespace looma::bench {

// Figure 2: a delta of 100 changed instances out of the full fleet, applied through FleetStore
// with every fleet model attached and the node table behind a filtering, sorting proxy that has
// a current row (persistent indexes), as the console's Clusters page has it.
class DeltaApplyBench final
{
public:
    explicit DeltaApplyBench(FleetSnapshot full);

    void run(int repeats, int changedRows); // prints

    // A delta of `count` instances spread over the fleet (round shifts the choice) whose health
    // flips against what `current` holds now, so every delta really changes 100 rows.
    static FleetSnapshot healthDelta(const FleetSnapshot &full, const FleetStore &current, int count, int round,
                                     qint64 seq);

private:
    FleetSnapshot m_full;
};

} // namespace looma::bench
