// bench_models: how the models layer copes with a 10,000-node / 50,000-instance fleet.
// Prints figures, asserts nothing. The reference is a plain deep copy of the same record lists,
// measured in the same run, so "apply / copy" says what the diffing and indexing cost on top.
#include "EventListModel.h"
#include "FailoverGroupModel.h"
#include "FleetStore.h"
#include "InstanceTableModel.h"
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"
#include "RegionSummaryModel.h"
#include "SnapshotPacer.h"
#include "TestFleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace looma;
namespace tf = looma::testfleet;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Median of `runs` timings of fn (fn may prepare outside the timed part by returning its time).
double median(int runs, const std::function<double()> &fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(fn());
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QString statusField(const char *name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromLatin1(line.mid(prefix.size()).trimmed());
    }
    return QStringLiteral("?");
}

double kbToMb(const QString &field)
{
    return field.section(u' ', 0, 0).toDouble() / 1024.0;
}

// A delta of `count` instance rows whose health flips; `round` alternates the direction.
FleetSnapshot healthDelta(const FleetSnapshot &fleet, int count, int round, qint64 seqBase)
{
    FleetSnapshot delta;
    delta.watermark = seqBase;
    const qsizetype stride = fleet.instances.size() / count;
    for (int k = 0; k < count; ++k) {
        ServiceInstance i = fleet.instances.at(k * stride + round % 7);
        i.status = round % 2 == 0 ? HealthState::Critical : HealthState::Passing;
        i.changeSeq = seqBase + k;
        delta.instances.append(i);
    }
    return delta;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    tf::Shape shape;
    shape.regions = 20;
    shape.clustersPerRegion = 10;
    shape.nodesPerCluster = 50;
    shape.instancesPerNode = 5;
    const FleetSnapshot fleet = tf::build(shape);
    out << "fleet: " << fleet.nodes.size() << " nodes, " << fleet.instances.size() << " instances, "
        << fleet.clusters.size() << " clusters, " << fleet.regions.size() << " zones\n";

    // Reference: a deep copy (detach) of the record lists the snapshot carries.
    const double copyMs = median(5, [&] {
        QElapsedTimer t;
        t.start();
        QList<Node> nodes = fleet.nodes;
        QList<ServiceInstance> instances = fleet.instances;
        nodes.detach();
        instances.detach();
        const double ms = msSince(t);
        return nodes.size() + instances.size() > 0 ? ms : 0.0;
    });
    out << QStringLiteral("reference: deep copy of the node + instance lists        %1 ms\n").arg(copyMs, 8, 'f', 2);

    // The store alone, to split the full-apply figure between diff/indexing and the models.
    {
        FleetStore bare;
        QElapsedTimer t;
        t.start();
        bare.apply(fleet);
        const double bareMs = msSince(t);
        const FleetSnapshot delta = healthDelta(fleet, 100, 0, 900000);
        t.restart();
        bare.apply(delta);
        const double bareDeltaMs = msSince(t);
        out << QStringLiteral("store alone: full apply %1 ms (%2x copy), 100-row delta %3 ms\n")
                   .arg(bareMs, 0, 'f', 2)
                   .arg(bareMs / copyMs, 0, 'f', 1)
                   .arg(bareDeltaMs, 0, 'f', 3);
    }

    // The session's path for a first load: SnapshotPacer cuts it into slices applied one per
    // event-loop turn. Every model attached, the proxy filtered and sorted. The longest slice is
    // what the GUI thread is blocked for at once; the total is what pacing costs in all.
    for (const int sliceRows : {1000, 2500, 5000}) {
        FleetStore paced;
        NodeTableModel pacedNodes(&paced);
        NodeFilterProxyModel pacedProxy;
        pacedProxy.setSourceModel(&pacedNodes);
        pacedProxy.setCloudFilter(Cloud::Tencent);
        pacedProxy.sort(NodeTableModel::HostnameColumn, Qt::AscendingOrder);
        InstanceTableModel pacedInstances(&paced);
        FailoverGroupModel pacedGroups(&paced);
        RegionSummaryModel pacedRegions(&paced);
        EventListModel pacedEvents(&paced);
        SnapshotPacer pacer(&paced);
        pacer.setSliceRows(sliceRows);
        QElapsedTimer total;
        QElapsedTimer slice;
        double longest = 0;
        int slices = 0;
        bool done = false;
        QObject::connect(&pacer, &SnapshotPacer::loadProgress, &pacer, [&](qint64 applied, qint64) {
            if (applied > 0) {
                longest = std::max(longest, msSince(slice));
                ++slices;
            }
        });
        QObject::connect(&pacer, &SnapshotPacer::caughtUp, &pacer, [&] { done = true; });
        // Queued: the slice clock restarts on the turn that applies the next slice, just before it.
        QObject::connect(&pacer, &SnapshotPacer::loadProgress, &pacer, [&] { slice.restart(); },
                         Qt::QueuedConnection);
        total.start();
        slice.start();
        pacer.deliver(fleet);
        const double deliverMs = msSince(total);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        out << QStringLiteral("paced first load, slices of %1 rows: %2 slices, longest %3 ms, deliver() %4 ms,"
                              " total %5 ms\n")
                   .arg(sliceRows)
                   .arg(slices)
                   .arg(longest, 0, 'f', 2)
                   .arg(deliverMs, 0, 'f', 2)
                   .arg(msSince(total), 0, 'f', 2);
    }

    FleetStore store;
    NodeTableModel nodes(&store);
    NodeFilterProxyModel proxy;
    proxy.setSourceModel(&nodes);
    proxy.setCloudFilter(Cloud::Tencent); // active filter: half the fleet
    proxy.sort(NodeTableModel::StatusColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    InstanceTableModel instances(&store);
    FailoverGroupModel groups(&store);
    RegionSummaryModel regions(&store);
    EventListModel events(&store);

    QElapsedTimer timer;
    timer.start();
    store.apply(fleet);
    const double fullMs = msSince(timer);
    out << QStringLiteral("full apply into empty store + 6 models (proxy filtered, sorted)  %1 ms  (%2x copy)\n")
               .arg(fullMs, 8, 'f', 2)
               .arg(fullMs / copyMs, 0, 'f', 1);
    out << QStringLiteral("  rows: nodes %1 (proxy %2), instances %3, groups %4, zones %5\n")
               .arg(nodes.rowCount())
               .arg(proxy.rowCount())
               .arg(instances.rowCount())
               .arg(groups.rowCount())
               .arg(regions.rowCount());
    const QString hwmAfterLoad = statusField("VmHWM");
    const QString rssAfterLoad = statusField("VmRSS");

    // Persistent indexes make the proxy's work realistic: a selection and a current row.
    selection.setCurrentIndex(proxy.index(proxy.rowCount() / 2, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // 100 changed instance rows out of 50,000: store diff, node rollups, node row dataChanged on
    // the Status and Instances columns, proxy re-filter, and (Status is the sort column) re-sort.
    int round = 0;
    qint64 seq = 1000000;
    const double deltaSortedMs = median(21, [&] {
        const FleetSnapshot delta = healthDelta(fleet, 100, round++, seq += 1000);
        QElapsedTimer t;
        t.start();
        store.apply(delta);
        return msSince(t);
    });
    out << QStringLiteral("delta, 100 changed instances, proxy sorted on a changed column  %1 ms  (target <= 10)\n")
               .arg(deltaSortedMs, 8, 'f', 2);

    proxy.sort(NodeTableModel::HostnameColumn, Qt::AscendingOrder);
    const double deltaMs = median(21, [&] {
        const FleetSnapshot delta = healthDelta(fleet, 100, round++, seq += 1000);
        QElapsedTimer t;
        t.start();
        store.apply(delta);
        return msSince(t);
    });
    out << QStringLiteral("delta, 100 changed instances, proxy sorted on hostname          %1 ms  (target <= 10)\n")
               .arg(deltaMs, 8, 'f', 2);

    // A full snapshot identical to the state: everything compared, nothing emitted.
    const FleetSnapshot current = [&] {
        FleetSnapshot s = fleet;
        s.instances.clear();
        for (const qint64 id : store.instanceIds())
            s.instances.append(*store.instance(id));
        return s;
    }();
    store.apply(current);
    const double identicalMs = median(5, [&] {
        QElapsedTimer t;
        t.start();
        store.apply(current);
        return msSince(t);
    });
    out << QStringLiteral("re-apply identical full snapshot (60,000 rows compared)          %1 ms  (%2x copy)\n")
               .arg(identicalMs, 8, 'f', 2)
               .arg(identicalMs / copyMs, 0, 'f', 1);

    FleetSnapshot changedFull = current;
    const double fullDiffMs = median(5, [&] {
        for (int k = 0; k < 100; ++k) {
            ServiceInstance &i = changedFull.instances[k * 500];
            i.status = i.status == HealthState::Passing ? HealthState::Warning : HealthState::Passing;
        }
        QElapsedTimer t;
        t.start();
        store.apply(changedFull);
        return msSince(t);
    });
    out << QStringLiteral("full snapshot with 100 changed rows (diffed, 100 emitted)        %1 ms\n")
               .arg(fullDiffMs, 8, 'f', 2);

    QList<MetricSample> cpu;
    QList<MetricSample> mem;
    for (const Node &n : fleet.nodes) {
        cpu.append(tf::sample({{QStringLiteral("node"), n.hostname}}, double(n.id % 100)));
        mem.append(tf::sample({{QStringLiteral("node"), n.hostname}}, double(n.id % 90)));
    }
    const double metricsMs = median(5, [&] {
        for (MetricSample &s : cpu)
            s.value += 0.5;
        QElapsedTimer t;
        t.start();
        store.setNodeMetrics(cpu, mem);
        return msSince(t);
    });
    out << QStringLiteral("metrics update, 10,000 nodes' CPU changed (join + dataChanged)   %1 ms\n")
               .arg(metricsMs, 8, 'f', 2);

    out << QStringLiteral("memory: VmRSS after load %1 MB, VmHWM after load %2 MB, VmHWM at end %3 MB\n")
               .arg(kbToMb(rssAfterLoad), 0, 'f', 1)
               .arg(kbToMb(hwmAfterLoad), 0, 'f', 1)
               .arg(kbToMb(statusField("VmHWM")), 0, 'f', 1);
    out << "current row still valid after all of it: " << (selection.currentIndex().isValid() ? "yes" : "no")
        << '\n';
    return 0;
}
