#include "SnapshotPacer.h"

#include "FleetStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

namespace looma {

namespace {
Q_LOGGING_CATEGORY(lcPacer, "looma.pacer", QtInfoMsg)
}

SnapshotPacer::SnapshotPacer(FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    // A real zero timer, not a posted call (QTimer::singleShot(0) posts one): posted events run
    // back to back in one pass, so a slice and the repaint it causes and the next slice would
    // hold the loop together. A timer lets paint, input and other timers in between slices.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &SnapshotPacer::step);
}

qint64 SnapshotPacer::rowCount(const FleetSnapshot &s)
{
    return s.regions.size() + s.clusters.size() + s.services.size() + s.policies.size() + s.nodes.size()
        + s.instances.size();
}

void SnapshotPacer::deliver(const FleetSnapshot &snapshot)
{
    const bool firstLoad = snapshot.full && m_store->nodeCount() == 0 && m_store->instanceCount() == 0;
    const bool large = rowCount(snapshot) > m_sliceRows;
    if (m_queue.empty() && !(firstLoad && large)) {
        m_store->apply(snapshot);
        Q_EMIT caughtUp();
        return;
    }
    Pending pending;
    pending.snapshot = snapshot;
    // Only a first load is cut: later full snapshots reconcile against a populated store, where a
    // slice could not say which rows are gone. Behind another first load the store is no longer
    // empty when this one's turn comes, so it goes whole.
    pending.paced = firstLoad && large && m_queue.empty();
    if (pending.paced) {
        m_store->reserve(snapshot.nodes.size(), snapshot.instances.size());
        m_slices = 0;
        m_longestSliceMs = 0;
        m_loadClock.start();
    }
    m_queue.push_back(std::move(pending));
    if (m_queue.front().paced)
        Q_EMIT loadProgress(0, rowCount(m_queue.front().snapshot));
    schedule();
}

void SnapshotPacer::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

FleetSnapshot SnapshotPacer::nextSlice(Pending &p) const
{
    const FleetSnapshot &all = p.snapshot;
    FleetSnapshot slice;
    slice.fetchedAt = all.fetchedAt;
    qsizetype room = m_sliceRows;
    if (!p.headDone) {
        slice.regions = all.regions;
        slice.clusters = all.clusters;
        slice.services = all.services;
        slice.policies = all.policies;
        room -= qMin(room - 1, rowCount(slice));
        p.headDone = true;
    }
    if (p.nodes < all.nodes.size()) {
        const qsizetype take = qMin(room, all.nodes.size() - p.nodes);
        slice.nodes = all.nodes.mid(p.nodes, take);
        p.nodes += take;
        room -= take;
    }
    if (room > 0 && p.nodes == all.nodes.size() && p.instances < all.instances.size()) {
        const qsizetype take = qMin(room, all.instances.size() - p.instances);
        slice.instances = all.instances.mid(p.instances, take);
        p.instances += take;
    }
    if (p.nodes == all.nodes.size() && p.instances == all.instances.size()) {
        slice.watermark = all.watermark;
        slice.healthEvents = all.healthEvents;
        slice.failoverEvents = all.failoverEvents;
        slice.auditEntries = all.auditEntries;
    }
    return slice;
}

void SnapshotPacer::step()
{
    if (m_queue.empty())
        return;
    Pending &front = m_queue.front();
    if (!front.paced) {
        const FleetSnapshot snapshot = std::move(front.snapshot);
        m_queue.pop_front();
        m_store->apply(snapshot);
    } else {
        const FleetSnapshot slice = nextSlice(front);
        QElapsedTimer clock;
        clock.start();
        m_store->apply(slice);
        const double sliceMs = double(clock.nsecsElapsed()) / 1e6;
        m_longestSliceMs = qMax(m_longestSliceMs, sliceMs);
        ++m_slices;
        qCDebug(lcPacer, "slice %d: %lld rows in %.2f ms", m_slices, qint64(rowCount(slice)), sliceMs);
        const FleetSnapshot &all = front.snapshot;
        const qint64 total = rowCount(all);
        const qint64 done = total - (all.nodes.size() - front.nodes) - (all.instances.size() - front.instances);
        Q_EMIT loadProgress(done, total);
        if (front.nodes == all.nodes.size() && front.instances == all.instances.size()) {
            qCInfo(lcPacer, "first load of %lld rows applied in %d slices, longest %.1f ms, %.0f ms in all",
                   total, m_slices, m_longestSliceMs, double(m_loadClock.nsecsElapsed()) / 1e6);
            m_queue.pop_front();
        }
    }
    if (m_queue.empty())
        Q_EMIT caughtUp();
    else
        schedule();
}

} // namespace looma
