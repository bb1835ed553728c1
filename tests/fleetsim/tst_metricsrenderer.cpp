#include "FaultTable.h"
#include "FleetModel.h"
#include "MetricsRenderer.h"

#include <QTest>
#include <map>

using namespace looma;
using namespace looma::fleetsim;

namespace {

// name{labels} value -> value, for the lines whose series text starts with `prefix`.
std::map<std::string, double> samples(const std::string &text, const std::string &prefix)
{
    std::map<std::string, double> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = text.find('\n', pos);
        const std::string line = text.substr(pos, eol - pos);
        pos = eol == std::string::npos ? text.size() : eol + 1;
        if (line.rfind(prefix, 0) != 0)
            continue;
        const std::size_t space = line.rfind(' ');
        out[line.substr(0, space)] = std::stod(line.substr(space + 1));
    }
    return out;
}

FleetSpec smallSpec()
{
    FleetSpec spec;
    spec.nodes = 400;
    spec.instances = 2000;
    return spec;
}

} // namespace

class tst_MetricsRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFamilyOnceWithHelpAndType();
    void countersGrowAsRateTimesTime();
    void healthyP95IsUnderTarget();
    void downFaultShowsInInstanceUpAndErrors();
    void partitionMarksWholeRegions();
};

void tst_MetricsRenderer::everyFamilyOnceWithHelpAndType()
{
    const FleetModel model(smallSpec());
    FaultTable faults(model);
    MetricsRenderer renderer(model, faults);
    std::string text;
    renderer.renderRegion(0, 10, &text);
    for (const char *family :
         {"node_cpu_seconds_total", "node_memory_MemTotal_bytes", "node_memory_MemAvailable_bytes",
          "node_load1", "looma_instance_up", "looma_ai_requests_total", "looma_ai_request_duration_seconds",
          "looma_ai_accuracy_ratio", "looma_gateway_circuit_breaker_state", "looma_crm_operations_total",
          "looma_crm_operation_duration_seconds", "looma_crm_backend_up",
          "looma_crm_backend_queries_total"}) {
        const std::string type = std::string("# TYPE ") + family + ' ';
        const std::size_t first = text.find(type);
        QVERIFY2(first != std::string::npos, family);
        QVERIFY2(text.find(type, first + 1) == std::string::npos, family);
    }
    // Only this region's nodes and instances.
    const auto up = samples(text, "looma_instance_up{");
    QCOMPARE(up.size(), model.regions()[0].instances.size());
}

void tst_MetricsRenderer::countersGrowAsRateTimesTime()
{
    const FleetModel model(smallSpec());
    FaultTable faults(model);
    MetricsRenderer renderer(model, faults);
    std::string a;
    std::string b;
    renderer.renderRegion(1, 100, &a);
    renderer.renderRegion(1, 160, &b);
    const auto before = samples(a, "looma_ai_requests_total{service=\"ai-gateway\"");
    const auto after = samples(b, "looma_ai_requests_total{service=\"ai-gateway\"");
    QVERIFY(!before.empty());
    double total = 0;
    for (const auto &[series, value] : after) {
        QVERIFY(value >= before.at(series));
        total += value - before.at(series);
    }
    // 8 requests/s per gateway instance over 60 s.
    int gateways = 0;
    for (int i : model.regions()[1].instances)
        gateways +=
            model.services()[model.instances()[std::size_t(i)].serviceIndex].name == "ai-gateway" ? 1 : 0;
    QVERIFY(gateways > 0);
    QVERIFY2(std::abs(total - gateways * 8.0 * 60) < 0.01 * gateways * 8 * 60 + 10,
             qPrintable(QString::number(total)));

    // Rendering the same moment again changes nothing: counters integrate time, not scrapes.
    std::string c;
    renderer.renderRegion(1, 160, &c);
    QCOMPARE(samples(c, "looma_ai_requests_total{"), samples(b, "looma_ai_requests_total{"));
}

