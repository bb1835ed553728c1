#include "FailoverPolicy.h"

#include <QTest>
#include <functional>

using namespace looma;

Q_DECLARE_METATYPE(looma::BlockCode)
Q_DECLARE_METATYPE(std::function<void(looma::FailoverInputs &)>)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

InstanceHealth instance(qint64 id, qint64 node, InstanceRole role, HealthState state, int failures = 0)
{
    InstanceHealth h;
    h.instance.id = id;
    h.instance.serviceId = 7;
    h.instance.nodeId = node;
    h.instance.failoverGroup = QStringLiteral("matching-gz");
    h.instance.endpoint = QStringLiteral("10.0.0.%1:8208").arg(id);
    h.instance.role = role;
    h.instance.status = state;
    h.instance.generation = 5;
    h.state = state;
    h.consecutiveFailures = failures;
    return h;
}

// The happy path: primary #1 critical for `fall` checks; standbys #2 (same cloud) and #3 (other
// cloud), both passing with equal weight; leader; no cooldown, maintenance, observer or partition.
FailoverInputs happy()
{
    FailoverInputs in;
    in.group = QStringLiteral("matching-gz");
    in.instances = {instance(1, 10, InstanceRole::Primary, HealthState::Critical, 3),
                    instance(2, 20, InstanceRole::Standby, HealthState::Passing),
                    instance(3, 30, InstanceRole::Standby, HealthState::Passing)};
    in.nodes.insert(10, NodeFacts{NodeStatus::Up, {}, 100, Cloud::Tencent});
    in.nodes.insert(20, NodeFacts{NodeStatus::Up, {}, 100, Cloud::Tencent});
    in.nodes.insert(30, NodeFacts{NodeStatus::Up, {}, 200, Cloud::Alibaba});
    in.regions.insert(100, Maintenance{});
    in.regions.insert(200, Maintenance{});
    in.fall = 3;
    in.leader = true;
    in.now = kNow;
    in.failingShare = 0.05;
    return in;
}

const Maintenance kActive{kNow.addSecs(3600), QStringLiteral("kernel upgrade")};
const Maintenance kExpired{kNow.addSecs(-60), QStringLiteral("done")};

using Mutation = std::function<void(FailoverInputs &)>;

} // namespace

class tst_FailoverPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void everyBlockIsListed();
    void partitionIsReportedWhateverElseBlocks();
    void reasonNamesTheRuleForPeople();
};

