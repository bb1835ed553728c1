#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace looma::fleetsim {

class FaultTable;
class FleetModel;

// Renders one region's Prometheus text exposition. Service metrics are aggregated per
// (service, cluster) to keep the series count affordable; counters are integrals of a rate
// that depends only on the fleet and the active faults, so rate() and histogram_quantile()
// see steady, explainable values.
class MetricsRenderer final
{
public:
    static constexpr int bucketCount = 15;

    MetricsRenderer(const FleetModel &model, const FaultTable &faults);

    // Integrates every counter up to now at the current rates; call before faults change so
    // that the old rates apply up to the change and the new ones after it.
    void advanceAll(double now);

    // Appends the exposition of one region to *out. now: simulator clock in seconds.
    void renderRegion(int region, double now, std::string *out);

    // Series per region (after the first render; an estimate before).
    std::size_t estimatedSeries() const;

    // Counters start as if the fleet had been running this long, so they look like real ones.
    static constexpr double uptimeOffset = 86400.0;

private:
    struct Health
    {
        int n = 0;
        int down = 0;
        double errorSum = 0;
        int slow = 0;
        double slowExtraSum = 0; // seconds
        int slowBad = 0;         // slow by a second or more: a circuit breaker would notice
    };
    struct Traffic
    {
        std::string labels; // service="..",cluster=".." or operation="..",cluster=".."
        std::vector<int> instances;
        int cluster = 0;
        int service = 0; // AI service index, or CRM operation index
        double rps = 0;  // per instance
        double median = 0;
        double base5xx = 0;
        double base4xx = 0;
        double lastT = -1;
        std::array<double, 3> codes{}; // 2xx (success), 4xx, 5xx (error)
        std::array<double, bucketCount> buckets{};
        double sum = 0;
        double count = 0;
        Health health; // at the last advance, for gauges
    };
    struct Backend
    {
        std::string labels;
        std::vector<int> instances;
        int cluster = 0;
        double lastT = -1;
        double queries = 0;
        bool up = true;
        Health health;
    };

    Health summarise(const std::vector<int> &instances, double now) const;
    void advance(Traffic *t, double now) const;
    void advance(Backend *b, double now) const;

    void renderNodes(int region, double now, std::string *out) const;
    void renderInstances(int region, double now, std::string *out) const;
    void renderAi(int region, double now, std::string *out);
    void renderCrm(int region, double now, std::string *out);
    // AI services (HTTP codes) or CRM operations (success/error), same shape otherwise.
    void renderTraffic(bool ai, const std::vector<int> &rows, const std::vector<Traffic> &traffic,
                       std::string *out) const;

    const FleetModel &m_model;
    const FaultTable &m_faults;
    std::vector<Traffic> m_ai;
    std::vector<Traffic> m_crm;
    std::vector<Backend> m_backends;
    std::vector<std::vector<int>> m_aiByRegion;
    std::vector<std::vector<int>> m_crmByRegion;
    std::vector<std::vector<int>> m_backendsByRegion;
    std::vector<std::string> m_nodeLabels;
};

} // namespace looma::fleetsim