void tst_MetricsRenderer::healthyP95IsUnderTarget()
{
    const FleetModel model(smallSpec());
    FaultTable faults(model);
    MetricsRenderer renderer(model, faults);
    std::string text;
    renderer.renderRegion(4, 50, &text);
    // Sum the gateway's buckets over clusters and interpolate as histogram_quantile would.
    std::map<double, double> buckets;
    for (const auto &[series, value] :
         samples(text, "looma_ai_request_duration_seconds_bucket{service=\"ai-gateway\"")) {
        const std::size_t le = series.find("le=\"");
        const std::string bound = series.substr(le + 4, series.find('"', le + 4) - le - 4);
        buckets[bound == "+Inf" ? 1e9 : std::stod(bound)] += value;
    }
    QVERIFY(buckets.size() == MetricsRenderer::bucketCount);
    const double total = buckets.rbegin()->second;
    const double rank = 0.95 * total;
    double lowerBound = 0;
    double lowerCount = 0;
    double p95 = 0;
    for (const auto &[bound, count] : buckets) {
        if (count >= rank) {
            p95 = lowerBound + (bound - lowerBound) * (rank - lowerCount) / (count - lowerCount);
            break;
        }
        lowerBound = bound;
        lowerCount = count;
    }
    QVERIFY2(p95 > 0.15 && p95 < 0.25, qPrintable(QString::number(p95)));
}

void tst_MetricsRenderer::downFaultShowsInInstanceUpAndErrors()
{
    const FleetModel model(smallSpec());
    FaultTable faults(model);
    MetricsRenderer renderer(model, faults);
    const int group = model.groupIndex("chat-service");
    const int primary = model.groups()[std::size_t(group)].primary;
    const int region = model.regionOfInstance(primary);
    std::string before;
    renderer.renderRegion(region, 10, &before);

    Fault fault;
    std::string error;
    QVERIFY(faults.parse(
        QByteArrayLiteral("{\"kind\":\"down\",\"target\":{\"failover_group\":\"chat-service\"}}"), &fault,
        &error));
    renderer.advanceAll(10);
    faults.add(fault, 10);
    QVERIFY(faults.isDown(primary, 10));
    std::string after;
    renderer.renderRegion(region, 70, &after);
    const std::string series =
        "looma_instance_up{service=\"chat-service\",failover_group=\"chat-service\",instance_id=\"" +
        std::to_string(primary + 1) + "\",role=\"primary\"}";
    QCOMPARE(samples(before, series).at(series), 1.0);
    QCOMPARE(samples(after, series).at(series), 0.0);
    double errorsBefore = 0;
    double errorsAfter = 0;
    for (const auto &[s, v] : samples(before, "looma_ai_requests_total{service=\"chat-service\""))
        errorsBefore += s.find("5xx") != std::string::npos ? v : 0;
    for (const auto &[s, v] : samples(after, "looma_ai_requests_total{service=\"chat-service\""))
        errorsAfter += s.find("5xx") != std::string::npos ? v : 0;
    QVERIFY(errorsAfter > errorsBefore + 60); // at least one down instance's full share for 60 s

    QVERIFY(!faults.parse(QByteArrayLiteral("{\"kind\":\"down\",\"target\":{\"failover_group\":\"nope\"}}"),
                          &fault, &error));
    QVERIFY(
        !faults.parse(QByteArrayLiteral("{\"kind\":\"melt\",\"target\":{\"instance\":1}}"), &fault, &error));
}

void tst_MetricsRenderer::partitionMarksWholeRegions()
{
    const FleetModel model(smallSpec());
    FaultTable faults(model);
    Fault fault;
    std::string error;
    QVERIFY(faults.parse(QByteArrayLiteral("{\"kind\":\"partition\",\"target\":{\"cloud\":\"alibaba\"}}"),
                         &fault, &error));
    const int id = faults.add(fault, 0);
    for (int r = 0; r < int(model.regions().size()); ++r)
        QCOMPARE(faults.regionPartitioned(r), model.regions()[std::size_t(r)].cloud == Cloud::Alibaba);
    QVERIFY(faults.remove(id));
    for (int r = 0; r < int(model.regions().size()); ++r)
        QVERIFY(!faults.regionPartitioned(r));
}

QTEST_GUILESS_MAIN(tst_MetricsRenderer)
#include "tst_metricsrenderer.moc"
