#include "SnapshotLoadBench.h"

#include "BenchSupport.h"
#include "FleetStore.h"
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"
#include "RegistryClient.h"
#include "RowDecoder.h"
#include "SnapshotPacer.h"

namespace looma::bench {
namespace {

QString copyAll(const char *columns, const char *table)
{
    return QStringLiteral("COPY (SELECT %1 FROM %2) TO STDOUT;\n")
        .arg(QString::fromLatin1(columns), QString::fromLatin1(table));
}

QString copyNewest(const char *columns, const char *table, const char *key, int limit)
{
    return QStringLiteral("COPY (SELECT %1 FROM %2 ORDER BY %3 DESC LIMIT %4) TO STDOUT;\n")
        .arg(QString::fromLatin1(columns), QString::fromLatin1(table), QString::fromLatin1(key))
        .arg(limit);
}

} // namespace

SnapshotLoadBench::SnapshotLoadBench(RegistryConfig config, PsqlRunner psql)
    : m_config(std::move(config))
    , m_psql(std::move(psql))
{}

QString SnapshotLoadBench::referenceScript() const
{
    // Same transaction mode, same SELECT lists (RowDecoder's, which include the epoch-ms
    // conversions the server computes), same history limits, same bookkeeping queries.
    const int history = std::max<int>(m_config.historyLimit, int(m_config.lateCommitOverlap));
    QString s = QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n"
                               "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM registry_change_seq;\n");
    s += copyAll(RowDecoder::regionColumns(), "regions");
    s += copyAll(RowDecoder::clusterColumns(), "clusters");
    s += copyAll(RowDecoder::nodeColumns(), "nodes");
    s += copyAll(RowDecoder::serviceColumns(), "services");
    s += copyAll(RowDecoder::instanceColumns(), "service_instances");
    s += copyAll(RowDecoder::policyColumns(), "check_policies");
    s += copyNewest(RowDecoder::healthEventColumns(), "health_events", "id", history);
    s += copyNewest(RowDecoder::failoverEventColumns(), "failover_events", "change_seq", history);
    s += copyNewest(RowDecoder::auditColumns(), "audit_log", "id", history);
    s += QStringLiteral("SELECT coalesce(max(id), 0) FROM health_events;\n"
                        "SELECT coalesce(max(id), 0) FROM audit_log;\n"
                        "SELECT count(*) FROM registry_tombstones WHERE change_seq > 0;\n"
                        "COMMIT;\n");
    return s;
}

SnapshotLoadBench::Sample SnapshotLoadBench::loadOnce()
{
    Sample sample;
    FleetStore store;
    NodeTableModel nodes(&store);
    NodeFilterProxyModel proxy;
    proxy.setSourceModel(&nodes);
    proxy.setCloudFilter(Cloud::Tencent);
    proxy.sort(NodeTableModel::HostnameColumn, Qt::AscendingOrder);

    RegistryClient client(m_config);
    // The session's path: the pacer cuts this first load into slices; the clock stops when the
    // last slice is in the store.
    SnapshotPacer pacer(&store);
    bool delivered = false;
    bool done = false;
    QElapsedTimer clock;
    QElapsedTimer apply;
    double cpu = 0;
    QObject context;
    QObject::connect(&client, &RegistryClient::snapshotReady, &context, [&](const FleetSnapshot &s) {
        if (delivered)
            return;
        delivered = true;
        sample.deliveredMs = msSince(clock);
        cpu = threadCpuMs();
        apply.start();
        m_last = s;
        pacer.deliver(s);
    });
    QObject::connect(&pacer, &SnapshotPacer::loadProgress, &context, [&](qint64 applied, qint64) {
        sample.slices += applied > 0 ? 1 : 0;
    });
    QObject::connect(&pacer, &SnapshotPacer::caughtUp, &context, [&] {
        if (done || !delivered)
            return;
        sample.applyMs = msSince(apply);
        sample.applyCpuMs = threadCpuMs() - cpu;
        sample.totalMs = msSince(clock);
        sample.nodes = nodes.rowCount();
        sample.instances = int(store.instanceCount());
        sample.proxyRows = proxy.rowCount();
        done = true;
    });
    resetWorkerFullLoadMs();
    clock.start();
    client.start();
    sample.ok = waitUntil([&] { return done; }, 120000);
    sample.workerMs = lastWorkerFullLoadMs();
    client.stop();
    return sample;
}

bool SnapshotLoadBench::run(int repeats)
{
    print(QStringLiteral("\n== 1. Full snapshot load: RegistryClient + FleetStore + NodeTableModel/proxy vs psql COPY"));
    // One untimed psql run warms the server's buffers for both sides alike.
    const PsqlRunner::Result warm = m_psql.run(referenceScript(), false);
    if (!warm.ok) {
        print(QStringLiteral("psql reference failed: %1").arg(warm.error));
        return false;
    }
    const PsqlRunner::Result connectOnly = m_psql.run(QStringLiteral("SELECT 1;\n"), false);

    std::vector<double> total, delivered, worker, apply, applyCpu, psql;
    for (int i = 0; i < repeats; ++i) {
        const Sample s = loadOnce();
        if (!s.ok) {
            print(QStringLiteral("load %1 did not finish within 120 s").arg(i + 1));
            return false;
        }
        if (i == 0) {
            m_hwmAfterFirstLoadMb = procStatusMb("VmHWM");
            m_rssAfterFirstLoadMb = procStatusMb("VmRSS");
        }
        const PsqlRunner::Result ref = m_psql.run(referenceScript(), false);
        if (!ref.ok) {
            print(QStringLiteral("psql reference failed: %1").arg(ref.error));
            return false;
        }
        print(QStringLiteral("  run %1: client %2 ms (worker query+decode %3, delivered at %4, apply %5 in %6 slices)"
                             " | psql %7 ms | %8 nodes, %9 instances, proxy %10 rows")
                  .arg(i + 1)
                  .arg(num(s.totalMs), num(s.workerMs, 0), num(s.deliveredMs), num(s.applyMs))
                  .arg(s.slices)
                  .arg(num(ref.ms))
                  .arg(s.nodes)
                  .arg(s.instances)
                  .arg(s.proxyRows));
        total.push_back(s.totalMs);
        delivered.push_back(s.deliveredMs);
        worker.push_back(s.workerMs);
        apply.push_back(s.applyMs);
        applyCpu.push_back(s.applyCpuMs);
        psql.push_back(ref.ms);
    }
    const double ratio = median(total) / median(psql);
    print(QStringLiteral("client full load (start -> models populated), median of %1: %2 ms  [min %3, max %4]")
              .arg(repeats)
              .arg(num(median(total)), num(minimum(total)), num(maximum(total))));
    print(QStringLiteral("  of which: start -> snapshotReady %1 ms (registry thread query + decode %2 ms);"
                         " paced FleetStore::apply + models on the GUI thread %3 ms (thread CPU %4 ms)")
              .arg(num(median(delivered)), num(median(worker), 0), num(median(apply)), num(median(applyCpu))));
    print(QStringLiteral("psql COPY of the same rows to /dev/null, median of %1: %2 ms  [min %3, max %4];"
                         " psql start + connect alone %5 ms")
              .arg(repeats)
              .arg(num(median(psql)), num(minimum(psql)), num(maximum(psql)), num(connectOnly.ms)));
    print(QStringLiteral("RATIO full load / psql = %1  (target <= 2.0)").arg(num(ratio, 2)));
    print(QStringLiteral("  ratio of the registry thread alone (query + decode) / psql = %1")
              .arg(num(median(worker) / median(psql), 2)));
    return true;
}

} // namespace looma::bench
