#pragma once

#include "DomainEnums.h"
#include "SplitMix64.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace looma::fleetsim {

// What to generate. The same spec always gives the same fleet, byte for byte.
struct FleetSpec
{
    std::uint64_t seed = 20240601;
    int nodes = 10000;
    int instances = 50000;
    int clustersPerZone = 2;
};

// One row of the registry's `regions` table: a zone of a cloud region.
struct SimZone
{
    int regionIndex = 0;
    std::string zone; // ap-guangzhou-3, cn-hangzhou-h
};

// A cloud region; it is also one Prometheus scrape target.
struct SimRegion
{
    Cloud cloud = Cloud::Tencent;
    std::string name; // ap-guangzhou
    std::vector<int> zones;
    std::vector<int> clusters;
    std::vector<int> nodes;
    std::vector<int> instances;
};

struct SimCluster
{
    int zoneIndex = 0;
    int regionIndex = 0;
    std::string name;
    std::string purpose;
    std::vector<int> nodes;
};

struct SimNode
{
    int clusterIndex = 0;
    std::string hostname;
    std::string ip; // always inside 127.0.0.0/8: this machine never talks to anything else
    int cpuCores = 0;
    int memoryMb = 0;
    float baseUtilisation = 0; // mean CPU busy share
    float baseMemory = 0;      // mean memory used share
    float phase = 0;           // radians; desynchronises the nodes' daily waves
};

struct SimService
{
    std::string name;
    ServiceKind kind = ServiceKind::Ai;
    int port = 0;
    std::string description;
    std::vector<int> instances;
};

struct SimGroup
{
    std::string name; // ai-gateway, ai-gateway/pool-02, postgresql/shard-07
    int serviceIndex = 0;
    int primary = 0; // instance index
    std::vector<int> members;
};

struct SimInstance
{
    std::int32_t nodeIndex = 0;
    std::int32_t groupIndex = 0;
    std::uint16_t serviceIndex = 0;
    std::uint16_t port = 0;
    InstanceRole role = InstanceRole::Active;
    std::int16_t weight = 100;
};

// The simulated fleet. Every object's registry id is its index + 1, so the simulator, the seeded
// registry and Prometheus labels agree without a lookup.
class FleetModel final
{
public:
    explicit FleetModel(const FleetSpec &spec);

    const FleetSpec &spec() const { return m_spec; }
    const std::vector<SimRegion> &regions() const { return m_regions; }
    const std::vector<SimZone> &zones() const { return m_zones; }
    const std::vector<SimCluster> &clusters() const { return m_clusters; }
    const std::vector<SimNode> &nodes() const { return m_nodes; }
    const std::vector<SimService> &services() const { return m_services; }
    const std::vector<SimGroup> &groups() const { return m_groups; }
    const std::vector<SimInstance> &instances() const { return m_instances; }

    Cloud cloudOfInstance(int index) const { return m_regions[regionOfInstance(index)].cloud; }
    int regionOfInstance(int index) const
    {
        return m_clusters[m_nodes[m_instances[index].nodeIndex].clusterIndex].regionIndex;
    }
    int clusterOfInstance(int index) const { return m_nodes[m_instances[index].nodeIndex].clusterIndex; }
    std::string endpoint(int index) const;

    // -1 when unknown.
    int groupIndex(const std::string &name) const;
    int serviceIndex(const std::string &name) const;
    int regionIndex(const std::string &name) const;

    static constexpr int minimumNodes = 40;
    static constexpr int minimumInstances = 100;

private:
    void buildGeography();
    void buildNodes();
    void buildServices();
    void buildInstances();
    void addGroup(int serviceIndex, const std::string &name, int size, int standbys);
    int pickCluster(Cloud cloud, int avoidRegion);
    int placeOnNode(int serviceIndex, int clusterIndex, std::uint16_t *port);

    FleetSpec m_spec;
    SplitMix64 m_rng{0};
    std::vector<int> m_cloudClusters[2];
    std::vector<SimRegion> m_regions;
    std::vector<SimZone> m_zones;
    std::vector<SimCluster> m_clusters;
    std::vector<SimNode> m_nodes;
    std::vector<SimService> m_services;
    std::vector<SimGroup> m_groups;
    std::vector<SimInstance> m_instances;
    std::vector<int> m_placementCursor; // per (service, cluster)
    std::unordered_map<std::string, int> m_groupByName;
};

} // namespace looma::fleetsim
