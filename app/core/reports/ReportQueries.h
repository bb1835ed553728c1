#pragma once

#include "ReportRequest.h"

#include <QString>

namespace looma {

// Every PromQL and SQL text the report runs, in one place, so a reader (and the integration test,
// which computes the same figures by its own means) sees exactly what a number means.
// Range figures are instant queries evaluated at the range's end over a window as long as the
// range ("[<seconds>s]"), so increase() counts every request in (from, to].
class ReportQueries final
{
public:
    // Label matchers for the scope, without braces: `cloud="tencent"`, `service="ai-gateway"`.
    static QString aiMatchers(const ReportScope &scope);
    static QString crmMatchers(const ReportScope &scope);
    static QString nodeMatchers(const ReportScope &scope);
    static QString window(qint64 seconds); // "[86400s]"

    // Summary, by service (AI) or one row (CRM).
    static QString aiTotal(const ReportScope &scope, qint64 rangeSeconds);
    static QString aiFailed(const ReportScope &scope, qint64 rangeSeconds);
    static QString aiP95(const ReportScope &scope, qint64 rangeSeconds);
    static QString crmTotal(const ReportScope &scope, qint64 rangeSeconds);
    static QString crmFailed(const ReportScope &scope, qint64 rangeSeconds);
    static QString crmP95(const ReportScope &scope, qint64 rangeSeconds);

    // Fleet utilisation by cloud and region, mean over the range. CPU is busy / all CPU seconds,
    // which holds whether an exporter reports per CPU or per node.
    static QString fleetCpu(const ReportScope &scope, qint64 rangeSeconds);
    static QString fleetMemory(const ReportScope &scope, qint64 rangeSeconds);

    // Charts (query_range); rateWindowSeconds at least the step so no sample falls between steps.
    static QString chartRequestRate(const ReportScope &scope, qint64 rateWindowSeconds);
    static QString chartErrorPercent(const ReportScope &scope, qint64 rateWindowSeconds);
    static QString chartLatencyP95Ms(const ReportScope &scope, qint64 rateWindowSeconds);
    static QString chartCpuPercent(const ReportScope &scope, qint64 rateWindowSeconds);

    // SQL, parameters $1 = from, $2 = to (timestamptz text), $3 = cloud or '', $4 = service or ''.
    static const char *sqlHealthTransitions();
    static const char *sqlFailovers();
    static const char *sqlFleet(); // $1 = cloud or ''
};

} // namespace looma
