#include "FleetQueries.h"

namespace looma {

FleetQueries::FleetQueries(const QString &nodeLabel, const QString &serviceLabel, const QString &window)
    : m_node(nodeLabel.isEmpty() ? QStringLiteral("node") : nodeLabel)
    , m_service(serviceLabel.isEmpty() ? QStringLiteral("service") : serviceLabel)
    , m_window(window.isEmpty() ? QStringLiteral("1m") : window)
{
}

QString FleetQueries::nodeCpu() const
{
    return QStringLiteral("100 * (1 - sum by (%1) (rate(node_cpu_seconds_total{mode=\"idle\"}[%2])) "
                          "/ sum by (%1) (rate(node_cpu_seconds_total[%2])))")
        .arg(m_node, m_window);
}

QString FleetQueries::nodeMemory() const
{
    return QStringLiteral("100 * (1 - sum by (%1) (node_memory_MemAvailable_bytes) "
                          "/ sum by (%1) (node_memory_MemTotal_bytes))")
        .arg(m_node);
}

QString FleetQueries::serviceRequestRate() const
{
    return QStringLiteral("sum by (%1) (rate(looma_ai_requests_total[%2]))").arg(m_service, m_window);
}

QString FleetQueries::serviceErrorRatio() const
{
    return QStringLiteral("sum by (%1) (rate(looma_ai_requests_total{code=\"5xx\"}[%2])) "
                          "/ sum by (%1) (rate(looma_ai_requests_total[%2]))")
        .arg(m_service, m_window);
}

QString FleetQueries::serviceLatencyP95Ms() const
{
    return QStringLiteral("1000 * histogram_quantile(0.95, sum by (%1, le) "
                          "(rate(looma_ai_request_duration_seconds_bucket[%2])))")
        .arg(m_service, m_window);
}

QString FleetQueries::instancesDown()
{
    // Only the instances that are down come back: a handful normally, bounded by the fleet at worst.
    return QStringLiteral("looma_instance_up == 0");
}

QString FleetQueries::targetsDown()
{
    return QStringLiteral("count by (cloud, region) (up == 0)");
}

QList<MetricSample> FleetQueries::toMetricSamples(const QList<PromSample> &samples)
{
    QList<MetricSample> out;
    out.reserve(samples.size());
    for (const PromSample &s : samples) {
        MetricSample m;
        m.value = s.value;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            m.labels.insert(it.key(), it.value());
        out << m;
    }
    return out;
}

void FleetQueries::readInstancesDown(const QList<PromSample> &samples, PromFleetHealth *health)
{
    health->downInstances.clear();
    health->downByRegion.clear();
    for (const PromSample &s : samples) {
        bool ok = false;
        const qint64 id = s.labels.value(QStringLiteral("instance_id")).toLongLong(&ok);
        if (ok && id > 0)
            health->downInstances.insert(id);
        const QString key = PromFleetHealth::regionKey(s.labels.value(QStringLiteral("cloud")),
                                                       s.labels.value(QStringLiteral("region")));
        health->downByRegion[key] += 1;
    }
}

void FleetQueries::readTargetsDown(const QList<PromSample> &samples, PromFleetHealth *health)
{
    health->unscrapedRegions.clear();
    for (const PromSample &s : samples) {
        if (s.value > 0) {
            health->unscrapedRegions.insert(PromFleetHealth::regionKey(
                s.labels.value(QStringLiteral("cloud")), s.labels.value(QStringLiteral("region"))));
        }
    }
}

} // namespace looma
