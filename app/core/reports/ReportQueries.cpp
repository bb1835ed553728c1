#include "ReportQueries.h"

namespace looma {
namespace {

QString braces(const QString &matchers, const QString &extra = {})
{
    QStringList parts;
    if (!matchers.isEmpty())
        parts << matchers;
    if (!extra.isEmpty())
        parts << extra;
    return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
}

} // namespace

QString ReportQueries::aiMatchers(const ReportScope &scope)
{
    switch (scope.kind) {
    case ReportScope::Kind::All:
        return {};
    case ReportScope::Kind::Cloud:
        return QStringLiteral("cloud=\"%1\"").arg(scope.value);
    case ReportScope::Kind::Service:
        return QStringLiteral("service=\"%1\"").arg(scope.value);
    }
    return {};
}

QString ReportQueries::crmMatchers(const ReportScope &scope)
{
    return scope.kind == ReportScope::Kind::Cloud ? aiMatchers(scope) : QString();
}

QString ReportQueries::nodeMatchers(const ReportScope &scope)
{
    return crmMatchers(scope);
}

QString ReportQueries::window(qint64 seconds)
{
    return QStringLiteral("[%1s]").arg(seconds);
}

QString ReportQueries::aiTotal(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("sum by (service) (increase(looma_ai_requests_total%1%2))")
        .arg(braces(aiMatchers(scope)), window(rangeSeconds));
}

QString ReportQueries::aiFailed(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("sum by (service) (increase(looma_ai_requests_total%1%2))")
        .arg(braces(aiMatchers(scope), QStringLiteral("code=\"5xx\"")), window(rangeSeconds));
}

QString ReportQueries::aiP95(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("histogram_quantile(0.95, sum by (service, le) "
                          "(increase(looma_ai_request_duration_seconds_bucket%1%2)))")
        .arg(braces(aiMatchers(scope)), window(rangeSeconds));
}

QString ReportQueries::crmTotal(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("sum(increase(looma_crm_operations_total%1%2))")
        .arg(braces(crmMatchers(scope)), window(rangeSeconds));
}

QString ReportQueries::crmFailed(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("sum(increase(looma_crm_operations_total%1%2))")
        .arg(braces(crmMatchers(scope), QStringLiteral("status=\"error\"")), window(rangeSeconds));
}

QString ReportQueries::crmP95(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("histogram_quantile(0.95, sum by (le) "
                          "(increase(looma_crm_operation_duration_seconds_bucket%1%2)))")
        .arg(braces(crmMatchers(scope)), window(rangeSeconds));
}

QString ReportQueries::fleetCpu(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("100 * (1 - sum by (cloud, region) (rate(node_cpu_seconds_total%1%3)) "
                          "/ sum by (cloud, region) (rate(node_cpu_seconds_total%2%3)))")
        .arg(braces(nodeMatchers(scope), QStringLiteral("mode=\"idle\"")), braces(nodeMatchers(scope)),
             window(rangeSeconds));
}

QString ReportQueries::fleetMemory(const ReportScope &scope, qint64 rangeSeconds)
{
    return QStringLiteral("100 * (1 - sum by (cloud, region) (avg_over_time(node_memory_MemAvailable_bytes%1%2)) "
                          "/ sum by (cloud, region) (avg_over_time(node_memory_MemTotal_bytes%1%2)))")
        .arg(braces(nodeMatchers(scope)), window(rangeSeconds));
}

QString ReportQueries::chartRequestRate(const ReportScope &scope, qint64 rateWindowSeconds)
{
    return QStringLiteral("sum by (service) (rate(looma_ai_requests_total%1%2))")
        .arg(braces(aiMatchers(scope)), window(rateWindowSeconds));
}

QString ReportQueries::chartErrorPercent(const ReportScope &scope, qint64 rateWindowSeconds)
{
    return QStringLiteral("100 * sum by (service) (rate(looma_ai_requests_total%1%3)) "
                          "/ sum by (service) (rate(looma_ai_requests_total%2%3))")
        .arg(braces(aiMatchers(scope), QStringLiteral("code=\"5xx\"")), braces(aiMatchers(scope)),
             window(rateWindowSeconds));
}

QString ReportQueries::chartLatencyP95Ms(const ReportScope &scope, qint64 rateWindowSeconds)
{
    return QStringLiteral("1000 * histogram_quantile(0.95, sum by (service, le) "
                          "(rate(looma_ai_request_duration_seconds_bucket%1%2)))")
        .arg(braces(aiMatchers(scope)), window(rateWindowSeconds));
}

QString ReportQueries::chartCpuPercent(const ReportScope &scope, qint64 rateWindowSeconds)
{
    return QStringLiteral("100 * (1 - sum by (cloud) (rate(node_cpu_seconds_total%1%3)) "
                          "/ sum by (cloud) (rate(node_cpu_seconds_total%2%3)))")
        .arg(braces(nodeMatchers(scope), QStringLiteral("mode=\"idle\"")), braces(nodeMatchers(scope)),
             window(rateWindowSeconds));
}

// Transitions in the range, plus each instance's last transition before it when that left the
// instance critical (an outage already running when the range starts).
const char *ReportQueries::sqlHealthTransitions()
{
    return R"SQL(
WITH scoped AS (
    SELECT si.id AS instance_id, s.name AS service, si.endpoint, r.cloud, r.region
    FROM service_instances si
    JOIN services s ON s.id = si.service_id
    JOIN nodes n ON n.id = si.node_id
    JOIN clusters c ON c.id = n.cluster_id
    JOIN regions r ON r.id = c.region_id
    WHERE ($3::text = '' OR r.cloud = $3) AND ($4::text = '' OR s.name = $4)
), before AS (
    SELECT DISTINCT ON (he.instance_id) he.*
    FROM health_events he
    WHERE he.observed_at < $1::timestamptz
      AND he.instance_id IN (SELECT instance_id FROM health_events
                             WHERE observed_at < $1::timestamptz AND to_state = 'critical')
    ORDER BY he.instance_id, he.observed_at DESC, he.id DESC
), picked AS (
    SELECT * FROM before WHERE to_state = 'critical'
    UNION ALL
    SELECT * FROM health_events WHERE observed_at >= $1::timestamptz AND observed_at < $2::timestamptz
)
SELECT p.instance_id, p.from_state, p.to_state,
       to_char(p.observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       p.observer, p.detail, sc.service, sc.endpoint, sc.cloud, sc.region
FROM picked p JOIN scoped sc ON sc.instance_id = p.instance_id
ORDER BY p.instance_id, p.observed_at, p.id
)SQL";
}

const char *ReportQueries::sqlFailovers()
{
    return R"SQL(
SELECT fe.failover_group, coalesce(s.name, ''), fe.trigger, fe.actor, fe.reason, fe.outcome,
       to_char(fe.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       coalesce(to_char(coalesce(fe.finished_at, fe.committed_at) AT TIME ZONE 'UTC',
                        'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ''),
       coalesce(r.cloud, ''), coalesce(r.region, '')
FROM failover_events fe
LEFT JOIN services s ON s.id = fe.service_id
LEFT JOIN service_instances si ON si.id = fe.from_instance_id
LEFT JOIN nodes n ON n.id = si.node_id
LEFT JOIN clusters c ON c.id = n.cluster_id
LEFT JOIN regions r ON r.id = c.region_id
WHERE fe.started_at >= $1::timestamptz AND fe.started_at < $2::timestamptz
  AND ($3::text = '' OR r.cloud = $3) AND ($4::text = '' OR s.name = $4)
ORDER BY fe.started_at, fe.id
)SQL";
}

const char *ReportQueries::sqlFleet()
{
    return R"SQL(
SELECT r.cloud, r.region,
       count(*) FILTER (WHERE n.status = 'up'),
       count(*) FILTER (WHERE n.status = 'down'),
       count(*) FILTER (WHERE n.status = 'draining')
FROM nodes n
JOIN clusters c ON c.id = n.cluster_id
JOIN regions r ON r.id = c.region_id
WHERE ($1::text = '' OR r.cloud = $1)
GROUP BY r.cloud, r.region
ORDER BY r.cloud, r.region
)SQL";
}

} // namespace looma
