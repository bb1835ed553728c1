#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;

namespace looma::bench {

// Measures how long the thread's event loop goes without running a 1 ms precise timer: the
// longest gap between two ticks is the longest time the loop was blocked (by a slot, a paint,
// a model update) in the current window. reset() opens a new window.
class StallMeter final : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();
    void reset();

    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    int gapsOver16ms() const { return m_over16; } // gaps of more than one 60 Hz frame
    int gapsOver50ms() const { return m_over50; }
    qint64 ticks() const { return m_ticks; }
    // Milliseconds since the window opened: now, and the start of each gap of more than 16 ms
    // (with its length), so a caller can say what was running when the loop stalled.
    double sinceResetMs() const { return double(m_clock.nsecsElapsed() - m_resetNs) / 1e6; }
    struct Gap
    {
        double startMs;
        double lengthMs;
        double cpuMs; // of which the GUI thread was on a CPU; the rest it waited for one
    };
    // The longest gap counted in the thread's own CPU time: what our code held the loop for,
    // without the time the scheduler gave the CPUs to other processes.
    double maxGapCpuMs() const { return m_maxGapCpuMs; }
    QList<Gap> longGaps() const { return m_longGaps; }

private:
    void tick();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
    int m_over16 = 0;
    int m_over50 = 0;
    qint64 m_resetNs = 0;
    double m_lastCpuMs = 0;
    double m_maxGapCpuMs = 0;
    QList<Gap> m_longGaps;
};

} // namespace looma::bench
