#include "MetricsRenderer.h"

#include "FaultTable.h"
#include "FleetModel.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace looma::fleetsim {
namespace {

constexpr double twoPi = 6.283185307179586;
constexpr double sigma = 0.35; // log-normal spread: p95 is about 1.78 x the median
constexpr double bucketBounds[MetricsRenderer::bucketCount] = {
    0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5, 10, INFINITY};
constexpr const char *bucketLabels[MetricsRenderer::bucketCount] = {"0.025", "0.05", "0.1", "0.15", "0.2",
                                                                    "0.25",  "0.3",  "0.4", "0.5",  "0.75",
                                                                    "1",     "2.5",  "5",   "10",   "+Inf"};

struct AiProfile
{
    const char *service;
    double rps;    // requests per second per instance
    double median; // seconds
    double accuracy;
};
// Healthy medians put every service's p95 between about 100 and 250 ms, under the 300 ms target.
constexpr AiProfile aiProfiles[] = {{"ai-gateway", 8, 0.12, 0.97},
                                    {"resume-service", 3, 0.10, 0.93},
                                    {"matching-service", 4, 0.13, 0.89},
                                    {"chat-service", 5, 0.13, 0.91},
                                    {"vector-service", 10, 0.08, 0.95}};

struct CrmOperation
{
    const char *name;
    double rps;
    double median;
};
constexpr CrmOperation crmOperations[] = {{"talent_management", 6, 0.08},
                                          {"relationship_analysis", 2, 0.20},
                                          {"ai_search", 4, 0.17},
                                          {"kg_qa", 1, 0.28}};

double logNormalCdf(double x, double median)
{
    if (std::isinf(x))
        return 1;
    if (x <= 0)
        return 0;
    return 0.5 * std::erfc(-std::log(x / median) / (sigma * 1.4142135623730951));
}

double logNormalMean(double median)
{
    return median * std::exp(sigma * sigma / 2);
}

void appendNumber(std::string *out, double v)
{
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out->append(buf, r.ptr);
}

void appendHeader(std::string *out, const char *name, const char *type, const char *help)
{
    out->append("# HELP ")
        .append(name)
        .append(" ")
        .append(help)
        .append("\n# TYPE ")
        .append(name)
        .append(" ")
        .append(type)
        .append("\n");
}

// name{labels,extra} value
void appendSample(std::string *out, std::string_view name, std::string_view labels, std::string_view extra,
                  double value)
{
    out->append(name).append("{").append(labels);
    if (!extra.empty())
        out->append(",").append(extra);
    out->append("} ");
    appendNumber(out, value);
    out->push_back('\n');
}

std::string label(const char *name, const std::string &value)
{
    return std::string(name) + "=\"" + value + '"';
}

} // namespace

MetricsRenderer::MetricsRenderer(const FleetModel &model, const FaultTable &faults)
    : m_model(model)
    , m_faults(faults)
    , m_aiByRegion(model.regions().size())
    , m_crmByRegion(model.regions().size())
    , m_backendsByRegion(model.regions().size())
{
    const auto &clusters = model.clusters();
    for (const SimNode &node : model.nodes()) {
        const SimCluster &c = clusters[std::size_t(node.clusterIndex)];
        m_nodeLabels.push_back(label("node", node.hostname) + ',' + label("cluster", c.name) + ',' +
                               label("zone", model.zones()[std::size_t(c.zoneIndex)].zone));
    }
    for (std::size_t s = 0; s < model.services().size(); ++s) {
        const SimService &service = model.services()[s];
        std::vector<std::vector<int>> byCluster(clusters.size());
        for (int i : service.instances)
            byCluster[std::size_t(model.clusterOfInstance(i))].push_back(i);
        for (std::size_t c = 0; c < clusters.size(); ++c) {
            if (byCluster[c].empty())
                continue;
            const int region = clusters[c].regionIndex;
            const std::string clusterLabel = label("cluster", clusters[c].name);
            if (service.kind == ServiceKind::Ai) {
                for (int p = 0; p < int(std::size(aiProfiles)); ++p) {
                    if (service.name != aiProfiles[p].service)
                        continue;
                    Traffic t;
                    t.labels = label("service", service.name) + ',' + clusterLabel;
                    t.instances = byCluster[c];
                    t.cluster = int(c);
                    t.service = p;
                    t.rps = aiProfiles[p].rps;
                    t.median = aiProfiles[p].median;
                    t.base5xx = 0.0004;
                    t.base4xx = 0.003;
                    t.lastT = -uptimeOffset;
                    m_aiByRegion[std::size_t(region)].push_back(int(m_ai.size()));
                    m_ai.push_back(std::move(t));
                }
            } else if (service.kind == ServiceKind::Crm) {
                for (int op = 0; op < int(std::size(crmOperations)); ++op) {
                    Traffic t;
                    t.labels = label("operation", crmOperations[op].name) + ',' + clusterLabel;
                    t.instances = byCluster[c];
                    t.cluster = int(c);
                    t.service = op;
                    t.rps = crmOperations[op].rps;
                    t.median = crmOperations[op].median;
                    t.base5xx = 0.0008;
                    t.lastT = -uptimeOffset;
                    m_crmByRegion[std::size_t(region)].push_back(int(m_crm.size()));
                    m_crm.push_back(std::move(t));
                }
            } else {
                Backend b;
                b.labels = label("backend", service.name) + ',' + clusterLabel;
                b.instances = byCluster[c];
                b.cluster = int(c);
                b.lastT = -uptimeOffset;
                m_backendsByRegion[std::size_t(region)].push_back(int(m_backends.size()));
                m_backends.push_back(std::move(b));
            }
        }
    }
}

