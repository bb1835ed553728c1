// looma-fleetsim: a deterministic simulated Looma fleet on loopback (health endpoints, Prometheus
// metrics per region, a fault-injection API) for the local stack, the tests and the demo.
#include "FleetModel.h"
#include "FleetSimulator.h"
#include "HttpServer.h"
#include "RegistrySeeder.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

using namespace looma::fleetsim;

namespace {

void say(const char *fmt, const std::string &a = {}, const std::string &b = {})
{
    std::printf("fleetsim: ");
    std::printf(fmt, a.c_str(), b.c_str());
    std::printf("\n");
    std::fflush(stdout);
}

bool isLoopback(const QString &address)
{
    return address.startsWith(QLatin1String("127."));
}

// Every open connection is a descriptor; load tests open thousands.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const auto started = std::chrono::steady_clock::now();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated Looma fleet on loopback"));
    const QCommandLineOption nodesOpt(QStringLiteral("nodes"), QStringLiteral("Nodes to simulate."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption instancesOpt(QStringLiteral("instances"), QStringLiteral("Service instances."),
                                          QStringLiteral("M"), QStringLiteral("50000"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
                                       QStringLiteral("Loopback address to listen on."),
                                       QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption controlOpt(QStringLiteral("control-port"),
                                        QStringLiteral("Control API and /metrics port."),
                                        QStringLiteral("P"));
    const QCommandLineOption baseOpt(QStringLiteral("base-port"), QStringLiteral("First instance port."),
                                     QStringLiteral("P"));
    const QCommandLineOption portsOpt(QStringLiteral("ports"), QStringLiteral("Instance ports (K)."),
                                      QStringLiteral("K"), QStringLiteral("4"));
    const QCommandLineOption sdOpt(QStringLiteral("write-sd"),
                                   QStringLiteral("Write Prometheus file_sd targets here."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption dsnOpt(QStringLiteral("seed-registry"),
                                    QStringLiteral("Seed this migrated registry."), QStringLiteral("DSN"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Fleet generator seed."),
                                     QStringLiteral("S"), QStringLiteral("20240601"));
    parser.addOptions(
        {nodesOpt, instancesOpt, listenOpt, controlOpt, baseOpt, portsOpt, sdOpt, dsnOpt, seedOpt});
    parser.addHelpOption();
    if (!parser.parse(args)) {
        say("%s", parser.errorText().toStdString());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", parser.helpText().toStdString().c_str());
        return 0;
    }

    FleetSpec spec;
    bool ok[5] = {false, false, false, false, false};
    spec.nodes = parser.value(nodesOpt).toInt(&ok[0]);
    spec.instances = parser.value(instancesOpt).toInt(&ok[1]);
    spec.seed = parser.value(seedOpt).toULongLong(&ok[2]);
    FleetSimulator::Ports ports;
    ports.listen = parser.value(listenOpt).toStdString();
    ports.controlPort = parser.value(controlOpt).toInt(&ok[3]);
    ports.basePort = parser.value(baseOpt).toInt(&ok[4]);
    ports.count = parser.value(portsOpt).toInt();
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || ports.count < 1 || ports.count > 64 ||
        ports.basePort + ports.count > 65536 || ports.controlPort < 1 || ports.controlPort > 65535) {
        say("bad arguments: --nodes, --instances, --seed, --control-port and --base-port take numbers; 1 <= "
            "--ports <= 64");
        return 2;
    }
    if (!isLoopback(parser.value(listenOpt))) {
        say("--listen must be a 127.0.0.0/8 address: the simulator never leaves loopback");
        return 2;
    }
    if (spec.nodes < FleetModel::minimumNodes || spec.instances < FleetModel::minimumInstances) {
        say("need at least 40 nodes and 100 instances");
        return 2;
    }
    raiseFileLimit();

    const FleetModel model(spec);
    FleetSimulator simulator(model, ports);
    HttpServer server(
        [&simulator](int tag, const HttpRequest &request) { return simulator.handle(tag, request); });
    simulator.setServer(&server);
    std::string error;
    for (int k = 0; k < ports.count; ++k) {
        if (!server.listen(ports.listen, ports.basePort + k, k, &error)) {
            say("cannot listen: %s", error);
            return 1;
        }
    }
    if (!server.listen(ports.listen, ports.controlPort, FleetSimulator::controlTag, &error)) {
        say("cannot listen: %s", error);
        return 1;
    }
    say("fleet: %s", std::to_string(model.nodes().size()) + " nodes, " +
                         std::to_string(model.instances().size()) + " instances, " +
                         std::to_string(model.groups().size()) + " failover groups, " +
                         std::to_string(model.clusters().size()) + " clusters");

    if (parser.isSet(dsnOpt)) {
        std::string message;
        const bool seeded = RegistrySeeder::seed(
            parser.value(dsnOpt).toStdString(), model, [&simulator](int i) { return simulator.healthUrl(i); },
            &message);
        say(seeded ? "registry: %s" : "registry seeding failed: %s", message);
        if (!seeded)
            return 1;
    }
    if (parser.isSet(sdOpt)) {
        QSaveFile sd(parser.value(sdOpt));
        if (!sd.open(QIODevice::WriteOnly) || sd.write(simulator.fileSdJson()) < 0 || !sd.commit()) {
            say("cannot write %s", parser.value(sdOpt).toStdString());
            return 1;
        }
        QFile::setPermissions(parser.value(sdOpt),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    const double readyS = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    say("ready in %s s: control http://%s", std::to_string(readyS),
        ports.listen + ':' + std::to_string(ports.controlPort));

    const int signal = server.run();
    say("signal %s: stopping after %s requests", std::to_string(signal),
        std::to_string(server.requestsServed()));
    return 0;
}
