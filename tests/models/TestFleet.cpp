#include "TestFleet.h"

#include <QHash>

namespace looma::testfleet {

namespace {
const char16_t *const serviceNames[] = {u"ai-gateway", u"resume-service", u"matching-service", u"chat-service",
                                        u"vector-service"};
}

Region region(qint64 id, Cloud cloud, const QString &name, const QString &zone)
{
    Region r;
    r.id = id;
    r.cloud = cloud;
    r.region = name;
    r.zone = zone;
    r.displayName = name + u'/' + zone;
    r.changeSeq = id;
    return r;
}

Cluster cluster(qint64 id, qint64 regionId, const QString &name)
{
    Cluster c;
    c.id = id;
    c.regionId = regionId;
    c.name = name;
    c.purpose = QStringLiteral("ai");
    c.changeSeq = id;
    return c;
}

Node node(qint64 id, qint64 clusterId, NodeStatus status)
{
    Node n;
    n.id = id;
    n.clusterId = clusterId;
    n.hostname = QStringLiteral("node-%1").arg(id);
    n.ip = QStringLiteral("10.%1.%2.%3").arg((id >> 16) & 0xff).arg((id >> 8) & 0xff).arg(id & 0xff);
    n.status = status;
    n.cpuCores = 8;
    n.memoryMb = 32768;
    n.changeSeq = id;
    return n;
}

Service service(qint64 id, const QString &name)
{
    Service s;
    s.id = id;
    s.name = name;
    s.defaultPort = 8205 + static_cast<int>(id);
    s.changeSeq = id;
    return s;
}

ServiceInstance instance(qint64 id, qint64 serviceId, qint64 nodeId, HealthState status, InstanceRole role,
                         const QString &group)
{
    ServiceInstance i;
    i.id = id;
    i.serviceId = serviceId;
    i.nodeId = nodeId;
    i.endpoint = QStringLiteral("node-%1:%2").arg(nodeId).arg(8205 + serviceId);
    i.status = status;
    i.role = role;
    i.failoverGroup = group;
    i.healthCheckUrl = QStringLiteral("http://%1/health").arg(i.endpoint);
    i.changeSeq = id;
    return i;
}

FleetSnapshot build(const Shape &shape)
{
    FleetSnapshot snap;
    snap.full = true;
    snap.watermark = 1;
    for (int s = 0; s < 5; ++s)
        snap.services.append(service(s + 1, QString::fromUtf16(serviceNames[s])));
    qint64 clusterId = 0;
    qint64 nodeId = 0;
    qint64 instanceId = 0;
    snap.nodes.reserve(shape.regions * shape.clustersPerRegion * shape.nodesPerCluster);
    snap.instances.reserve(snap.nodes.capacity() * shape.instancesPerNode);
    for (int r = 1; r <= shape.regions; ++r) {
        const bool tencent = r % 2 == 1;
        const QString name = tencent ? QStringLiteral("ap-guangzhou") : QStringLiteral("cn-hangzhou");
        snap.regions.append(region(r, tencent ? Cloud::Tencent : Cloud::Alibaba, name,
                                   name + u'-' + QString::number(r)));
        for (int c = 0; c < shape.clustersPerRegion; ++c) {
            ++clusterId;
            snap.clusters.append(cluster(clusterId, r, QStringLiteral("cluster-%1").arg(clusterId)));
            QHash<qint64, bool> groupHasPrimary;
            for (int n = 0; n < shape.nodesPerCluster; ++n) {
                ++nodeId;
                snap.nodes.append(node(nodeId, clusterId));
                for (int k = 0; k < shape.instancesPerNode; ++k) {
                    const qint64 serviceId = (nodeId + k) % 5 + 1;
                    const QString group = QStringLiteral("%1@cluster-%2")
                                              .arg(QString::fromUtf16(serviceNames[serviceId - 1]))
                                              .arg(clusterId);
                    const bool primary = !groupHasPrimary.value(serviceId);
                    groupHasPrimary.insert(serviceId, true);
                    snap.instances.append(instance(++instanceId, serviceId, nodeId, HealthState::Passing,
                                                   primary ? InstanceRole::Primary : InstanceRole::Standby,
                                                   group));
                }
            }
        }
    }
    return snap;
}

MetricSample sample(std::initializer_list<std::pair<QString, QString>> labels, double value)
{
    MetricSample s;
    for (const auto &[k, v] : labels)
        s.labels.insert(k, v);
    s.value = value;
    return s;
}

} // namespace looma::testfleet
