// bench_checker: the health checker's throughput and CPU cost against the fleet simulator's /health
// endpoints, with two references measured in the same run on the same endpoints:
//   * wrk (keep-alive, both cores): the ceiling in requests/s;
//   * Prometheus blackbox_exporter (http_2xx module, driven through /probe): CPU seconds per 1,000
//     probes of the exporter process (/proc/<pid>/stat), against ours (getrusage of this process).
// Then a scheduled sweep: 10,000 instances at a 10 s interval through CheckEngine, to see whether it
// fits its interval. Not a test: prints figures; starts and stops every process it uses.
//
//   bench_checker [--instances 10000] [--seconds 6] [--in-flight 256] [--conns-per-host 64]
//                 [--sim PATH] [--target-base-port P --target-ports K]   (use a running simulator)
//                 [--no-blackbox] [--no-wrk] [--no-sweep]
#include "CheckEngine.h"
#include "ProbeClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace looma;

namespace {

double selfCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name "(...)": state is field 3, utime 14, stime 15.
    const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (rest.value(11).toDouble() + rest.value(12).toDouble()) / ticks;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Children die with us even if the bench crashes.
void startChild(QProcess &p, const QString &program, const QStringList &args)
{
    p.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForStarted(5000);
}

void stopChild(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(2000);
    }
}

ProbeRequest httpRequest(quint16 port, const QByteArray &pathAndQuery, int timeoutMs = 2000)
{
    ProbeRequest r;
    r.address = QHostAddress::LocalHost;
    r.port = port;
    r.timeoutMs = timeoutMs;
    r.requestBytes = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n";
    return r;
}

