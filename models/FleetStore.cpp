#include "FleetStore.h"

#include "MetricSample.h"

namespace looma {
namespace {

template <typename K, typename V>
void removeFromListIndex(QHash<K, QList<V>> &index, const K &key, const V &value)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeOne(value);
    if (it->isEmpty())
        index.erase(it);
}

template <typename K, typename V>
void removeFromSetIndex(QHash<K, QSet<V>> &index, const K &key, const V &value)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    it->remove(value);
    if (it->isEmpty())
        index.erase(it);
}

// Fields of an instance that the failover group view shows.
bool sameForGroup(const ServiceInstance &a, const ServiceInstance &b)
{
    return a.failoverGroup == b.failoverGroup && a.serviceId == b.serviceId && a.nodeId == b.nodeId
        && a.endpoint == b.endpoint && a.role == b.role && a.status == b.status
        && a.generation == b.generation && a.maintenance == b.maintenance;
}

} // namespace

FleetStore::FleetStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RowChanges>();
    qRegisterMetaType<SourceStatus>();
}

void FleetStore::apply(const FleetSnapshot &snap)
{
    // A full snapshot starts a new epoch: rows it does not carry keep the old one and are removed.
    if (snap.full)
        ++m_epoch;
    m_watermark = std::max(m_watermark, snap.watermark);
    m_rollupsBefore.clear();
    m_touchedGroups.clear();

    const auto noIndex = [](const auto *, const auto *) {};
    const RowChanges regions = detail::applyTable(m_regions, snap.regions, snap.deletedRegions, snap.full,
                                                  m_epoch, noIndex);
    const RowChanges clusters = detail::applyTable(
        m_clusters, snap.clusters, snap.deletedClusters, snap.full, m_epoch,
        [this](const Cluster *b, const Cluster *a) { indexCluster(b, a); });
    const RowChanges services = detail::applyTable(
        m_services, snap.services, snap.deletedServices, snap.full, m_epoch,
        [this](const Service *b, const Service *a) { indexService(b, a); });
    const RowChanges policies = detail::applyTable(m_policies, snap.policies, snap.deletedPolicies,
                                                   snap.full, m_epoch, noIndex);
    const RowChanges nodes = detail::applyTable(m_nodes, snap.nodes, snap.deletedNodes, snap.full, m_epoch,
                                                [this](const Node *b, const Node *a) { indexNode(b, a); });
    const RowChanges instances = detail::applyTable(
        m_instances, snap.instances, snap.deletedInstances, snap.full, m_epoch,
        [this](const ServiceInstance *b, const ServiceInstance *a) { indexInstance(b, a); });

    QList<qint64> rollups;
    for (auto it = m_rollupsBefore.cbegin(); it != m_rollupsBefore.cend(); ++it) {
        if (m_rollups.value(it.key()) != it.value())
            rollups.append(it.key());
    }
    const QStringList groups(m_touchedGroups.cbegin(), m_touchedGroups.cend());
    const QList<HealthEvent> health = m_history.add(snap.healthEvents);
    const QList<FailoverEvent> failovers = m_history.add(snap.failoverEvents);
    const QList<AuditEntry> audit = m_history.add(snap.auditEntries);

    // Parents before children, so a slot that looks a parent up finds it.
    if (!regions.isEmpty())
        Q_EMIT regionsChanged(regions);
    if (!clusters.isEmpty())
        Q_EMIT clustersChanged(clusters);
    if (!services.isEmpty())
        Q_EMIT servicesChanged(services);
    if (!policies.isEmpty())
        Q_EMIT policiesChanged(policies);
    if (!nodes.isEmpty())
        Q_EMIT nodesChanged(nodes);
    if (!instances.isEmpty())
        Q_EMIT instancesChanged(instances);
    if (!rollups.isEmpty())
        Q_EMIT nodeRollupsChanged(rollups);
    if (!groups.isEmpty())
        Q_EMIT failoverGroupsChanged(groups);
    if (!health.isEmpty() || !failovers.isEmpty() || !audit.isEmpty())
        Q_EMIT historyAppended(health, failovers, audit);
}

