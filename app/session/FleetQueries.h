#pragma once

#include "MetricSample.h"
#include "PromFleetHealth.h"
#include "PromTypes.h"

#include <QList>
#include <QString>

namespace looma {

// The fleet-wide PromQL the session runs on every refresh, one aggregate per figure (`by (node)`,
// `by (service)`), so the number of queries never depends on the node count; and the pure
// conversions of their answers. Label names come from the settings' label mapping.
class FleetQueries final
{
public:
    FleetQueries(const QString &nodeLabel, const QString &serviceLabel, const QString &window);

    QString nodeCpu() const;
    QString nodeMemory() const;
    QString serviceRequestRate() const;
    QString serviceErrorRatio() const;
    QString serviceLatencyP95Ms() const;
    static QString instancesDown();
    static QString targetsDown();

    static QList<MetricSample> toMetricSamples(const QList<PromSample> &samples);
    // Fills downInstances and downByRegion from `looma_instance_up == 0`; samples without a numeric
    // instance_id still count for their region.
    static void readInstancesDown(const QList<PromSample> &samples, PromFleetHealth *health);
    static void readTargetsDown(const QList<PromSample> &samples, PromFleetHealth *health);

private:
    QString m_node;
    QString m_service;
    QString m_window;
};

} // namespace looma
