#pragma once

#include "HealthTypes.h"

#include <deque>

namespace looma {

// The partition guard: when a large share of ALL checks fail at once, the likelier cause is this
// console's own network, so nothing fails over and one alert is raised per episode.
//   * share(): the largest failing share of the last `window` sweeps. A failover decision needs a
//     primary critical for `fall` checks, so the guard looks back over more than one sweep: a sweep
//     cut in two by the start of a partition must not hide it.
//   * An episode starts on the first sweep at or above the threshold (episodeStarted, once) and
//     ends after `window` quiet sweeps in a row (episodeEnded). Three by default: longer than `rise`
//     (2) checks, so primaries cut off by the partition pass again before the guard drops and
//     nothing fails over on the heels of a healed partition.
//   * Sweeps with fewer than minChecks checks say nothing (a fleet of three is not a network).
// Pure: no clock, no I/O.
class PartitionGuard final
{
public:
    struct Update
    {
        bool episodeStarted = false;
        bool episodeEnded = false;
    };

    explicit PartitionGuard(double threshold = 0.30, int window = 3, int minChecks = 10);

    Update addSweep(const SweepFigure &sweep);
    double share() const;
    bool suspected() const { return m_inEpisode; }
    double threshold() const { return m_threshold; }
    const SweepFigure &lastSweep() const { return m_last; }
    void setThreshold(double threshold) { m_threshold = threshold; }

private:
    double m_threshold = 0.30;
    int m_window = 3;
    int m_minChecks = 10;
    std::deque<double> m_shares; // newest last, at most m_window
    int m_quietSweeps = 0;
    bool m_inEpisode = false;
    SweepFigure m_last;
};

} // namespace looma
