#pragma once

#include "FleetSnapshot.h"
#include "MetricSample.h"

namespace looma::testfleet {

// A deterministic fleet for model tests and the benchmark (not the simulator: no I/O, no ports).
// Ids: regions 1..R, clusters 1..C, nodes 1..N, services 1..5, instances 1..I, all in order.
// Node n is "node-<n>" at 10.x.y.z; its instances are spread over the five AI services and put
// in one failover group per service and cluster, the first instance of a group being primary.
struct Shape
{
    int regions = 2;
    int clustersPerRegion = 2;
    int nodesPerCluster = 3;
    int instancesPerNode = 2;
};

FleetSnapshot build(const Shape &shape);

Region region(qint64 id, Cloud cloud, const QString &name, const QString &zone);
Cluster cluster(qint64 id, qint64 regionId, const QString &name);
Node node(qint64 id, qint64 clusterId, NodeStatus status = NodeStatus::Up);
Service service(qint64 id, const QString &name);
ServiceInstance instance(qint64 id, qint64 serviceId, qint64 nodeId, HealthState status = HealthState::Passing,
                         InstanceRole role = InstanceRole::Active, const QString &group = {});

MetricSample sample(std::initializer_list<std::pair<QString, QString>> labels, double value);

} // namespace looma::testfleet