std::size_t MetricsRenderer::estimatedSeries() const
{
    return m_model.nodes().size() * 7 + m_model.instances().size() + m_ai.size() * (3 + bucketCount + 3) +
           m_crm.size() * (2 + bucketCount + 2) + m_backends.size() * 4;
}

MetricsRenderer::Health MetricsRenderer::summarise(const std::vector<int> &instances, double now) const
{
    Health h;
    for (int i : instances) {
        ++h.n;
        if (m_faults.isDown(i, now))
            ++h.down;
        const InstanceEffect &e = m_faults.effect(i);
        h.errorSum += e.errorRate;
        if (e.latencyMs > 0) {
            ++h.slow;
            h.slowExtraSum += e.latencyMs / 1000.0;
            if (e.latencyMs >= 1000)
                ++h.slowBad;
        }
    }
    return h;
}

void MetricsRenderer::advance(Traffic *t, double now) const
{
    const Health h = summarise(t->instances, now);
    t->health = h;
    const double dt = now - t->lastT;
    if (dt <= 0 || h.n == 0)
        return;
    t->lastT = now;
    // Requests keep arriving at the load balancer; those routed to a down instance fail.
    const double total = h.n * t->rps * dt;
    const double downShare = double(h.down) / h.n;
    const double errors = std::min(1.0, t->base5xx + downShare + (1 - downShare) * h.errorSum / h.n);
    const double clientErrors = t->base4xx * (1 - errors);
    t->codes[0] += total * (1 - errors - clientErrors);
    t->codes[1] += total * clientErrors;
    t->codes[2] += total * errors;
    // A mixture: healthy instances at the service's own latency, slow ones shifted by the fault.
    const double slowShare = double(h.slow) / h.n;
    const double slowMedian = t->median + (h.slow ? h.slowExtraSum / h.slow : 0);
    for (int b = 0; b < bucketCount; ++b) {
        t->buckets[std::size_t(b)] += total * ((1 - slowShare) * logNormalCdf(bucketBounds[b], t->median) +
                                               slowShare * logNormalCdf(bucketBounds[b], slowMedian));
    }
    t->sum += total * ((1 - slowShare) * logNormalMean(t->median) + slowShare * logNormalMean(slowMedian));
    t->count += total;
}

void MetricsRenderer::advance(Backend *b, double now) const
{
    const Health h = summarise(b->instances, now);
    b->health = h;
    bool primaryDown = false;
    for (int i : b->instances) {
        if (m_model.instances()[std::size_t(i)].role == InstanceRole::Primary && m_faults.isDown(i, now))
            primaryDown = true;
    }
    b->up = !primaryDown && h.down * 2 < h.n;
    const double dt = now - b->lastT;
    if (dt <= 0)
        return;
    b->lastT = now;
    b->queries += (h.n - h.down) * 150.0 * dt;
}

void MetricsRenderer::advanceAll(double now)
{
    for (Traffic &t : m_ai)
        advance(&t, now);
    for (Traffic &t : m_crm)
        advance(&t, now);
    for (Backend &b : m_backends)
        advance(&b, now);
}

void MetricsRenderer::renderRegion(int region, double now, std::string *out)
{
    renderNodes(region, now, out);
    renderInstances(region, now, out);
    renderAi(region, now, out);
    renderCrm(region, now, out);
}

