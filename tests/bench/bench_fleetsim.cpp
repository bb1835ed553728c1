// bench_fleetsim: starts looma-fleetsim at full size and prints what matters for the local stack:
// time to ready, peak RSS, one region's /metrics render, idle CPU, and /health throughput under
// wrk, with the control port's trivial /ready under the same load as the in-run reference.
//   bench_fleetsim [--nodes N] [--instances M] [--seconds S] [--dsn DSN]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

// A blocking GET on loopback: fine in a benchmark's main thread, which has nothing else to do.
// Returns the status code (0 on failure) and the body size.
int httpGet(int port, const QByteArray &path, qint64 *bytes = nullptr)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(std::uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval tv{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return 0;
    }
    const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    if (::send(fd, request.constData(), std::size_t(request.size()), 0) < 0) {
        ::close(fd);
        return 0;
    }
    QByteArray response;
    char buf[65536];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;)
        response.append(buf, n);
    ::close(fd);
    if (bytes)
        *bytes = response.size() - response.indexOf("\r\n\r\n") - 4;
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

qint64 statusKb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

double wrk(const QString &url, int seconds)
{
    QProcess p;
    p.start(QStringLiteral("wrk"),
            {QStringLiteral("-t1"), QStringLiteral("-c64"), QStringLiteral("-d%1s").arg(seconds), url});
    if (!p.waitForFinished((seconds + 30) * 1000))
        return -1;
    const auto m = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)"))
                       .match(QString::fromUtf8(p.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString nodes = arg(QStringLiteral("--nodes"), QStringLiteral("10000"));
    const QString instances = arg(QStringLiteral("--instances"), QStringLiteral("50000"));
    const int seconds = arg(QStringLiteral("--seconds"), QStringLiteral("5")).toInt();
    const QString dsn = arg(QStringLiteral("--dsn"), QString());

    const int control = freePort();
    const int base = freePort();
    QStringList simArgs{QStringLiteral("--nodes"),        nodes,
                        QStringLiteral("--instances"),    instances,
                        QStringLiteral("--listen"),       QStringLiteral("127.0.0.1"),
                        QStringLiteral("--control-port"), QString::number(control),
                        QStringLiteral("--base-port"),    QString::number(base),
                        QStringLiteral("--ports"),        QStringLiteral("1")};
    if (!dsn.isEmpty())
        simArgs << QStringLiteral("--seed-registry") << dsn;
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    sim.start(QStringLiteral(LOOMA_FLEETSIM_BIN), simArgs);
    while (httpGet(control, "/ready") != 200) {
        if (clock.elapsed() > 60000 || sim.state() == QProcess::NotRunning) {
            std::printf("simulator did not become ready\n");
            sim.kill();
            sim.waitForFinished();
            return 1;
        }
        QThread::msleep(20);
    }
    const double readyS = clock.elapsed() / 1000.0;
    const qint64 pid = sim.processId();
    const qint64 rssReady = statusKb(pid, "VmHWM:");

    qint64 bytes = 0;
    qint64 bestMs = 1 << 30;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        httpGet(control, "/metrics/region/tencent/ap-guangzhou", &bytes);
        bestMs = std::min(bestMs, t.elapsed());
    }
    const double cpu0 = cpuSeconds(pid);
    QThread::sleep(2);
    const double idleCpu = (cpuSeconds(pid) - cpu0) / 2 * 100;

    const double health = wrk(QStringLiteral("http://127.0.0.1:%1/i/1/health").arg(base), seconds);
    const double reference = wrk(QStringLiteral("http://127.0.0.1:%1/ready").arg(control), seconds);
    const qint64 rssPeak = statusKb(pid, "VmHWM:");

    sim.terminate();
    const bool clean =
        sim.waitForFinished(10000) && sim.exitStatus() == QProcess::NormalExit && sim.exitCode() == 0;
    if (!clean)
        sim.kill();

    std::printf("fleet                 %s nodes, %s instances%s\n", qPrintable(nodes), qPrintable(instances),
                dsn.isEmpty() ? " (no registry seeding)" : " (registry seeded)");
    std::printf("time to ready         %.2f s   (target < 10 s)\n", readyS);
    std::printf("peak RSS at ready     %.1f MB  (target < 300 MB)\n", rssReady / 1024.0);
    std::printf("peak RSS after load   %.1f MB\n", rssPeak / 1024.0);
    std::printf("region /metrics       %lld ms for %.1f MB (best of 3)\n", bestMs, bytes / 1048576.0);
    std::printf("idle CPU              %.1f %%\n", idleCpu);
    std::printf("/health under wrk     %.0f req/s (1 thread, 64 connections, %d s)\n", health, seconds);
    std::printf("/ready (reference)    %.0f req/s; /health at %.2f x the reference\n", reference,
                reference > 0 ? health / reference : 0.0);
    std::printf("clean SIGTERM exit    %s\n", clean ? "yes" : "NO");
    return clean ? 0 : 1;
}
