#pragma once

#include "FleetSnapshot.h"
#include "InstanceRollup.h"
#include "LabelMapping.h"
#include "NodeMetrics.h"
#include "RecentHistory.h"
#include "RowChanges.h"
#include "ServiceMetrics.h"
#include "SourceStatus.h"
#include "TableDiff.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace looma {

struct MetricSample;

// The latest registry state as value types in id-indexed tables, plus the derived indexes the
// models need (instances by node / service / failover group, node -> cluster -> region, instance
// counts per node). apply() diffs every snapshot, full or delta, against the current state and
// emits only what changed, per table, with ids; an identical re-delivery emits nothing.
//
// All signals are emitted after the whole snapshot is applied, so a slot sees consistent state.
// Pointers returned by the lookups stay valid until the next apply().
class FleetStore final : public QObject
{
    Q_OBJECT

public:
    explicit FleetStore(QObject *parent = nullptr);

    void apply(const FleetSnapshot &snapshot);
    // Room for this many rows, so that a load arriving in slices does not rehash midway.
    void reserve(qsizetype nodes, qsizetype instances);
    qint64 watermark() const { return m_watermark; }

    // The store keeps its rows while the source is stale; it only passes the status on.
    void setSourceStatus(const SourceStatus &status);
    const SourceStatus &sourceStatus() const { return m_sourceStatus; }

    const Region *region(qint64 id) const { return find(m_regions, id); }
    const Cluster *cluster(qint64 id) const { return find(m_clusters, id); }
    const Node *node(qint64 id) const { return find(m_nodes, id); }
    const Service *service(qint64 id) const { return find(m_services, id); }
    const ServiceInstance *instance(qint64 id) const { return find(m_instances, id); }
    const CheckPolicy *policy(qint64 id) const { return find(m_policies, id); }
    const Cluster *clusterOfNode(qint64 nodeId) const;
    const Region *regionOfNode(qint64 nodeId) const;

    QList<qint64> regionIds() const { return m_regions.keys(); }
    QList<qint64> clusterIds() const { return m_clusters.keys(); }
    QList<qint64> nodeIds() const { return m_nodes.keys(); }
    QList<qint64> serviceIds() const { return m_services.keys(); }
    QList<qint64> instanceIds() const { return m_instances.keys(); }
    QList<qint64> policyIds() const { return m_policies.keys(); }
    qsizetype nodeCount() const { return m_nodes.size(); }
    qsizetype instanceCount() const { return m_instances.size(); }

    // Derived indexes. They are keyed by the referenced id whether or not that row exists, so
    // orphans (an instance whose node is unknown) stay visible instead of vanishing.
    QList<qint64> instancesOnNode(qint64 nodeId) const { return m_instancesByNode.value(nodeId); }
    QList<qint64> instancesOfService(qint64 serviceId) const;
    QList<qint64> instancesInGroup(const QString &group) const { return m_instancesByGroup.value(group); }
    QStringList failoverGroups() const { return m_instancesByGroup.keys(); }
    QList<qint64> nodesInCluster(qint64 clusterId) const;
    QList<qint64> clustersInRegion(qint64 regionId) const { return m_clustersByRegion.value(regionId); }
    InstanceRollup rollupOfNode(qint64 nodeId) const { return m_rollups.value(nodeId); }
    QList<qint64> rollupNodeIds() const { return m_rollups.keys(); } // every node id instances name
    int orphanInstanceCount() const; // instances whose node is unknown
    int orphanNodeCount() const;     // nodes whose cluster, or whose cluster's region, is unknown

    void setHistoryLimit(int limit) { m_history.setLimit(limit); }
    const RecentHistory &history() const { return m_history; }

    // Prometheus figures, joined by label values; a new mapping applies from the next delivery.
    void setLabelMapping(const LabelMapping &mapping) { m_labelMapping = mapping; }
    const LabelMapping &labelMapping() const { return m_labelMapping; }
    void setNodeMetrics(const QList<MetricSample> &cpuPercent, const QList<MetricSample> &memoryPercent);
    void setServiceMetrics(const QList<MetricSample> &requestRate, const QList<MetricSample> &errorRatio,
                           const QList<MetricSample> &latencyP95Ms);
    NodeMetrics nodeMetrics(qint64 nodeId) const { return m_nodeMetrics.value(nodeId); }
    ServiceMetrics serviceMetrics(qint64 serviceId) const { return m_serviceMetrics.value(serviceId); }
    int unmatchedNodeSamples() const { return m_unmatchedNodeSamples; }
    int unmatchedServiceSamples() const { return m_unmatchedServiceSamples; }

Q_SIGNALS:
    void regionsChanged(const looma::RowChanges &changes);
    void clustersChanged(const looma::RowChanges &changes);
    void nodesChanged(const looma::RowChanges &changes);
    void servicesChanged(const looma::RowChanges &changes);
    void instancesChanged(const looma::RowChanges &changes);
    void policiesChanged(const looma::RowChanges &changes);
    // Derived: nodes whose instance counts by health changed; failover groups whose members changed.
    void nodeRollupsChanged(const QList<qint64> &nodeIds);
    void failoverGroupsChanged(const QStringList &groups);
    void historyAppended(const QList<looma::HealthEvent> &health, const QList<looma::FailoverEvent> &failovers,
                         const QList<looma::AuditEntry> &audit);
    void nodeMetricsChanged(const QList<qint64> &nodeIds);
    void serviceMetricsChanged(const QList<qint64> &serviceIds);
    void sourceStatusChanged(const looma::SourceStatus &status);

private:
    template <typename T>
    static const T *find(const detail::Table<T> &table, qint64 id)
    {
        const auto it = table.constFind(id);
        return it == table.cend() ? nullptr : &it->value;
    }

    void indexCluster(const Cluster *before, const Cluster *after);
    void indexNode(const Node *before, const Node *after);
    void indexService(const Service *before, const Service *after);
    void indexInstance(const ServiceInstance *before, const ServiceInstance *after);
    void touchRollup(qint64 nodeId);
    qint64 resolveNode(const MetricSample &sample) const;

    detail::Table<Region> m_regions;
    detail::Table<Cluster> m_clusters;
    detail::Table<Node> m_nodes;
    detail::Table<Service> m_services;
    detail::Table<ServiceInstance> m_instances;
    detail::Table<CheckPolicy> m_policies;
    quint32 m_epoch = 0;
    qint64 m_watermark = 0;

    QHash<qint64, QList<qint64>> m_clustersByRegion;
    QHash<qint64, QSet<qint64>> m_nodesByCluster;
    QHash<qint64, QList<qint64>> m_instancesByNode;     // a handful per node
    QHash<qint64, QSet<qint64>> m_instancesByService;   // thousands per service: a set to remove in O(1)
    QHash<QString, QList<qint64>> m_instancesByGroup;
    QHash<qint64, InstanceRollup> m_rollups;
    QHash<QString, QList<qint64>> m_nodesByHost; // hostname and IP -> node ids, for the metrics join
    QHash<QString, qint64> m_servicesByName;

    // Per-apply bookkeeping for the derived signals.
    QHash<qint64, InstanceRollup> m_rollupsBefore;
    QSet<QString> m_touchedGroups;

    RecentHistory m_history;
    SourceStatus m_sourceStatus;
    LabelMapping m_labelMapping;
    QHash<qint64, NodeMetrics> m_nodeMetrics;
    QHash<qint64, ServiceMetrics> m_serviceMetrics;
    int m_unmatchedNodeSamples = 0;
    int m_unmatchedServiceSamples = 0;
};

} // namespace looma
