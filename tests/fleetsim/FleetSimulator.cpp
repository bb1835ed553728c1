#include "FleetSimulator.h"

#include "FleetModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>

namespace looma::fleetsim {
namespace {

HttpResponse json(int status, std::string body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse json(int status, const QJsonObject &o)
{
    return json(status, QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

HttpResponse errorResponse(int status, const std::string &message)
{
    return json(status, QJsonObject{{QLatin1String("error"), QString::fromStdString(message)}});
}

std::string_view pathOf(const std::string &target)
{
    std::string_view p(target);
    return p.substr(0, p.find('?'));
}

} // namespace

FleetSimulator::FleetSimulator(const FleetModel &model, Ports ports)
    : m_model(model)
    , m_ports(std::move(ports))
    , m_faults(model)
    , m_renderer(model, m_faults)
    , m_probes(model.instances().size(), 0)
{}

double FleetSimulator::now() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

std::string FleetSimulator::healthUrl(int instanceIndex) const
{
    const int id = instanceIndex + 1;
    return "http://" + m_ports.listen + ':' + std::to_string(m_ports.basePort + id % m_ports.count) + "/i/" +
           std::to_string(id) + "/health";
}

std::string FleetSimulator::metricsPath(int region) const
{
    const SimRegion &r = m_model.regions()[std::size_t(region)];
    return std::string("/metrics/region/") + (r.cloud == Cloud::Tencent ? "tencent/" : "alibaba/") + r.name;
}

QByteArray FleetSimulator::fileSdJson() const
{
    QJsonArray targets;
    const QString address =
        QString::fromStdString(m_ports.listen + ':' + std::to_string(m_ports.controlPort));
    for (std::size_t r = 0; r < m_model.regions().size(); ++r) {
        const SimRegion &region = m_model.regions()[r];
        QJsonObject labels{{QLatin1String("__metrics_path__"), QString::fromStdString(metricsPath(int(r)))},
                           {QLatin1String("cloud"), toDbText(region.cloud)},
                           {QLatin1String("region"), QString::fromStdString(region.name)}};
        targets.append(
            QJsonObject{{QLatin1String("targets"), QJsonArray{address}}, {QLatin1String("labels"), labels}});
    }
    return QJsonDocument(targets).toJson(QJsonDocument::Indented);
}

HttpResponse FleetSimulator::handle(int tag, const HttpRequest &request)
{
    return tag == controlTag ? controlRequest(request) : instanceRequest(tag, request);
}

HttpResponse FleetSimulator::instanceRequest(int portIndex, const HttpRequest &request)
{
    // GET /i/<id>/health
    const std::string_view path = pathOf(request.target);
    constexpr std::string_view prefix = "/i/";
    constexpr std::string_view suffix = "/health";
    if (path.size() <= prefix.size() + suffix.size() || path.substr(0, prefix.size()) != prefix ||
        path.substr(path.size() - suffix.size()) != suffix)
        return errorResponse(404, "not found: use /i/<instance id>/health");
    if (request.method != "GET")
        return errorResponse(405, "GET only");
    const std::string_view idText = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    long long id = 0;
    const auto parsed = std::from_chars(idText.data(), idText.data() + idText.size(), id);
    if (parsed.ec != std::errc() || parsed.ptr != idText.data() + idText.size() || id < 1 ||
        id > (long long)m_model.instances().size() || id % m_ports.count != portIndex)
        return errorResponse(404, "no such instance on this port");

    const int index = int(id - 1);
    const InstanceEffect &effect = m_faults.effect(index);
    if (effect.partitioned) {
        HttpResponse held;
        held.hold = true;
        return held;
    }
    const std::string &service =
        m_model.services()[m_model.instances()[std::size_t(index)].serviceIndex].name;
    const std::string head = "{\"instance_id\":" + std::to_string(id) + ",\"service\":\"" + service + "\",";
    const double t = now();
    if (m_faults.isDown(index, t))
        return json(503, head + "\"status\":\"critical\",\"reason\":\"" +
                             (effect.down ? "down" : "flapping") + "\"}");
    if (effect.errorRate > 0) {
        // A golden-ratio sequence spreads failures evenly: exactly error_rate of the probes fail.
        const double x = std::fmod(double(++m_probes[std::size_t(index)]) * 0.6180339887498949, 1.0);
        if (x < effect.errorRate)
            return json(500, head + "\"status\":\"critical\",\"reason\":\"errors\"}");
    }
    HttpResponse ok = json(200, head + "\"status\":\"passing\"}");
    ok.delayMs = int(effect.latencyMs);
    return ok;
}

HttpResponse FleetSimulator::controlRequest(const HttpRequest &request)
{
    const std::string path(pathOf(request.target));
    const bool get = request.method == "GET";
    if (path == "/ready")
        return get ? json(200, std::string("{\"status\":\"ready\"}")) : errorResponse(405, "GET only");
    if (path == "/fleet")
        return get ? fleetSummary() : errorResponse(405, "GET only");
    if (path == "/metrics" || path.rfind("/metrics/", 0) == 0)
        return get ? metrics(path) : errorResponse(405, "GET only");
    if (path == "/faults") {
        if (get)
            return json(200, m_faults.toJson().toStdString());
        if (request.method == "POST")
            return postFault(request);
        if (request.method == "DELETE") {
            m_renderer.advanceAll(now());
            const int removed = int(m_faults.faults().size());
            m_faults.clear();
            return json(200, QJsonObject{{QLatin1String("removed"), removed}});
        }
        return errorResponse(405, "GET, POST or DELETE");
    }
    if (path.rfind("/faults/", 0) == 0)
        return request.method == "DELETE" ? deleteFault(path) : errorResponse(405, "DELETE only");
    return errorResponse(404, "not found");
}

HttpResponse FleetSimulator::postFault(const HttpRequest &request)
{
    Fault fault;
    std::string error;
    if (!m_faults.parse(QByteArray::fromStdString(request.body), &fault, &error))
        return errorResponse(400, error);
    const double t = now();
    m_renderer.advanceAll(t); // the old rates apply up to this moment
    const int id = m_faults.add(std::move(fault), t);
    for (const Fault &f : m_faults.faults()) {
        if (f.id == id)
            return json(201, FaultTable::faultJson(f).toStdString());
    }
    return errorResponse(500, "fault vanished");
}

HttpResponse FleetSimulator::deleteFault(const std::string &path)
{
    const std::string_view idText = std::string_view(path).substr(std::string_view("/faults/").size());
    int id = 0;
    const auto parsed = std::from_chars(idText.data(), idText.data() + idText.size(), id);
    if (parsed.ec != std::errc() || parsed.ptr != idText.data() + idText.size())
        return errorResponse(404, "no such fault");
    m_renderer.advanceAll(now());
    if (!m_faults.remove(id))
        return errorResponse(404, "no such fault");
    return json(200, QJsonObject{{QLatin1String("removed"), 1}});
}

HttpResponse FleetSimulator::metrics(const std::string &path)
{
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    const double t = now();
    for (std::size_t region = 0; region < m_model.regions().size(); ++region) {
        if (path == metricsPath(int(region))) {
            if (m_faults.regionPartitioned(int(region))) {
                r.hold = true; // the scrape times out: Prometheus records up == 0 for this target
                return r;
            }
            r.body.reserve(4 * 1024 * 1024);
            m_renderer.renderRegion(int(region), t, &r.body);
            return r;
        }
    }
    if (path != "/metrics")
        return errorResponse(404, "no such region: use /metrics/region/<cloud>/<region>");
    // Everything reachable at once, for a person with curl; Prometheus scrapes per region.
    for (std::size_t region = 0; region < m_model.regions().size(); ++region) {
        if (!m_faults.regionPartitioned(int(region)))
            m_renderer.renderRegion(int(region), t, &r.body);
    }
    return r;
}

HttpResponse FleetSimulator::fleetSummary() const
{
    QJsonArray regions;
    for (std::size_t r = 0; r < m_model.regions().size(); ++r) {
        const SimRegion &region = m_model.regions()[r];
        QJsonArray zones;
        for (int z : region.zones)
            zones.append(QString::fromStdString(m_model.zones()[std::size_t(z)].zone));
        regions.append(
            QJsonObject{{QLatin1String("cloud"), toDbText(region.cloud)},
                        {QLatin1String("region"), QString::fromStdString(region.name)},
                        {QLatin1String("zones"), zones},
                        {QLatin1String("clusters"), int(region.clusters.size())},
                        {QLatin1String("nodes"), int(region.nodes.size())},
                        {QLatin1String("instances"), int(region.instances.size())},
                        {QLatin1String("metrics_path"), QString::fromStdString(metricsPath(int(r)))},
                        {QLatin1String("partitioned"), m_faults.regionPartitioned(int(r))}});
    }
    QJsonArray services;
    QJsonObject primaries;
    for (const SimService &s : m_model.services()) {
        services.append(QJsonObject{{QLatin1String("name"), QString::fromStdString(s.name)},
                                    {QLatin1String("kind"), toDbText(s.kind)},
                                    {QLatin1String("port"), s.port},
                                    {QLatin1String("instances"), int(s.instances.size())}});
        const int g = m_model.groupIndex(s.name);
        if (s.kind == ServiceKind::Ai && g >= 0)
            primaries.insert(QString::fromStdString(s.name), m_model.groups()[std::size_t(g)].primary + 1);
    }
    QJsonObject o{{QLatin1String("seed"), QString::number(m_model.spec().seed)},
                  {QLatin1String("nodes"), int(m_model.nodes().size())},
                  {QLatin1String("instances"), int(m_model.instances().size())},
                  {QLatin1String("clusters"), int(m_model.clusters().size())},
                  {QLatin1String("zones"), int(m_model.zones().size())},
                  {QLatin1String("failover_groups"), int(m_model.groups().size())},
                  {QLatin1String("regions"), regions},
                  {QLatin1String("services"), services},
                  {QLatin1String("ai_primaries"), primaries},
                  {QLatin1String("base_port"), m_ports.basePort},
                  {QLatin1String("ports"), m_ports.count},
                  {QLatin1String("control_port"), m_ports.controlPort},
                  {QLatin1String("health_url_example"), QString::fromStdString(healthUrl(0))},
                  {QLatin1String("series_estimate"), qint64(m_renderer.estimatedSeries())},
                  {QLatin1String("active_faults"), int(m_faults.faults().size())},
                  {QLatin1String("uptime_s"), now()},
                  {QLatin1String("requests_served"), m_server ? qint64(m_server->requestsServed()) : 0},
                  {QLatin1String("open_connections"), m_server ? qint64(m_server->openConnections()) : 0}};
    return json(200, o);
}

} // namespace looma::fleetsim
