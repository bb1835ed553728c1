#include "DeltaApplyBench.h"

#include "BenchSupport.h"
#include "EventListModel.h"
#include "FailoverGroupModel.h"
#include "FleetStore.h"
#include "InstanceTableModel.h"
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"
#include "RegionSummaryModel.h"

#include <QItemSelectionModel>

namespace looma::bench {

DeltaApplyBench::DeltaApplyBench(FleetSnapshot full)
    : m_full(std::move(full))
{}

FleetSnapshot DeltaApplyBench::healthDelta(const FleetSnapshot &full, const FleetStore &current, int count,
                                           int round, qint64 seq)
{
    FleetSnapshot delta;
    const qsizetype stride = std::max<qsizetype>(1, full.instances.size() / count);
    for (int k = 0; k < count && k * stride < full.instances.size(); ++k) {
        const qint64 id = full.instances.at(std::min(full.instances.size() - 1, k * stride + round % stride)).id;
        const ServiceInstance *now = current.instance(id);
        if (!now)
            continue;
        ServiceInstance i = *now;
        i.status = i.status == HealthState::Critical ? HealthState::Passing : HealthState::Critical;
        i.changeSeq = seq + k;
        delta.instances.append(i);
    }
    delta.watermark = seq + count;
    return delta;
}

void DeltaApplyBench::run(int repeats, int changedRows)
{
    print(QStringLiteral("\n== 2. Delta: %1 changed instances out of %2, FleetStore + models behind a filtering, sorting proxy")
              .arg(changedRows)
              .arg(m_full.instances.size()));
    qint64 seq = m_full.watermark + 1'000'000;
    int round = 0;
    {
        FleetStore bare;
        bare.apply(m_full);
        std::vector<double> times;
        for (int i = 0; i < repeats; ++i) {
            const FleetSnapshot delta = healthDelta(m_full, bare, changedRows, round++, seq += 1000);
            QElapsedTimer t;
            t.start();
            bare.apply(delta);
            times.push_back(msSince(t));
        }
        print(QStringLiteral("FleetStore alone (no models): median %1 ms").arg(num(median(times), 3)));
    }

    FleetStore store;
    NodeTableModel nodes(&store);
    NodeFilterProxyModel proxy;
    proxy.setSourceModel(&nodes);
    proxy.setCloudFilter(Cloud::Tencent); // an active filter: half the fleet
    proxy.setTextFilter(QStringLiteral("-"));
    InstanceTableModel instances(&store);
    FailoverGroupModel groups(&store);
    RegionSummaryModel regions(&store);
    EventListModel events(&store);
    QItemSelectionModel selection(&proxy);
    store.apply(m_full);

    const auto measure = [&](int column, const QString &what) {
        proxy.sort(column, Qt::AscendingOrder);
        selection.setCurrentIndex(proxy.index(proxy.rowCount() / 2, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        std::vector<double> times, cpu;
        for (int i = 0; i < repeats; ++i) {
            const FleetSnapshot delta = healthDelta(m_full, store, changedRows, round++, seq += 1000);
            QElapsedTimer t;
            const double cpu0 = threadCpuMs();
            t.start();
            store.apply(delta);
            times.push_back(msSince(t));
            cpu.push_back(threadCpuMs() - cpu0);
        }
        print(QStringLiteral("store + 5 models, proxy (cloud + text filter) sorted on %1: median %2 ms  [min %3, max %4];"
                             " thread CPU median %5 ms  (target <= 10 ms)")
                  .arg(what, num(median(times), 2), num(minimum(times), 2), num(maximum(times), 2), num(median(cpu), 2)));
    };
    print(QStringLiteral("  models: NodeTableModel (%1 rows, proxy %2), InstanceTableModel (%3), FailoverGroupModel (%4),"
                         " RegionSummaryModel (%5), EventListModel; %6 runs each")
              .arg(nodes.rowCount())
              .arg(proxy.rowCount())
              .arg(instances.rowCount())
              .arg(groups.rowCount())
              .arg(regions.rowCount())
              .arg(repeats));
    measure(NodeTableModel::HostnameColumn, QStringLiteral("hostname"));
    measure(NodeTableModel::InstancesColumn, QStringLiteral("the changed column (instances)"));
}

} // namespace looma::bench
