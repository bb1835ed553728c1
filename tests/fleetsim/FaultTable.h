#pragma once

#include <QByteArray>
#include <cstdint>
#include <string>
#include <vector>

namespace looma::fleetsim {

class FleetModel;

enum class FaultKind : std::uint8_t
{
    Down,
    Slow,
    Flapping,
    Errors,
    Partition
};
enum class FaultTarget : std::uint8_t
{
    Instance,
    FailoverGroup,
    Service,
    Region,
    Cloud
};

struct Fault
{
    int id = 0;
    FaultKind kind = FaultKind::Down;
    FaultTarget target = FaultTarget::Instance;
    std::string targetValue; // instance id as text, group, service, region or cloud name
    int latencyMs = 0;
    double errorRate = 0;
    int periodS = 0;
    double startedAt = 0; // simulator clock, seconds
    int affected = 0;     // instances matched when injected
};

// What all active faults together do to one instance. Kept as one compact array so that
// /health and /metrics read it in O(1) per instance.
struct InstanceEffect
{
    double flapStart = 0;
    float errorRate = 0;
    std::uint32_t latencyMs = 0;
    std::uint16_t flapPeriodS = 0;
    bool down = false;
    bool partitioned = false;
};

class FaultTable final
{
public:
    explicit FaultTable(const FleetModel &model);

    // Parses the control API's JSON body; on failure returns false and says why in *error.
    bool parse(const QByteArray &json, Fault *fault, std::string *error) const;

    int add(Fault fault, double now);
    bool remove(int id);
    void clear();

    const std::vector<Fault> &faults() const { return m_faults; }
    const InstanceEffect &effect(int instance) const { return m_effects[std::size_t(instance)]; }
    bool isDown(int instance, double now) const;
    bool regionPartitioned(int region) const { return m_partitionedRegions[std::size_t(region)] != 0; }

    QByteArray toJson() const;
    static QByteArray faultJson(const Fault &fault);

private:
    template <typename Fn> void forEachTarget(const Fault &fault, Fn fn) const;
    void recompute();

    const FleetModel &m_model;
    std::vector<Fault> m_faults;
    std::vector<InstanceEffect> m_effects;
    std::vector<std::uint8_t> m_partitionedRegions;
    int m_nextId = 1;
};

} // namespace looma::fleetsim
