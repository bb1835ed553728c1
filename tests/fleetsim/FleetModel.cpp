#include "FleetModel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace looma::fleetsim {
namespace {

struct RegionSpec
{
    Cloud cloud;
    const char *name;
    std::vector<const char *> zoneSuffixes;
};

// Two to three zones per region, as both clouds name them.
const std::vector<RegionSpec> &regionCatalogue()
{
    static const std::vector<RegionSpec> catalogue{
        {Cloud::Tencent, "ap-guangzhou", {"3", "4", "6"}}, {Cloud::Tencent, "ap-shanghai", {"2", "4", "5"}},
        {Cloud::Tencent, "ap-beijing", {"3", "5"}},        {Cloud::Tencent, "ap-chengdu", {"1", "2"}},
        {Cloud::Alibaba, "cn-hangzhou", {"h", "i", "j"}},  {Cloud::Alibaba, "cn-shanghai", {"e", "f"}},
        {Cloud::Alibaba, "cn-beijing", {"g", "h", "i"}},   {Cloud::Alibaba, "cn-shenzhen", {"d", "e"}},
    };
    return catalogue;
}

struct ServiceSpec
{
    const char *name;
    ServiceKind kind;
    int port;
    int weight;              // share of all instances, in percent
    int groupSize;           // members per failover group
    int standbys;            // per group; the rest beyond the primary are load-balanced 'active' members
    const char *groupPrefix; // "" for the service's own group first, then pools; "shard" for data
    const char *description;
};

const std::vector<ServiceSpec> &serviceCatalogue()
{
    static const std::vector<ServiceSpec> catalogue{
        {"ai-gateway", ServiceKind::Ai, 8206, 12, 50, 3, "pool",
         "Routes, load-balances and circuit-breaks AI calls"},
        {"resume-service", ServiceKind::Ai, 8207, 12, 50, 3, "pool", "Resume parsing and scoring"},
        {"matching-service", ServiceKind::Ai, 8208, 12, 50, 3, "pool", "Talent-to-role matching"},
        {"chat-service", ServiceKind::Ai, 8209, 12, 50, 3, "pool", "Conversational assistant"},
        {"vector-service", ServiceKind::Ai, 8210, 12, 50, 3, "pool", "Embeddings and vector search"},
        {"looma-crm", ServiceKind::Crm, 8200, 15, 50, 3, "pool", "Looma CRM application servers"},
        {"postgresql", ServiceKind::Backend, 5432, 5, 5, 2, "shard", "CRM relational store"},
        {"redis", ServiceKind::Backend, 6379, 5, 5, 2, "shard", "Cache and sessions"},
        {"neo4j", ServiceKind::Backend, 7687, 5, 5, 2, "shard", "Relationship graph"},
        {"weaviate", ServiceKind::Backend, 8080, 5, 5, 2, "shard", "Vector database"},
        {"elasticsearch", ServiceKind::Backend, 9200, 5, 5, 2, "shard", "Full-text search"},
    };
    return catalogue;
}

// Splits total over weights so that the parts add up exactly (largest remainder).
std::vector<int> apportion(int total, const std::vector<double> &weights, int minimum)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    const int n = int(weights.size());
    std::vector<int> parts(n, minimum);
    int left = total - minimum * n;
    std::vector<std::pair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < n; ++i) {
        const double exact = left * weights[i] / sum;
        const int whole = int(std::floor(exact));
        parts[i] += whole;
        given += whole;
        remainders.emplace_back(exact - whole, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; k < left - given; ++k)
        ++parts[remainders[k % n].second];
    return parts;
}

std::string padded(int value, int width)
{
    std::string s = std::to_string(value);
    if (int(s.size()) < width)
        s.insert(0, std::size_t(width - int(s.size())), '0');
    return s;
}

int cloudSlot(Cloud cloud)
{
    return cloud == Cloud::Tencent ? 0 : 1;
}
Cloud otherCloud(Cloud cloud)
{
    return cloud == Cloud::Tencent ? Cloud::Alibaba : Cloud::Tencent;
}

} // namespace

FleetModel::FleetModel(const FleetSpec &spec)
    : m_spec(spec)
    , m_rng(spec.seed)
{
    if (spec.nodes < minimumNodes || spec.instances < minimumInstances || spec.clustersPerZone < 1)
        throw std::invalid_argument("fleet too small: need at least 40 nodes and 100 instances");
    buildGeography();
    buildNodes();
    buildServices();
    buildInstances();
}

