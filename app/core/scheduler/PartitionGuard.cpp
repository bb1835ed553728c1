#include "PartitionGuard.h"

#include <algorithm>

namespace looma {

PartitionGuard::PartitionGuard(double threshold, int window, int minChecks)
    : m_threshold(threshold)
    , m_window(std::max(1, window))
    , m_minChecks(std::max(0, minChecks))
{
}

PartitionGuard::Update PartitionGuard::addSweep(const SweepFigure &sweep)
{
    Update update;
    m_last = sweep;
    const double share = sweep.checks >= std::max(1, m_minChecks) ? sweep.failingShare : 0.0;
    m_shares.push_back(share);
    while (int(m_shares.size()) > m_window)
        m_shares.pop_front();
    const bool loud = share >= m_threshold && share > 0.0;
    if (loud) {
        m_quietSweeps = 0;
        if (!m_inEpisode) {
            m_inEpisode = true;
            update.episodeStarted = true;
        }
    } else if (m_inEpisode && ++m_quietSweeps >= m_window) {
        m_inEpisode = false;
        m_quietSweeps = 0;
        update.episodeEnded = true;
    }
    return update;
}

double PartitionGuard::share() const
{
    double worst = 0.0;
    for (double s : m_shares)
        worst = std::max(worst, s);
    return worst;
}

} // namespace looma