void FleetStore::reserve(qsizetype nodes, qsizetype instances)
{
    m_nodes.reserve(nodes);
    m_instances.reserve(instances);
    m_instancesByNode.reserve(nodes);
    m_rollups.reserve(nodes);
    m_nodesByHost.reserve(2 * nodes);
}

void FleetStore::setSourceStatus(const SourceStatus &status)
{
    m_sourceStatus = status;
    Q_EMIT sourceStatusChanged(m_sourceStatus);
}

const Cluster *FleetStore::clusterOfNode(qint64 nodeId) const
{
    const Node *n = node(nodeId);
    return n ? cluster(n->clusterId) : nullptr;
}

const Region *FleetStore::regionOfNode(qint64 nodeId) const
{
    const Cluster *c = clusterOfNode(nodeId);
    return c ? region(c->regionId) : nullptr;
}

QList<qint64> FleetStore::instancesOfService(qint64 serviceId) const
{
    const QSet<qint64> ids = m_instancesByService.value(serviceId);
    return QList<qint64>(ids.cbegin(), ids.cend());
}

QList<qint64> FleetStore::nodesInCluster(qint64 clusterId) const
{
    const QSet<qint64> ids = m_nodesByCluster.value(clusterId);
    return QList<qint64>(ids.cbegin(), ids.cend());
}

int FleetStore::orphanInstanceCount() const
{
    int count = 0;
    for (auto it = m_rollups.cbegin(); it != m_rollups.cend(); ++it) {
        if (!m_nodes.contains(it.key()))
            count += it->total();
    }
    return count;
}

int FleetStore::orphanNodeCount() const
{
    int count = 0;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const Cluster *c = cluster(it->value.clusterId);
        if (!c || !m_regions.contains(c->regionId))
            ++count;
    }
    return count;
}

void FleetStore::indexCluster(const Cluster *before, const Cluster *after)
{
    if (before && after && before->regionId == after->regionId)
        return;
    if (before)
        removeFromListIndex(m_clustersByRegion, before->regionId, before->id);
    if (after)
        m_clustersByRegion[after->regionId].append(after->id);
}

void FleetStore::indexNode(const Node *before, const Node *after)
{
    if (before && (!after || before->clusterId != after->clusterId))
        removeFromSetIndex(m_nodesByCluster, before->clusterId, before->id);
    if (after && (!before || before->clusterId != after->clusterId))
        m_nodesByCluster[after->clusterId].insert(after->id);

    if (before && (!after || before->hostname != after->hostname || before->ip != after->ip)) {
        removeFromListIndex(m_nodesByHost, before->hostname, before->id);
        removeFromListIndex(m_nodesByHost, before->ip, before->id);
    }
    if (after && (!before || before->hostname != after->hostname || before->ip != after->ip)) {
        m_nodesByHost[after->hostname].append(after->id);
        if (!after->ip.isEmpty() && after->ip != after->hostname)
            m_nodesByHost[after->ip].append(after->id);
    }
    if (!after)
        m_nodeMetrics.remove(before->id);
}

void FleetStore::indexService(const Service *before, const Service *after)
{
    if (before && (!after || before->name != after->name))
        m_servicesByName.remove(before->name);
    if (after)
        m_servicesByName.insert(after->name, after->id);
    if (!after)
        m_serviceMetrics.remove(before->id);
}

void FleetStore::touchRollup(qint64 nodeId)
{
    if (!m_rollupsBefore.contains(nodeId))
        m_rollupsBefore.insert(nodeId, m_rollups.value(nodeId));
}

