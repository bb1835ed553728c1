#include "StallMeter.h"

#include "BenchSupport.h"

#include <QTimer>

namespace looma::bench {

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(1);
    connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
    m_clock.start();
}

void StallMeter::start()
{
    reset();
    m_timer->start();
}

void StallMeter::stop()
{
    m_timer->stop();
}

void StallMeter::reset()
{
    m_lastNs = m_clock.nsecsElapsed();
    m_maxGapNs = 0;
    m_ticks = 0;
    m_over16 = 0;
    m_over50 = 0;
    m_resetNs = m_lastNs;
    m_lastCpuMs = threadCpuMs();
    m_maxGapCpuMs = 0;
    m_longGaps.clear();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs;
    m_lastNs = now;
    const double cpu = threadCpuMs();
    const double gapCpu = cpu - m_lastCpuMs;
    m_lastCpuMs = cpu;
    m_maxGapCpuMs = std::max(m_maxGapCpuMs, gapCpu);
    ++m_ticks;
    m_maxGapNs = std::max(m_maxGapNs, gap);
    if (gap > 16'000'000) {
        ++m_over16;
        m_longGaps.append({double(now - gap - m_resetNs) / 1e6, double(gap) / 1e6, gapCpu});
    }
    if (gap > 50'000'000)
        ++m_over50;
}

} // namespace looma::bench
