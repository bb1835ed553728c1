#include "BenchSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>

namespace looma::bench {
namespace {

std::atomic<int> g_workerFullLoadMs{-1};
QtMessageHandler g_previousHandler = nullptr;

void registryLogHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Called from the registry thread too: only an atomic is touched.
    if (context.category && qstrcmp(context.category, "looma.registry") == 0
        && message.startsWith(QLatin1String("full snapshot:"))) {
        static const QRegularExpression inMs(QStringLiteral(" in (\\d+) ms"));
        const QRegularExpressionMatch m = inMs.match(message);
        if (m.hasMatch())
            g_workerFullLoadMs.store(m.captured(1).toInt());
        return;
    }
    if (context.category && qstrcmp(context.category, "looma.registry") == 0 && type == QtInfoMsg)
        return; // "connected to ...": one per load, noise here
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double minimum(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

double procStatusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}

double procStatusMb(const char *field)
{
    const double kb = procStatusKb(field);
    return kb < 0 ? -1 : kb / 1024.0;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    // A slow tick guarantees a wake-up even when nothing else posts an event.
    QTimer tick;
    tick.start(5);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void captureRegistryLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("looma.registry.info=true"));
    g_previousHandler = qInstallMessageHandler(registryLogHandler);
}

int lastWorkerFullLoadMs()
{
    return g_workerFullLoadMs.load();
}

void resetWorkerFullLoadMs()
{
    g_workerFullLoadMs.store(-1);
}

QString num(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void print(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace looma::bench
