#pragma once

#include "PromTypes.h"

#include <QList>
#include <QPointF>

namespace looma {

// Reduces a series to at most two points per horizontal pixel before it reaches Qt Charts, which
// rebuilds its whole QPainterPath on every update. Each bucket keeps its minimum and its maximum,
// in time order, so a one-sample spike survives (an average would hide it). Non-finite values
// (NaN, +-Inf) are dropped: a chart cannot place them.
class SeriesDecimator final
{
public:
    // x: milliseconds since the epoch; y: value * scale. Points outside [startMs, endMs] are kept
    // in the first/last bucket only when the range is invalid (endMs <= startMs): then the range
    // is taken from the points themselves.
    static QList<QPointF> decimate(const QList<PromPoint> &points, qint64 startMs, qint64 endMs,
                                   int pixelWidth, double scale = 1.0);
};

} // namespace looma