void MetricsRenderer::renderNodes(int region, double now, std::string *out) const
{
    const double t = now + uptimeOffset;
    constexpr double period = 3600; // an hourly wave, visible on a chart without waiting a day
    const auto &nodes = m_model.nodes();
    const std::vector<int> &members = m_model.regions()[std::size_t(region)].nodes;
    appendHeader(out, "node_cpu_seconds_total", "counter", "Seconds the CPUs spent in each mode.");
    static const char *modes[] = {"mode=\"idle\"", "mode=\"user\"", "mode=\"system\"", "mode=\"iowait\""};
    static const double shares[] = {0, 0.7, 0.22, 0.08};
    for (int n : members) {
        const SimNode &node = nodes[std::size_t(n)];
        // Busy seconds: the integral of base + 0.1 sin(2 pi t / period + phase).
        const double busy =
            node.baseUtilisation * t -
            0.1 * period / twoPi * (std::cos(twoPi * t / period + node.phase) - std::cos(node.phase));
        appendSample(out, "node_cpu_seconds_total", m_nodeLabels[std::size_t(n)], modes[0],
                     node.cpuCores * (t - busy));
        for (int m = 1; m < 4; ++m)
            appendSample(out, "node_cpu_seconds_total", m_nodeLabels[std::size_t(n)], modes[m],
                         node.cpuCores * shares[m] * busy);
    }
    appendHeader(out, "node_memory_MemTotal_bytes", "gauge", "Memory information field MemTotal_bytes.");
    for (int n : members)
        appendSample(out, "node_memory_MemTotal_bytes", m_nodeLabels[std::size_t(n)], {},
                     double(nodes[std::size_t(n)].memoryMb) * 1048576.0);
    appendHeader(out, "node_memory_MemAvailable_bytes", "gauge",
                 "Memory information field MemAvailable_bytes.");
    for (int n : members) {
        const SimNode &node = nodes[std::size_t(n)];
        const double used = node.baseMemory + 0.05 * std::sin(twoPi * t / period + node.phase * 0.5);
        appendSample(out, "node_memory_MemAvailable_bytes", m_nodeLabels[std::size_t(n)], {},
                     std::floor(double(node.memoryMb) * 1048576.0 * (1 - used)));
    }
    appendHeader(out, "node_load1", "gauge", "1m load average.");
    for (int n : members) {
        const SimNode &node = nodes[std::size_t(n)];
        const double u = node.baseUtilisation + 0.1 * std::sin(twoPi * t / period + node.phase);
        appendSample(out, "node_load1", m_nodeLabels[std::size_t(n)], {},
                     std::round(node.cpuCores * u * 110) / 100);
    }
}

void MetricsRenderer::renderInstances(int region, double now, std::string *out) const
{
    appendHeader(out, "looma_instance_up", "gauge",
                 "1 when the simulated instance is serving (role as seeded into the registry).");
    const auto &instances = m_model.instances();
    std::string labels;
    for (int i : m_model.regions()[std::size_t(region)].instances) {
        const SimInstance &inst = instances[std::size_t(i)];
        labels.assign("service=\"").append(m_model.services()[inst.serviceIndex].name);
        labels.append("\",failover_group=\"").append(m_model.groups()[std::size_t(inst.groupIndex)].name);
        labels.append("\",instance_id=\"").append(std::to_string(i + 1)).append("\",role=\"");
        labels.append(inst.role == InstanceRole::Primary   ? "primary"
                      : inst.role == InstanceRole::Standby ? "standby"
                                                           : "active");
        labels.push_back('"');
        appendSample(out, "looma_instance_up", labels, {}, m_faults.isDown(i, now) ? 0 : 1);
    }
}

void MetricsRenderer::renderTraffic(bool ai, const std::vector<int> &rows,
                                    const std::vector<Traffic> &traffic, std::string *out) const
{
    const char *counter = ai ? "looma_ai_requests_total" : "looma_crm_operations_total";
    const char *histogram = ai ? "looma_ai_request_duration_seconds" : "looma_crm_operation_duration_seconds";
    appendHeader(out, counter, "counter",
                 ai ? "AI requests served, by HTTP status class." : "CRM business operations, by outcome.");
    for (int r : rows) {
        const Traffic &t = traffic[std::size_t(r)];
        if (ai) {
            appendSample(out, counter, t.labels, "code=\"2xx\"", std::round(t.codes[0]));
            appendSample(out, counter, t.labels, "code=\"4xx\"", std::round(t.codes[1]));
            appendSample(out, counter, t.labels, "code=\"5xx\"", std::round(t.codes[2]));
        } else {
            appendSample(out, counter, t.labels, "status=\"success\"", std::round(t.codes[0] + t.codes[1]));
            appendSample(out, counter, t.labels, "status=\"error\"", std::round(t.codes[2]));
        }
    }
    appendHeader(out, histogram, "histogram", ai ? "AI request latency." : "CRM operation latency.");
    const std::string bucket = std::string(histogram) + "_bucket";
    std::string le;
    for (int r : rows) {
        const Traffic &t = traffic[std::size_t(r)];
        for (int b = 0; b < bucketCount; ++b) {
            le.assign("le=\"").append(bucketLabels[b]).push_back('"');
            appendSample(out, bucket, t.labels, le, std::round(t.buckets[std::size_t(b)]));
        }
        appendSample(out, std::string(histogram) + "_sum", t.labels, {}, t.sum);
        appendSample(out, std::string(histogram) + "_count", t.labels, {}, std::round(t.count));
    }
}