void tst_FailoverPolicy::decide_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<bool>("act");
    QTest::addColumn<BlockCode>("block");
    QTest::addColumn<int>("blockCount");
    QTest::addColumn<qint64>("candidate");

    auto row = [](const char *name, Mutation m, bool act, BlockCode block, int count, qint64 candidate) {
        QTest::newRow(name) << m << act << block << count << candidate;
    };
    const BlockCode none = BlockCode::None;
    row("happy path: same cloud, lowest id", [](FailoverInputs &) {}, true, none, 0, 2);
    row("observer agrees (down)", [](FailoverInputs &in) { in.observer = ObserverVerdict::Down; }, true, none, 0, 2);
    row("fall 1, one failure", [](FailoverInputs &in) { in.fall = 1; in.instances[0].consecutiveFailures = 1; },
        true, none, 0, 2);
    row("fall 0 is read as 1", [](FailoverInputs &in) { in.fall = 0; in.instances[0].consecutiveFailures = 1; },
        true, none, 0, 2);
    row("failures above fall", [](FailoverInputs &in) { in.instances[0].consecutiveFailures = 9; }, true, none, 0, 2);

    row("primary passing", [](FailoverInputs &in) { in.instances[0].state = HealthState::Passing; },
        false, BlockCode::PrimaryNotCritical, 1, 2);
    row("primary warning", [](FailoverInputs &in) { in.instances[0].state = HealthState::Warning; },
        false, BlockCode::PrimaryNotCritical, 1, 2);
    row("primary unknown", [](FailoverInputs &in) { in.instances[0].state = HealthState::Unknown; },
        false, BlockCode::PrimaryNotCritical, 1, 2);
    row("primary critical 2 of 3", [](FailoverInputs &in) { in.instances[0].consecutiveFailures = 2; },
        false, BlockCode::PrimaryNotCriticalLongEnough, 1, 2);
    row("no primary", [](FailoverInputs &in) { in.instances[0].instance.role = InstanceRole::Standby; },
        false, BlockCode::NoPrimary, 1, 2);
    row("read-only", [](FailoverInputs &in) { in.readOnly = true; }, false, BlockCode::ReadOnly, 1, 2);
    row("not leader", [](FailoverInputs &in) { in.leader = false; }, false, BlockCode::NotLeader, 1, 2);
    row("partition at threshold", [](FailoverInputs &in) { in.failingShare = 0.30; },
        false, BlockCode::PartitionSuspected, 1, 2);
    row("partition custom threshold", [](FailoverInputs &in) { in.failingShare = 0.2; in.partitionThreshold = 0.15; },
        false, BlockCode::PartitionSuspected, 1, 2);
    row("just below partition threshold", [](FailoverInputs &in) { in.failingShare = 0.299; }, true, none, 0, 2);
    row("observer sees primary up", [](FailoverInputs &in) { in.observer = ObserverVerdict::Up; },
        false, BlockCode::ObserverDisagrees, 1, 2);
    row("primary instance in maintenance", [](FailoverInputs &in) { in.instances[0].instance.maintenance = kActive; },
        false, BlockCode::Maintenance, 1, 2);
    row("primary node in maintenance", [](FailoverInputs &in) { in.nodes[10].maintenance = kActive; },
        false, BlockCode::Maintenance, 1, 2);
    row("primary region in maintenance", [](FailoverInputs &in) {
        in.regions[100] = kActive; // standby #2 shares the region, so #3 is the candidate
    }, false, BlockCode::Maintenance, 1, 3);
    row("primary maintenance expired", [](FailoverInputs &in) { in.instances[0].instance.maintenance = kExpired; },
        true, none, 0, 2);
    row("cooldown: failed over 5 min ago", [](FailoverInputs &in) { in.lastFailoverAt = kNow.addSecs(-300); },
        false, BlockCode::Cooldown, 1, 2);
    row("cooldown passed: 11 min ago", [](FailoverInputs &in) { in.lastFailoverAt = kNow.addSecs(-660); },
        true, none, 0, 2);
    row("cooldown custom 30 min", [](FailoverInputs &in) {
        in.lastFailoverAt = kNow.addSecs(-660);
        in.cooldownSeconds = 1800;
    }, false, BlockCode::Cooldown, 1, 2);
    row("cooldown acknowledged after failover", [](FailoverInputs &in) {
        in.lastFailoverAt = kNow.addSecs(-300);
        in.cooldownAcknowledgedAt = kNow.addSecs(-100);
    }, true, none, 0, 2);
    row("acknowledgement older than failover", [](FailoverInputs &in) {
        in.lastFailoverAt = kNow.addSecs(-300);
        in.cooldownAcknowledgedAt = kNow.addSecs(-400);
    }, false, BlockCode::Cooldown, 1, 2);
    row("no passing standby", [](FailoverInputs &in) {
        in.instances[1].state = HealthState::Critical;
        in.instances[2].state = HealthState::Warning;
    }, false, BlockCode::NoPassingStandby, 1, 0);
    row("standbys in maintenance", [](FailoverInputs &in) {
        in.instances[1].instance.maintenance = kActive;
        in.nodes[30].maintenance = kActive;
    }, false, BlockCode::NoPassingStandby, 1, 0);
    row("standby node in maintenance", [](FailoverInputs &in) { in.nodes[20].maintenance = kActive; }, true, none, 0, 3);
    row("standby region in maintenance", [](FailoverInputs &in) {
        in.nodes[20].regionId = 300;
        in.regions.insert(300, kActive);
    }, true, none, 0, 3);
    row("standby node down", [](FailoverInputs &in) { in.nodes[20].status = NodeStatus::Down; }, true, none, 0, 3);
    row("standby node draining", [](FailoverInputs &in) { in.nodes[20].status = NodeStatus::Draining; },
        true, none, 0, 3);
    row("standby node unknown", [](FailoverInputs &in) { in.nodes.remove(20); }, true, none, 0, 3);
    row("standby weight 0 never chosen", [](FailoverInputs &in) { in.instances[1].instance.weight = 0; },
        true, none, 0, 3);
    row("active instance is no standby", [](FailoverInputs &in) { in.instances[1].instance.role = InstanceRole::Active; },
        true, none, 0, 3);
    row("higher weight beats same cloud", [](FailoverInputs &in) { in.instances[2].instance.weight = 200; },
        true, none, 0, 3);
    row("same cloud beats lower id", [](FailoverInputs &in) {
        in.nodes[20].cloud = Cloud::Alibaba;
        in.nodes[30].cloud = Cloud::Tencent;
    }, true, none, 0, 3);
    row("lowest id breaks a full tie", [](FailoverInputs &in) { in.nodes[30].cloud = Cloud::Tencent; },
        true, none, 0, 2);
    row("generations disagree", [](FailoverInputs &in) { in.instances[2].instance.generation = 6; },
        false, BlockCode::InconsistentGroup, 1, 2);
    row("empty group", [](FailoverInputs &in) { in.instances.clear(); }, false, BlockCode::InconsistentGroup, 3, 0);
}

