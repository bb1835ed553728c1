#include "SnapshotMerger.h"

#include <QTest>

using namespace looma;

namespace {

Node node(qint64 id, qint64 seq, NodeStatus status = NodeStatus::Up)
{
    Node n;
    n.id = id;
    n.clusterId = 1;
    n.hostname = QStringLiteral("node-%1").arg(id);
    n.ip = QStringLiteral("10.0.0.%1").arg(id);
    n.status = status;
    n.changeSeq = seq;
    return n;
}

} // namespace

class TestSnapshotMerger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullReplaces();
    void deltaUpsertsAndDeletes();
    void olderRowDoesNotOverwriteNewer();
    void historyAppendsOnceAndTrims();
};

void TestSnapshotMerger::fullReplaces()
{
    FleetSnapshot state;
    state.nodes = {node(1, 1), node(2, 2)};
    FleetSnapshot full;
    full.full = true;
    full.nodes = {node(3, 3)};
    SnapshotMerger::apply(state, full, 100);
    QCOMPARE(state.nodes, QList<Node>{node(3, 3)});
}

void TestSnapshotMerger::deltaUpsertsAndDeletes()
{
    FleetSnapshot state;
    state.full = true;
    state.nodes = {node(1, 1), node(2, 2), node(3, 3)};
    FleetSnapshot delta;
    delta.watermark = 6;
    delta.nodes = {node(2, 5, NodeStatus::Down), node(4, 6)};
    delta.deletedNodes = {3};
    SnapshotMerger::apply(state, delta, 100);
    QCOMPARE(state.nodes, (QList<Node>{node(1, 1), node(2, 5, NodeStatus::Down), node(4, 6)}));
    QCOMPARE(state.watermark, 6);
    QVERIFY(state.full);
}

void TestSnapshotMerger::olderRowDoesNotOverwriteNewer()
{
    FleetSnapshot state;
    state.nodes = {node(1, 10, NodeStatus::Down)};
    FleetSnapshot delta;
    delta.nodes = {node(1, 9, NodeStatus::Up)}; // a re-read of an older version
    SnapshotMerger::apply(state, delta, 100);
    QCOMPARE(state.nodes.first().status, NodeStatus::Down);
}

void TestSnapshotMerger::historyAppendsOnceAndTrims()
{
    FleetSnapshot state;
    for (qint64 id = 1; id <= 3; ++id)
        state.healthEvents.append(
            HealthEvent{id, 1, HealthState::Passing, HealthState::Critical, {}, {}, {}});
    FleetSnapshot delta;
    for (qint64 id = 3; id <= 5; ++id)
        delta.healthEvents.append(
            HealthEvent{id, 1, HealthState::Critical, HealthState::Passing, {}, {}, {}});
    SnapshotMerger::apply(state, delta, 4);
    QList<qint64> ids;
    for (const HealthEvent &e : std::as_const(state.healthEvents))
        ids.append(e.id);
    QCOMPARE(ids, (QList<qint64>{2, 3, 4, 5}));
}

QTEST_GUILESS_MAIN(TestSnapshotMerger)
#include "tst_snapshotmerger.moc"