bool waitHttpOk(quint16 port, const QByteArray &path, int seconds)
{
    ProbeClient client;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) {
        bool done = false, ok = false;
        client.probe(httpRequest(port, path, 1000), [&](const ProbeResult &r) {
            ok = r.verdict == ProbeVerdict::Success;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (ok)
            return true;
        wait(100);
    }
    return false;
}

struct LoadFigures
{
    qint64 completed = 0;
    qint64 succeeded = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    quint64 connections = 0;
    double perSecond() const { return seconds > 0 ? completed / seconds : 0; }
    double cpuPer1000() const { return completed > 0 ? cpuSeconds * 1000.0 / completed : 0; }
};

// Closed loop: keep `inFlight` requests outstanding, cycling through `requests`, for `seconds`.
// cpuOfPid < 0: CPU of this process; otherwise of that process.
LoadFigures closedLoop(const QList<ProbeRequest> &requests, const ProbeClient::Options &options, int inFlight,
                       double seconds, qint64 cpuOfPid)
{
    ProbeClient client(options);
    LoadFigures f;
    bool running = true;
    qsizetype next = 0;
    std::function<void()> launch = [&] {
        const ProbeRequest &r = requests.at(next++ % requests.size());
        client.probe(r, [&](const ProbeResult &res) {
            if (!running)
                return;
            ++f.completed;
            f.succeeded += res.verdict == ProbeVerdict::Success;
            launch();
        });
    };
    const auto cpu = [cpuOfPid] { return cpuOfPid < 0 ? selfCpuSeconds() : processCpuSeconds(cpuOfPid); };
    // Warm up one second (connections open, caches fill), then measure.
    for (int i = 0; i < inFlight; ++i)
        launch();
    wait(1000);
    const qint64 c0 = f.completed, s0 = f.succeeded;
    const double cpu0 = cpu();
    QElapsedTimer t;
    t.start();
    wait(int(seconds * 1000));
    f.seconds = t.elapsed() / 1000.0;
    f.cpuSeconds = cpu() - cpu0;
    f.completed -= c0;
    f.succeeded -= s0;
    f.connections = client.counters().connectionsOpened;
    running = false;
    while (client.inFlight() > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return f;
}

void print(const char *what, const LoadFigures &f)
{
    std::printf("%-38s %9.0f /s  %6.3f CPU-s per 1,000  ok %lld/%lld  connections opened %llu\n", what,
                f.perSecond(), f.cpuPer1000(), (long long)f.succeeded, (long long)f.completed,
                (unsigned long long)f.connections);
    std::fflush(stdout);
}

} // namespace


namespace {

double runWrk(quint16 basePort, int ports, int instances, int seconds, const QString &dir)
{
    // Only ids that live on the base port (id % ports == 0), cycled.
    QFile lua(dir + QStringLiteral("/ids.lua"));
    lua.open(QIODevice::WriteOnly);
    lua.write(QStringLiteral("local n = %1\nlocal k = %2\ncounter = 0\nrequest = function()\n"
                             "  counter = counter + 1\n  local id = ((counter %% n) + 1) * k\n"
                             "  return wrk.format(\"GET\", \"/i/\" .. id .. \"/health\")\nend\n")
                  .arg(std::max(1, instances / ports - 1))
                  .arg(ports)
                  .toUtf8());
    lua.close();
    QProcess wrk;
    startChild(wrk, QStringLiteral("wrk"),
               {QStringLiteral("-t2"), QStringLiteral("-c64"), QStringLiteral("-d%1s").arg(seconds),
                QStringLiteral("-s"), lua.fileName(), QStringLiteral("http://127.0.0.1:%1/").arg(basePort)});
    wrk.waitForFinished((seconds + 30) * 1000);
    const QString out = QString::fromUtf8(wrk.readAll());
    stopChild(wrk);
    const auto m = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    if (!m.hasMatch())
        std::printf("wrk said: %s\n", qPrintable(out));
    return m.hasMatch() ? m.captured(1).toDouble() : 0;
}

struct SweepFigures
{
    int checked = 0;
    qint64 lagP50 = 0;
    qint64 lagMax = 0;
    double cpuPer1000 = 0;
    int critical = 0;
};

SweepFigures runSweep(const QList<ServiceInstance> &instances, const CheckEngine::Options &options)
{
    CheckPolicy policy; // defaults: interval 10 s, timeout 2 s
    CheckEngine engine(options);
    SweepFigures s;
    int checks = 0;
    QObject::connect(&engine, &CheckEngine::figuresReady, &engine, [&](const SchedulerFigures &f) {
        checks += int(f.checksPerSecond * 1.0 + 0.5);
        s.lagMax = std::max(s.lagMax, f.lagMaxMs);
        s.lagP50 = std::max(s.lagP50, f.lagP50Ms);
    });
    QObject::connect(&engine, &CheckEngine::transitionsReady, &engine, [&](const QList<HealthTransition> &b) {
        for (const HealthTransition &t : b)
            s.critical += t.toState == HealthState::Critical;
    });
    engine.setFleet(instances, {policy});
    const double cpu0 = selfCpuSeconds();
    engine.start();
    wait(policy.intervalMs + 500);
    engine.stop();
    const double cpu = selfCpuSeconds() - cpu0;
    s.checked = checks;
    s.cpuPer1000 = checks > 0 ? cpu * 1000.0 / checks : 0;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption instOpt(QStringLiteral("instances"), QStringLiteral("Instances."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption secOpt(QStringLiteral("seconds"), QStringLiteral("Seconds per load phase."), QStringLiteral("S"), QStringLiteral("6"));
    const QCommandLineOption capOpt(QStringLiteral("in-flight"), QStringLiteral("Checks in flight."), QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption connOpt(QStringLiteral("conns-per-host"), QStringLiteral("Connections per host:port."), QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption simOpt(QStringLiteral("sim"), QStringLiteral("looma-fleetsim binary."), QStringLiteral("PATH"), QStringLiteral(LOOMA_FLEETSIM_BIN));
    const QCommandLineOption baseOpt(QStringLiteral("target-base-port"), QStringLiteral("Use a running simulator: its base port."), QStringLiteral("P"));
    const QCommandLineOption portsOpt(QStringLiteral("target-ports"), QStringLiteral("Its number of instance ports."), QStringLiteral("K"), QStringLiteral("4"));
    const QCommandLineOption noBbOpt(QStringLiteral("no-blackbox"), QStringLiteral("Skip blackbox_exporter."));
    const QCommandLineOption noWrkOpt(QStringLiteral("no-wrk"), QStringLiteral("Skip wrk."));
    const QCommandLineOption noSweepOpt(QStringLiteral("no-sweep"), QStringLiteral("Skip the scheduled sweep."));
    parser.addOptions({instOpt, secOpt, capOpt, connOpt, simOpt, baseOpt, portsOpt, noBbOpt, noWrkOpt, noSweepOpt});
    parser.process(app);
    const int n = parser.value(instOpt).toInt();
    const int seconds = parser.value(secOpt).toInt();
    const int inFlight = parser.value(capOpt).toInt();
    const int ports = parser.value(portsOpt).toInt();

    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    QTemporaryDir dir;
    QProcess sim;
    quint16 base = quint16(parser.value(baseOpt).toUInt());
    if (!base) {
        const quint16 control = freePort();
        base = freePort();
        startChild(sim, parser.value(simOpt),
                   {QStringLiteral("--nodes"), QString::number(std::max(40, n / 5)), QStringLiteral("--instances"),
                    QString::number(n), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--control-port"), QString::number(control), QStringLiteral("--base-port"),
                    QString::number(base), QStringLiteral("--ports"), QString::number(ports)});
        if (!waitHttpOk(control, "/ready", 120)) {
            std::printf("the simulator did not become ready: %s\n", sim.readAll().constData());
            stopChild(sim);
            return 1;
        }
    }
    std::printf("bench_checker: %d instances on 127.0.0.1:%d..%d, %d in flight, %s connections per host:port\n",
                n, base, base + ports - 1, inFlight, qPrintable(parser.value(connOpt)));

    QList<ProbeRequest> requests;
    QList<ServiceInstance> instances;
    for (int id = 1; id <= n; ++id) {
        const quint16 port = quint16(base + id % ports);
        requests.append(httpRequest(port, "/i/" + QByteArray::number(id) + "/health"));
        ServiceInstance i;
        i.id = id;
        i.healthCheckUrl = QStringLiteral("http://127.0.0.1:%1/i/%2/health").arg(port).arg(id);
        instances.append(i);
    }
    ProbeClient::Options keep;
    keep.connectionsPerHost = parser.value(connOpt).toInt();
    ProbeClient::Options fresh = keep;
    fresh.keepAlive = false;

    const LoadFigures ours = closedLoop(requests, keep, inFlight, seconds, -1);
    print("ours, keep-alive", ours);
    const LoadFigures oursFresh = closedLoop(requests, fresh, inFlight, std::max(2, seconds / 2), -1);
    print("ours, new connection per probe", oursFresh);

    double wrkRate = 0;
    if (!parser.isSet(noWrkOpt)) {
        wrkRate = runWrk(base, ports, n, seconds, dir.path());
        std::printf("%-38s %9.0f /s  (ceiling: keep-alive, 64 connections, both cores)\n", "wrk", wrkRate);
    }

    LoadFigures bb;
    if (!parser.isSet(noBbOpt)) {
        QFile cfg(dir.path() + QStringLiteral("/blackbox.yml"));
        cfg.open(QIODevice::WriteOnly);
        cfg.write("modules:\n  http_2xx:\n    prober: http\n    timeout: 2s\n    http:\n"
                  "      preferred_ip_protocol: ip4\n      valid_status_codes: [200]\n");
        cfg.close();
        const quint16 bbPort = freePort();
        QProcess exporter;
        startChild(exporter, QStringLiteral("prometheus-blackbox-exporter"),
                   {QStringLiteral("--config.file=") + cfg.fileName(),
                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(bbPort)});
        if (waitHttpOk(bbPort, "/metrics", 30)) {
            QList<ProbeRequest> probes;
            for (const ProbeRequest &r : std::as_const(requests)) {
                const QByteArray target = "http://127.0.0.1:" + QByteArray::number(r.port)
                    + r.requestBytes.mid(4, r.requestBytes.indexOf(' ', 4) - 4);
                ProbeRequest p = httpRequest(bbPort, "/probe?module=http_2xx&target=" + target.toPercentEncoding(), 5000);
                p.expectBody = "probe_success 1";
                probes.append(p);
            }
            ProbeClient::Options o = keep;
            o.connectionsPerHost = 32;
            bb = closedLoop(probes, o, 32, seconds, exporter.processId());
            print("blackbox_exporter (exporter's CPU)", bb);
        } else {
            std::printf("blackbox_exporter did not start: %s\n", exporter.readAll().constData());
        }
        stopChild(exporter);
    }

    SweepFigures sweep;
    if (!parser.isSet(noSweepOpt)) {
        CheckEngine::Options o;
        o.maxInFlight = inFlight;
        o.probe = keep;
        sweep = runSweep(instances, o);
        std::printf("%-38s %6d checks in 10.5 s (of %d instances), lag p50 %lld ms max %lld ms, "
                    "%.3f CPU-s per 1,000, %d critical\n",
                    "scheduled sweep, 10 s interval", sweep.checked, n, (long long)sweep.lagP50,
                    (long long)sweep.lagMax, sweep.cpuPer1000, sweep.critical);
    }
    stopChild(sim);

    std::printf("\nsummary\n");
    std::printf("  ours: %.0f checks/s, %.3f CPU-s per 1,000 checks (%.0f checks per CPU-second)\n", ours.perSecond(),
                ours.cpuPer1000(), ours.cpuPer1000() > 0 ? 1000.0 / ours.cpuPer1000() : 0);
    std::printf("  keep-alive vs new connection per probe: %.2fx the checks per CPU-second\n",
                oursFresh.cpuPer1000() > 0 && ours.cpuPer1000() > 0 ? oursFresh.cpuPer1000() / ours.cpuPer1000() : 0);
    if (wrkRate > 0)
        std::printf("  wrk ceiling: %.0f requests/s; ours reaches %.0f%% of it\n", wrkRate, 100.0 * ours.perSecond() / wrkRate);
    if (bb.completed > 0 && ours.cpuPer1000() > 0) {
        const double ratio = bb.cpuPer1000() / ours.cpuPer1000();
        std::printf("  blackbox_exporter: %.3f CPU-s per 1,000 probes (%.0f probes per CPU-second)\n", bb.cpuPer1000(),
                    1000.0 / bb.cpuPer1000());
        std::printf("  ratio checks-per-CPU-second ours / blackbox: %.2f (target >= 2.0: %s)\n", ratio,
                    ratio >= 2.0 ? "met" : "NOT met");
    }
    if (sweep.checked > 0)
        std::printf("  a 10 s sweep of %d instances %s its interval (checked %d, worst lag %lld ms)\n", n,
                    sweep.checked >= n * 95 / 100 && sweep.lagMax < 10000 ? "fits" : "does NOT fit", sweep.checked,
                    (long long)sweep.lagMax);
    return 0;
}
