#pragma once

#include <QMetaType>
#include <QString>

namespace looma {

struct MetricSample;

// Which Prometheus label names the node, the service and the cluster of a sample. A real fleet
// whose exporters use other label names (instance, job, k8s_cluster) is adapted by settings.
struct LabelMapping
{
    QString nodeLabel = QStringLiteral("node");
    QString serviceLabel = QStringLiteral("service");
    QString clusterLabel = QStringLiteral("cluster");

    // The node label's value without a ":port" suffix, since `instance` labels carry one.
    QString nodeKey(const MetricSample &sample) const;
    QString serviceKey(const MetricSample &sample) const;
    QString clusterKey(const MetricSample &sample) const;

    bool operator==(const LabelMapping &o) const
    {
        return nodeLabel == o.nodeLabel && serviceLabel == o.serviceLabel && clusterLabel == o.clusterLabel;
    }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::LabelMapping)
