#pragma once

#include "DomainEnums.h"

#include <array>

namespace looma {

// Instance counts by health state for one node: the derived figure the node table and the
// region summary show, kept up to date by the store instead of recounted per paint.
struct InstanceRollup
{
    std::array<int, 4> byHealth{}; // indexed by HealthState

    int count(HealthState state) const { return byHealth[static_cast<std::size_t>(state)]; }
    int total() const { return byHealth[0] + byHealth[1] + byHealth[2] + byHealth[3]; }
    void add(HealthState state, int delta) { byHealth[static_cast<std::size_t>(state)] += delta; }
    bool isEmpty() const { return total() == 0; }
    bool operator==(const InstanceRollup &o) const { return byHealth == o.byHealth; }
    bool operator!=(const InstanceRollup &o) const { return !(*this == o); }
};

} // namespace looma