void MetricsRenderer::renderAi(int region, double now, std::string *out)
{
    const std::vector<int> &rows = m_aiByRegion[std::size_t(region)];
    for (int r : rows)
        advance(&m_ai[std::size_t(r)], now);
    renderTraffic(true, rows, m_ai, out);

    const double t = now + uptimeOffset;
    appendHeader(out, "looma_ai_accuracy_ratio", "gauge",
                 "Share of AI answers judged correct by offline evaluation.");
    for (int r : rows) {
        const Traffic &tr = m_ai[std::size_t(r)];
        const double errorShare = tr.health.n ? (tr.health.errorSum + tr.health.down) / tr.health.n : 0;
        const double value = aiProfiles[tr.service].accuracy +
                             0.005 * std::sin(twoPi * t / 7200 + tr.cluster) - 0.3 * errorShare;
        appendSample(out, "looma_ai_accuracy_ratio", tr.labels, {},
                     std::round(std::max(0.0, value) * 10000) / 10000);
    }

    // The gateway's breaker towards each downstream service opens when that service, seen from the
    // gateway's cluster (or its region when the cluster has none), is failing or very slow.
    appendHeader(out, "looma_gateway_circuit_breaker_state", "gauge",
                 "Gateway circuit breaker per downstream service: 0 closed, 1 half-open, 2 open.");
    for (int r : rows) {
        const Traffic &gw = m_ai[std::size_t(r)];
        if (gw.service != 0)
            continue;
        for (int downstream = 1; downstream < int(std::size(aiProfiles)); ++downstream) {
            Health local;
            Health regional;
            for (int o : rows) {
                const Traffic &d = m_ai[std::size_t(o)];
                if (d.service != downstream)
                    continue;
                Health &into = d.cluster == gw.cluster ? local : regional;
                into.n += d.health.n;
                into.down += d.health.down;
                into.errorSum += d.health.errorSum;
                into.slowBad += d.health.slowBad;
            }
            const Health &h = local.n ? local : regional;
            const double bad = h.n ? (h.down + h.errorSum + h.slowBad) / h.n : 0;
            const int state = bad >= 0.5 ? 2 : bad >= 0.2 ? 1 : 0;
            const std::string extra = "downstream=\"" + std::string(aiProfiles[downstream].service) + '"';
            const std::string clusterLabel =
                label("cluster", m_model.clusters()[std::size_t(gw.cluster)].name);
            appendSample(out, "looma_gateway_circuit_breaker_state", clusterLabel, extra, state);
        }
    }
}

void MetricsRenderer::renderCrm(int region, double now, std::string *out)
{
    const std::vector<int> &rows = m_crmByRegion[std::size_t(region)];
    for (int r : rows)
        advance(&m_crm[std::size_t(r)], now);
    renderTraffic(false, rows, m_crm, out);

    const std::vector<int> &backends = m_backendsByRegion[std::size_t(region)];
    for (int r : backends)
        advance(&m_backends[std::size_t(r)], now);
    const double t = now + uptimeOffset;
    appendHeader(out, "looma_crm_backend_up", "gauge",
                 "1 when the CRM backend's primary in this cluster serves.");
    for (int r : backends)
        appendSample(out, "looma_crm_backend_up", m_backends[std::size_t(r)].labels, {},
                     m_backends[std::size_t(r)].up);
    appendHeader(out, "looma_crm_backend_connections", "gauge", "Open client connections to the backend.");
    for (int r : backends) {
        const Backend &b = m_backends[std::size_t(r)];
        appendSample(
            out, "looma_crm_backend_connections", b.labels, {},
            std::round((b.health.n - b.health.down) * (40 + 10 * std::sin(twoPi * t / 1800 + b.cluster))));
    }
    appendHeader(out, "looma_crm_backend_queries_total", "counter", "Queries the backend answered.");
    for (int r : backends)
        appendSample(out, "looma_crm_backend_queries_total", m_backends[std::size_t(r)].labels, {},
                     std::round(m_backends[std::size_t(r)].queries));
    appendHeader(out, "looma_crm_backend_replication_lag_seconds", "gauge",
                 "Replication lag of the standbys.");
    for (int r : backends) {
        const Backend &b = m_backends[std::size_t(r)];
        const double extra = b.health.slow ? b.health.slowExtraSum / b.health.slow : 0;
        appendSample(out, "looma_crm_backend_replication_lag_seconds", b.labels, {},
                     std::round((0.02 + 0.01 * std::sin(twoPi * t / 900 + b.cluster) + extra) * 1000) / 1000);
    }
}

} // namespace looma::fleetsim