void FleetStore::indexInstance(const ServiceInstance *before, const ServiceInstance *after)
{
    if (before && after && sameForGroup(*before, *after))
        return; // weight, check URL, ...: nothing derived depends on them
    if (before) {
        touchRollup(before->nodeId);
        auto rollup = m_rollups.find(before->nodeId);
        rollup->add(before->status, -1);
        if (rollup->isEmpty())
            m_rollups.erase(rollup);
        if (!after || before->nodeId != after->nodeId)
            removeFromListIndex(m_instancesByNode, before->nodeId, before->id);
        if (!after || before->serviceId != after->serviceId)
            removeFromSetIndex(m_instancesByService, before->serviceId, before->id);
        if (!before->failoverGroup.isEmpty()) {
            m_touchedGroups.insert(before->failoverGroup);
            if (!after || before->failoverGroup != after->failoverGroup)
                removeFromListIndex(m_instancesByGroup, before->failoverGroup, before->id);
        }
    }
    if (after) {
        touchRollup(after->nodeId);
        m_rollups[after->nodeId].add(after->status, 1);
        if (!before || before->nodeId != after->nodeId)
            m_instancesByNode[after->nodeId].append(after->id);
        if (!before || before->serviceId != after->serviceId)
            m_instancesByService[after->serviceId].insert(after->id);
        if (!after->failoverGroup.isEmpty()) {
            m_touchedGroups.insert(after->failoverGroup);
            if (!before || before->failoverGroup != after->failoverGroup)
                m_instancesByGroup[after->failoverGroup].append(after->id);
        }
    }
}

qint64 FleetStore::resolveNode(const MetricSample &sample) const
{
    const auto it = m_nodesByHost.constFind(m_labelMapping.nodeKey(sample));
    if (it == m_nodesByHost.cend())
        return 0;
    // With a cluster label the sample must agree with the registry; it also tells apart two
    // clusters that reuse a hostname. Without one, only an unambiguous hostname joins.
    const QString clusterName = m_labelMapping.clusterKey(sample);
    if (clusterName.isEmpty())
        return it->size() == 1 ? it->first() : 0;
    for (const qint64 id : *it) {
        const Cluster *c = clusterOfNode(id);
        if (c && c->name == clusterName)
            return id;
    }
    return 0;
}

void FleetStore::setNodeMetrics(const QList<MetricSample> &cpuPercent, const QList<MetricSample> &memoryPercent)
{
    QHash<qint64, NodeMetrics> next;
    next.reserve(m_nodeMetrics.size());
    int unmatched = 0;
    const auto join = [&](const QList<MetricSample> &samples, double NodeMetrics::*field) {
        for (const MetricSample &sample : samples) {
            const qint64 id = resolveNode(sample);
            if (id == 0)
                ++unmatched;
            else
                next[id].*field = sample.value;
        }
    };
    join(cpuPercent, &NodeMetrics::cpuPercent);
    join(memoryPercent, &NodeMetrics::memoryPercent);

    QList<qint64> changed;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (m_nodeMetrics.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = m_nodeMetrics.cbegin(); it != m_nodeMetrics.cend(); ++it) {
        if (!next.contains(it.key()))
            changed.append(it.key());
    }
    m_nodeMetrics = std::move(next);
    m_unmatchedNodeSamples = unmatched;
    if (!changed.isEmpty())
        Q_EMIT nodeMetricsChanged(changed);
}

void FleetStore::setServiceMetrics(const QList<MetricSample> &requestRate, const QList<MetricSample> &errorRatio,
                                   const QList<MetricSample> &latencyP95Ms)
{
    QHash<qint64, ServiceMetrics> next;
    int unmatched = 0;
    const auto join = [&](const QList<MetricSample> &samples, double ServiceMetrics::*field) {
        for (const MetricSample &sample : samples) {
            const qint64 id = m_servicesByName.value(m_labelMapping.serviceKey(sample), 0);
            if (id == 0)
                ++unmatched;
            else
                next[id].*field = sample.value;
        }
    };
    join(requestRate, &ServiceMetrics::requestRate);
    join(errorRatio, &ServiceMetrics::errorRatio);
    join(latencyP95Ms, &ServiceMetrics::latencyP95Ms);

    QList<qint64> changed;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (m_serviceMetrics.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = m_serviceMetrics.cbegin(); it != m_serviceMetrics.cend(); ++it) {
        if (!next.contains(it.key()))
            changed.append(it.key());
    }
    m_serviceMetrics = std::move(next);
    m_unmatchedServiceSamples = unmatched;
    if (!changed.isEmpty())
        Q_EMIT serviceMetricsChanged(changed);
}

} // namespace looma
