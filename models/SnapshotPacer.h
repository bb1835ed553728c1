#pragma once

#include "FleetSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <deque>

class QTimer;

namespace looma {

class FleetStore;

// Hands registry snapshots to a FleetStore without holding the GUI thread for long. Deltas and
// reconciles go straight through (they cost a few ms). The one expensive case, the first large
// full snapshot into an empty store (50,000 instances into empty models, every row built and
// inserted), is cut into deltas of at most sliceRows rows that are applied one per event-loop
// turn, so the window paints and takes input between them. Parents come before children (regions,
// clusters, services, policies, then nodes, then instances), so every slice leaves the store
// consistent; history and the watermark come with the last. Whatever is delivered meanwhile waits
// its turn, so snapshots reach the store in the order they were delivered.
class SnapshotPacer final : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotPacer(FleetStore *store, QObject *parent = nullptr);

    // Rows in a slice. Not smaller by default: every slice also costs the window's sorted proxies
    // and pages some work over the whole fleet, so in the full window (10,000 nodes) 5,000-row
    // slices held the loop for at most 28 ms where the whole load at once held it for 151 ms,
    // while 125-row slices took 15 s in all (docs/benchmarks.md).
    void setSliceRows(int rows) { m_sliceRows = qMax(1, rows); }
    int sliceRows() const { return m_sliceRows; }
    bool isPacing() const { return !m_queue.empty(); }

public Q_SLOTS:
    void deliver(const looma::FleetSnapshot &snapshot);

Q_SIGNALS:
    // While a large first load is paced: rows in the store so far, of total.
    void loadProgress(qint64 applied, qint64 total);
    // Everything delivered so far is in the store.
    void caughtUp();

private:
    struct Pending
    {
        FleetSnapshot snapshot;
        bool paced = false;   // cut into slices as it is applied
        qsizetype nodes = 0;  // rows of each already applied
        qsizetype instances = 0;
        bool headDone = false;
    };

    void step();
    void schedule();
    FleetSnapshot nextSlice(Pending &pending) const;
    static qint64 rowCount(const FleetSnapshot &snapshot);

    FleetStore *m_store;
    std::deque<Pending> m_queue;
    int m_sliceRows = 5000;
    int m_slices = 0;
    double m_longestSliceMs = 0;
    QElapsedTimer m_loadClock;
    QTimer *m_timer = nullptr;
};

} // namespace looma
