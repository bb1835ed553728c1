#pragma once

#include "FaultTable.h"
#include "HttpServer.h"
#include "MetricsRenderer.h"

#include <QByteArray>
#include <chrono>
#include <string>
#include <vector>

namespace looma::fleetsim {

class FleetModel;

// The simulator's behaviour behind the HTTP server: instance health on the K instance ports,
// the control API and the per-region /metrics on the control port. Single-threaded by design.
class FleetSimulator final
{
public:
    struct Ports
    {
        std::string listen = "127.0.0.1";
        int controlPort = 0;
        int basePort = 0;
        int count = 4; // K: instance i is served on basePort + (id mod K)
    };

    static constexpr int controlTag = -1;

    FleetSimulator(const FleetModel &model, Ports ports);

    HttpResponse handle(int tag, const HttpRequest &request);

    std::string healthUrl(int instanceIndex) const;
    std::string metricsPath(int region) const;
    // Prometheus file_sd: one target per region on the control port.
    QByteArray fileSdJson() const;
    void setServer(const HttpServer *server) { m_server = server; }

    double now() const;

private:
    HttpResponse instanceRequest(int portIndex, const HttpRequest &request);
    HttpResponse controlRequest(const HttpRequest &request);
    HttpResponse metrics(const std::string &path);
    HttpResponse fleetSummary() const;
    HttpResponse postFault(const HttpRequest &request);
    HttpResponse deleteFault(const std::string &path);

    const FleetModel &m_model;
    Ports m_ports;
    FaultTable m_faults;
    MetricsRenderer m_renderer;
    std::vector<std::uint32_t> m_probes; // per instance, drives the deterministic 'errors' share
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    const HttpServer *m_server = nullptr;
};

} // namespace looma::fleetsim