void FleetModel::buildGeography()
{
    for (const RegionSpec &r : regionCatalogue()) {
        SimRegion region;
        region.cloud = r.cloud;
        region.name = r.name;
        const int regionIndex = int(m_regions.size());
        for (const char *suffix : r.zoneSuffixes) {
            const int zoneIndex = int(m_zones.size());
            m_zones.push_back({regionIndex, std::string(r.name) + '-' + suffix});
            region.zones.push_back(zoneIndex);
            for (int c = 1; c <= m_spec.clustersPerZone; ++c) {
                SimCluster cluster;
                cluster.zoneIndex = zoneIndex;
                cluster.regionIndex = regionIndex;
                cluster.name = std::string(r.cloud == Cloud::Tencent ? "tke-" : "ack-") +
                               m_zones.back().zone + '-' + padded(c, 2);
                cluster.purpose =
                    (c % 2 == 1) ? "online: AI services and CRM" : "data: CRM backends and batch";
                region.clusters.push_back(int(m_clusters.size()));
                m_cloudClusters[cloudSlot(r.cloud)].push_back(int(m_clusters.size()));
                m_clusters.push_back(std::move(cluster));
            }
        }
        m_regions.push_back(std::move(region));
    }
}

void FleetModel::buildNodes()
{
    std::vector<double> weights;
    for (std::size_t i = 0; i < m_clusters.size(); ++i)
        weights.push_back(0.75 + 0.5 * m_rng.unit());
    const std::vector<int> perCluster = apportion(m_spec.nodes, weights, 1);
    static const int cores[] = {8, 16, 16, 32, 32, 64};
    static const int gbPerCore[] = {2, 4, 4, 8};
    m_nodes.reserve(std::size_t(m_spec.nodes));
    for (std::size_t c = 0; c < m_clusters.size(); ++c) {
        SimCluster &cluster = m_clusters[c];
        for (int k = 0; k < perCluster[c]; ++k) {
            const int index = int(m_nodes.size());
            const int i = index + 1;
            SimNode node;
            node.clusterIndex = int(c);
            node.hostname = cluster.name + "-n" + padded(k + 1, 5);
            node.ip = "127." + std::to_string(10 + i / 65536) + '.' + std::to_string((i / 256) % 256) + '.' +
                      std::to_string(i % 256);
            node.cpuCores = cores[m_rng.below(6)];
            node.memoryMb = node.cpuCores * gbPerCore[m_rng.below(4)] * 1024;
            node.baseUtilisation = float(0.15 + 0.5 * m_rng.unit());
            node.baseMemory = float(0.3 + 0.45 * m_rng.unit());
            node.phase = float(6.283185307179586 * m_rng.unit());
            cluster.nodes.push_back(index);
            m_regions[cluster.regionIndex].nodes.push_back(index);
            m_nodes.push_back(std::move(node));
        }
    }
}

void FleetModel::buildServices()
{
    for (const ServiceSpec &s : serviceCatalogue())
        m_services.push_back({s.name, s.kind, s.port, s.description, {}});
    m_placementCursor.assign(m_services.size() * m_clusters.size(), 0);
}

void FleetModel::buildInstances()
{
    const auto &catalogue = serviceCatalogue();
    std::vector<double> weights;
    for (const ServiceSpec &s : catalogue)
        weights.push_back(s.weight);
    const std::vector<int> perService = apportion(m_spec.instances, weights, 3);
    m_instances.reserve(std::size_t(m_spec.instances));
    for (std::size_t s = 0; s < catalogue.size(); ++s) {
        const ServiceSpec &spec = catalogue[s];
        const int count = perService[s];
        const int groupCount = std::max(1, count / spec.groupSize);
        const int width = std::max(2, int(std::to_string(groupCount).size()));
        for (int g = 0; g < groupCount; ++g) {
            const int size = count / groupCount + (g < count % groupCount ? 1 : 0);
            std::string name;
            if (spec.kind == ServiceKind::Backend)
                name = std::string(spec.name) + "/shard-" + padded(g + 1, width);
            else if (g == 0)
                name = spec.name; // "the service's own group": its primary is the service's current primary
            else
                name = std::string(spec.name) + '/' + spec.groupPrefix + '-' + padded(g, width);
            addGroup(int(s), name, size, std::min(spec.standbys, size - 1));
        }
    }
}

