#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

namespace looma {

// Keeps the console a polite Prometheus user. Two rules:
//  - range-query steps never finer than the scrape interval nor than one point per pixel, and
//    never more than MaxPointsPerSeries points (Prometheus refuses more than 11,000);
//  - a FIFO queue so at most maxInFlight requests run at once (Prometheus evaluates 20 at a time
//    by default, and time spent queued there counts against our timeout).
// How many queries a refresh makes is decided by the pages' panels (one `by (...)` aggregate per
// panel), never by the node count: the client has no per-node API on purpose.
class QueryGovernor final
{
public:
    static constexpr qint64 MaxPointsPerSeries = 11'000;

    explicit QueryGovernor(int maxInFlight = 6);

    // Step in whole seconds for a range of rangeSeconds drawn on pixelWidth pixels.
    static qint64 stepSeconds(qint64 rangeSeconds, int pixelWidth, int scrapeIntervalSeconds);
    // A caller's step made safe: whole seconds, at least 1, at most MaxPointsPerSeries points.
    static qint64 clampStep(qint64 rangeSeconds, qint64 requestedStepSeconds);

    void setMaxInFlight(int maxInFlight); // takes effect as requests finish
    int maxInFlight() const { return m_maxInFlight; }

    void enqueue(quint64 id);
    // Removes a request that has not started; false if it was not queued.
    bool removeQueued(quint64 id);
    // The next request allowed to start now, counted as in flight; nullopt when full or empty.
    std::optional<quint64> takeNext();
    // One started request finished (whatever its outcome).
    void release();
    void clearQueue() { m_queue.clear(); }

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    int peakInFlight() const { return m_peakInFlight; }

private:
    QList<quint64> m_queue;
    int m_maxInFlight = 6;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};

} // namespace looma
