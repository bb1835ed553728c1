#pragma once

#include <QMetaType>
#include <QtNumeric>

namespace looma {

// Per-node figures from Prometheus; NaN means "no figure" (not scraped, or not joined).
struct NodeMetrics
{
    double cpuPercent = qQNaN();
    double memoryPercent = qQNaN();

    bool operator==(const NodeMetrics &o) const { return same(cpuPercent, o.cpuPercent) && same(memoryPercent, o.memoryPercent); }
    bool operator!=(const NodeMetrics &o) const { return !(*this == o); }

private:
    // NaN != NaN would make every "still unknown" figure look changed.
    static bool same(double a, double b) { return (qIsNaN(a) && qIsNaN(b)) || a == b; }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::NodeMetrics)
