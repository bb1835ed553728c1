#include "SeriesDecimator.h"

#include <algorithm>
#include <cmath>

namespace looma {

QList<QPointF> SeriesDecimator::decimate(const QList<PromPoint> &points, qint64 startMs, qint64 endMs,
                                         int pixelWidth, double scale)
{
    QList<QPointF> out;
    if (points.isEmpty())
        return out;
    const int buckets = std::max(1, pixelWidth);
    if (endMs <= startMs) {
        startMs = points.front().timestampMs;
        endMs = points.back().timestampMs;
    }

    // Few enough points: nothing to reduce, only the non-finite ones go.
    if (points.size() <= 2 * qsizetype(buckets)) {
        out.reserve(points.size());
        for (const PromPoint &p : points)
            if (std::isfinite(p.value))
                out.append(QPointF(double(p.timestampMs), p.value * scale));
        return out;
    }

    out.reserve(2 * buckets);
    const double span = double(std::max<qint64>(1, endMs - startMs));
    int current = -1;
    const PromPoint *lo = nullptr;
    const PromPoint *hi = nullptr;
    auto flush = [&] {
        if (!lo)
            return;
        const PromPoint *first = lo->timestampMs <= hi->timestampMs ? lo : hi;
        const PromPoint *second = first == lo ? hi : lo;
        out.append(QPointF(double(first->timestampMs), first->value * scale));
        if (second != first)
            out.append(QPointF(double(second->timestampMs), second->value * scale));
        lo = hi = nullptr;
    };
    for (const PromPoint &p : points) {
        if (!std::isfinite(p.value))
            continue;
        const double offset = double(p.timestampMs - startMs) / span;
        const int bucket = std::clamp(int(offset * buckets), 0, buckets - 1);
        if (bucket != current) {
            flush();
            current = bucket;
        }
        if (!lo || p.value < lo->value)
            lo = &p;
        if (!hi || p.value > hi->value)
            hi = &p;
    }
    flush();
    return out;
}

} // namespace looma