void tst_FailoverPolicy::decide()
{
    QFETCH(Mutation, mutate);
    QFETCH(bool, act);
    QFETCH(BlockCode, block);
    QFETCH(int, blockCount);
    QFETCH(qint64, candidate);

    FailoverInputs in = happy();
    mutate(in);
    const Decision d = FailoverPolicy::decide(in);
    QCOMPARE(d.act, act);
    QCOMPARE(d.block, block);
    QCOMPARE(d.blocks.size(), blockCount);
    QCOMPARE(d.candidateId, candidate);
    QVERIFY(!d.reason.isEmpty());
    if (act) {
        QCOMPARE(d.primaryId, qint64(1));
        QCOMPARE(d.generation, qint64(5));
        QVERIFY2(d.reason.contains(QStringLiteral("#%1").arg(candidate)), qPrintable(d.reason));
    }
}

void tst_FailoverPolicy::everyBlockIsListed()
{
    FailoverInputs in = happy();
    in.leader = false;
    in.readOnly = true;
    in.observer = ObserverVerdict::Up;
    in.lastFailoverAt = kNow.addSecs(-10);
    in.nodes[10].maintenance = kActive;
    const Decision d = FailoverPolicy::decide(in);
    QVERIFY(!d.act);
    const QList<BlockCode> expected{BlockCode::ReadOnly, BlockCode::NotLeader, BlockCode::ObserverDisagrees,
                                    BlockCode::Maintenance, BlockCode::Cooldown};
    QCOMPARE(d.blocks, expected);
    QCOMPARE(d.block, BlockCode::ReadOnly);
}

void tst_FailoverPolicy::partitionIsReportedWhateverElseBlocks()
{
    // A healthy group in a sweep where half the checks fail: no failover needed here, but the
    // caller must still learn of the suspected partition to raise its one alert.
    FailoverInputs in = happy();
    in.instances[0].state = HealthState::Passing;
    in.failingShare = 0.5;
    const Decision d = FailoverPolicy::decide(in);
    QVERIFY(!d.act);
    QCOMPARE(d.block, BlockCode::PrimaryNotCritical);
    QVERIFY(d.blocks.contains(BlockCode::PartitionSuspected));
    QVERIFY(d.partitionSuspected);

    in.failingShare = 0.1;
    QVERIFY(!FailoverPolicy::decide(in).partitionSuspected);
}

void tst_FailoverPolicy::reasonNamesTheRuleForPeople()
{
    FailoverInputs in = happy();
    in.instances[0].consecutiveFailures = 2;
    QVERIFY(FailoverPolicy::decide(in).reason.contains(QStringLiteral("2 of the 3")));
    in = happy();
    in.failingShare = 0.42;
    QVERIFY(FailoverPolicy::decide(in).reason.contains(QStringLiteral("42.0 %")));
    in = happy();
    in.lastFailoverAt = kNow.addSecs(-300);
    QVERIFY(FailoverPolicy::decide(in).reason.contains(kNow.addSecs(300).toString(Qt::ISODate)));
    QCOMPARE(toText(BlockCode::PartitionSuspected), QStringLiteral("partition_suspected"));
}

QTEST_GUILESS_MAIN(tst_FailoverPolicy)
#include "tst_failoverpolicy.moc"
