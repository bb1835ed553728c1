#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <vector>

// Small helpers shared by the data-layer benchmark's sections. Benchmarks print figures and
// assert nothing; these only measure, wait and format.
namespace looma::bench {

double msSince(const QElapsedTimer &timer);
// CPU time of the calling thread: unlike wall time it does not grow when other processes crowd
// the machine, so GUI-thread work is printed both ways.
double threadCpuMs();
double median(std::vector<double> values);
double minimum(const std::vector<double> &values);
double maximum(const std::vector<double> &values);

// A field of /proc/self/status in kB (VmHWM, VmRSS); -1 when it cannot be read.
double procStatusKb(const char *field);
double procStatusMb(const char *field);

// Runs the event loop until done() holds or timeoutMs passes; false on timeout. A benchmark's
// driver, not production code: it is the only place this program spins an event loop itself.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// Keeps the registry worker's "full snapshot ... in N ms" log line out of the output and remembers
// N: the query + decode time measured on the registry thread itself.
void captureRegistryLog();
int lastWorkerFullLoadMs(); // -1 until one has been seen
void resetWorkerFullLoadMs();

QString num(double value, int decimals = 1);
void print(const QString &line);

} // namespace looma::bench
