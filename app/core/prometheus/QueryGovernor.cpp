#include "QueryGovernor.h"

#include <algorithm>

namespace looma {

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    return b <= 0 ? a : (a + b - 1) / b;
}

} // namespace

QueryGovernor::QueryGovernor(int maxInFlight)
    : m_maxInFlight(std::max(1, maxInFlight))
{
}

qint64 QueryGovernor::stepSeconds(qint64 rangeSeconds, int pixelWidth, int scrapeIntervalSeconds)
{
    const qint64 range = std::max<qint64>(0, rangeSeconds);
    const qint64 perPixel = ceilDiv(range, std::max(1, pixelWidth));
    const qint64 step = std::max<qint64>(std::max(1, scrapeIntervalSeconds), perPixel);
    return clampStep(range, step);
}

qint64 QueryGovernor::clampStep(qint64 rangeSeconds, qint64 requestedStepSeconds)
{
    const qint64 range = std::max<qint64>(0, rangeSeconds);
    // Points = floor(range / step) + 1 <= MaxPointsPerSeries.
    const qint64 minimum = std::max<qint64>(1, ceilDiv(range, MaxPointsPerSeries - 1));
    return std::max(minimum, requestedStepSeconds);
}

void QueryGovernor::setMaxInFlight(int maxInFlight)
{
    m_maxInFlight = std::max(1, maxInFlight);
}

void QueryGovernor::enqueue(quint64 id)
{
    m_queue.append(id);
}

bool QueryGovernor::removeQueued(quint64 id)
{
    return m_queue.removeOne(id);
}

std::optional<quint64> QueryGovernor::takeNext()
{
    if (m_queue.isEmpty() || m_inFlight >= m_maxInFlight)
        return std::nullopt;
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    return m_queue.takeFirst();
}

void QueryGovernor::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
}

} // namespace looma
