#pragma once

#include "PromError.h"
#include "PromTypes.h"

#include <QByteArray>

namespace looma {

// Pure functions from an HTTP answer (body and status) to values: no network, no state, so they
// are tested on bytes alone. Each returns an error (kind None on success) and fills *out only on
// success. Prometheus's warnings are kept in out->warnings.
class PromParser final
{
public:
    // /api/v1/query and /api/v1/query_range (vector, matrix, scalar, string).
    static PromError parseQuery(const QByteArray &body, int httpStatus, PromQueryResult *out);
    // /api/v1/alerts
    static PromError parseAlerts(const QByteArray &body, int httpStatus, PromAlertsResult *out);
    // /api/v1/targets (active targets; dropped targets are skipped)
    static PromError parseTargets(const QByteArray &body, int httpStatus, PromTargetsResult *out);

private:
    static PromError parseQueryImpl(const QByteArray &body, int httpStatus, PromQueryResult *out);
    static PromError parseAlertsImpl(const QByteArray &body, int httpStatus, PromAlertsResult *out);
    static PromError parseTargetsImpl(const QByteArray &body, int httpStatus,
                                      PromTargetsResult *out);
};

} // namespace looma
