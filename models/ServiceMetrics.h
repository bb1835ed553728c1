#pragma once

#include <QMetaType>
#include <QtNumeric>

namespace looma {

// Per-service figures from Prometheus (one `by (service)` aggregate each); NaN means "no figure".
struct ServiceMetrics
{
    double requestRate = qQNaN(); // requests per second
    double errorRatio = qQNaN();  // 0..1
    double latencyP95Ms = qQNaN();

    bool operator==(const ServiceMetrics &o) const
    {
        return same(requestRate, o.requestRate) && same(errorRatio, o.errorRatio)
            && same(latencyP95Ms, o.latencyP95Ms);
    }
    bool operator!=(const ServiceMetrics &o) const { return !(*this == o); }

private:
    static bool same(double a, double b) { return (qIsNaN(a) && qIsNaN(b)) || a == b; }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::ServiceMetrics)