void FleetModel::addGroup(int serviceIndex, const std::string &name, int size, int standbys)
{
    const int groupIndex = int(m_groups.size());
    SimGroup group;
    group.name = name;
    group.serviceIndex = serviceIndex;
    const Cloud home = m_rng.below(2) == 0 ? Cloud::Tencent : Cloud::Alibaba;
    int primaryRegion = -1;
    for (int k = 0; k < size; ++k) {
        InstanceRole role = InstanceRole::Active;
        Cloud cloud = home;
        int avoidRegion = -1;
        if (k == 0) {
            role = InstanceRole::Primary;
        } else if (k <= standbys) {
            // Standbys alternate: the other cloud first (a whole-cloud outage must leave one),
            // then the primary's cloud in another region.
            role = InstanceRole::Standby;
            cloud = (k % 2 == 1) ? otherCloud(home) : home;
            avoidRegion = primaryRegion;
        } else {
            cloud = (k % 2 == 1) ? otherCloud(home) : home;
        }
        const int cluster = pickCluster(cloud, avoidRegion);
        if (k == 0)
            primaryRegion = m_clusters[cluster].regionIndex;
        SimInstance instance;
        instance.serviceIndex = std::uint16_t(serviceIndex);
        instance.groupIndex = groupIndex;
        instance.role = role;
        // Standbys take no traffic by role, not by weight: weight 0 means "never promote here"
        // to the failover policy, so seeded standbys must stay eligible.
        instance.weight = std::int16_t(role == InstanceRole::Standby ? 50 : 100);
        instance.nodeIndex = placeOnNode(serviceIndex, cluster, &instance.port);
        const int index = int(m_instances.size());
        if (k == 0)
            group.primary = index;
        group.members.push_back(index);
        m_services[serviceIndex].instances.push_back(index);
        m_regions[m_clusters[cluster].regionIndex].instances.push_back(index);
        m_instances.push_back(instance);
    }
    m_groupByName.emplace(group.name, groupIndex);
    m_groups.push_back(std::move(group));
}

int FleetModel::pickCluster(Cloud cloud, int avoidRegion)
{
    const std::vector<int> &candidates = m_cloudClusters[cloudSlot(cloud)];
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int c = candidates[m_rng.below(std::uint32_t(candidates.size()))];
        if (m_clusters[c].regionIndex != avoidRegion)
            return c;
    }
    return candidates[m_rng.below(std::uint32_t(candidates.size()))];
}

int FleetModel::placeOnNode(int serviceIndex, int clusterIndex, std::uint16_t *port)
{
    // Walk the cluster's nodes from a per-(service, cluster) offset, so that two instances of one
    // service share a node (and then differ in port) only when the cluster has run out of nodes.
    const SimCluster &cluster = m_clusters[clusterIndex];
    const int cursor = m_placementCursor[std::size_t(serviceIndex) * m_clusters.size() + clusterIndex]++;
    const int size = int(cluster.nodes.size());
    const int offset =
        int(SplitMix64::mix(m_spec.seed, std::uint64_t(serviceIndex), std::uint64_t(clusterIndex)) %
            std::uint64_t(size));
    const int wrap = std::min(cursor / size, (65535 - m_services[serviceIndex].port) / 100);
    *port = std::uint16_t(m_services[serviceIndex].port + 100 * wrap);
    return cluster.nodes[(offset + cursor) % size];
}

std::string FleetModel::endpoint(int index) const
{
    const SimInstance &instance = m_instances[index];
    return m_nodes[instance.nodeIndex].ip + ':' + std::to_string(instance.port);
}

int FleetModel::groupIndex(const std::string &name) const
{
    const auto it = m_groupByName.find(name);
    return it == m_groupByName.end() ? -1 : it->second;
}

int FleetModel::serviceIndex(const std::string &name) const
{
    for (std::size_t i = 0; i < m_services.size(); ++i) {
        if (m_services[i].name == name)
            return int(i);
    }
    return -1;
}

int FleetModel::regionIndex(const std::string &name) const
{
    for (std::size_t i = 0; i < m_regions.size(); ++i) {
        if (m_regions[i].name == name)
            return int(i);
    }
    return -1;
}

} // namespace looma::fleetsim
