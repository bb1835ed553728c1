// bench_datalayer: the console's data layer against the real local stack (scripts/bench.sh starts
// it at 10,000 nodes / 50,000 instances and passes LOOMA_STACK_ENV). Prints figures and ratios
// against references measured in the same run; asserts nothing.
//
//   bench_datalayer [--repeats N] [--only prometheus|registry]
//
// --only prometheus runs figure 5 alone (bench.sh runs it again on a 1,000-node stack);
// --only registry runs every figure but 5 (quicker under a profiler).
#include "BenchSupport.h"
#include "DeltaApplyBench.h"
#include "FleetStore.h"
#include "GuiRefreshBench.h"
#include "PromQueryBench.h"
#include "PsqlRunner.h"
#include "SnapshotLoadBench.h"
#include "StackEnv.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

using namespace looma;
using namespace looma::bench;

namespace {

RegistryConfig registryConfig(const QString &dsn)
{
    RegistryConfig config;
    config.dsn = dsn;
    config.useCache = false;          // measure the database, not the cache file
    config.notify = false;            // figure 1 loads only; figure 3/6 turn it on
    config.pollIntervalMs = 3600000;  // no poll or reconcile inside a measurement
    config.reconcileIntervalMs = 3600000;
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Repeats of figure 1 (3-5)."),
                                           QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("prometheus: figure 5 alone; registry: all but 5."),
                                        QStringLiteral("figure"));
    parser.addOptions({repeatsOption, onlyOption});
    parser.process(app);
    const int repeats = std::clamp(parser.value(repeatsOption).toInt(), 1, 9);

    const test::StackEnv env = test::StackEnv::load();
    if (!env.isValid()) {
        print(env.error());
        return 2;
    }
    const QString dsn = env.pgDsn();
    const int nodes = env.value(QStringLiteral("LOOMA_NODES")).toInt();
    const int instances = env.value(QStringLiteral("LOOMA_INSTANCES")).toInt();
    const int scrape = std::max(1, env.value(QStringLiteral("LOOMA_SCRAPE_INTERVAL")).toInt());
    const PsqlRunner psql(QDir(env.value(QStringLiteral("LOOMA_PG_BIN"))).filePath(QStringLiteral("psql")), dsn);
    captureRegistryLog();

    print(QStringLiteral("bench_datalayer: stack of %1 nodes / %2 instances; QPA %3; RSS at start %4 MB")
              .arg(nodes)
              .arg(instances)
              .arg(QGuiApplication::platformName())
              .arg(num(procStatusMb("VmRSS"))));

    if (parser.value(onlyOption) == QLatin1String("prometheus")) {
        FleetStore store;
        const QString perPage = PromQueryBench(QUrl(env.promUrl()), scrape, instances).run(&store);
        print(QStringLiteral("QUERIES_PER_REFRESH nodes=%1: %2").arg(nodes).arg(perPage));
        return perPage.isEmpty() ? 1 : 0;
    }

    SnapshotLoadBench load(registryConfig(dsn), psql);
    if (!load.run(repeats))
        return 1;
    DeltaApplyBench(load.lastSnapshot()).run(21, 100);

    if (!GuiRefreshBench(registryConfig(dsn), psql).run(7))
        return 1;

    print(QStringLiteral("\n== 4. Memory"));
    print(QStringLiteral("peak RSS (VmHWM) after the first full load (client + store + node model + proxy): %1 MB;"
                         " VmRSS then %2 MB  (target <= 250 MB)")
              .arg(num(load.hwmAfterFirstLoadMb()), num(load.rssAfterFirstLoadMb())));
    print(QStringLiteral("peak RSS (VmHWM) of the whole run (all models, view, several loads): %1 MB; VmRSS now %2 MB")
              .arg(num(procStatusMb("VmHWM")), num(procStatusMb("VmRSS"))));

    if (parser.value(onlyOption) == QLatin1String("registry"))
        return 0;
    FleetStore store;
    store.apply(load.lastSnapshot());
    const QString perPage = PromQueryBench(QUrl(env.promUrl()), scrape, instances).run(&store);
    print(QStringLiteral("QUERIES_PER_REFRESH nodes=%1: %2").arg(nodes).arg(perPage));
    return perPage.isEmpty() ? 1 : 0;
}
