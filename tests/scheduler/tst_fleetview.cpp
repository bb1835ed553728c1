// The scheduler's fleet view: snapshots and deltas in, the failover rule's inputs out.
#include "FleetView.h"

#include <QTest>

using namespace looma;

namespace {

ServiceInstance member(qint64 id, const QString &group, InstanceRole role, qint64 node, HealthState status)
{
    ServiceInstance i;
    i.id = id;
    i.serviceId = 1;
    i.nodeId = node;
    i.failoverGroup = group;
    i.role = role;
    i.status = status;
    i.endpoint = QStringLiteral("127.0.0.1:%1").arg(8000 + id);
    i.changeSeq = id;
    return i;
}

FleetSnapshot fleet()
{
    FleetSnapshot s;
    s.full = true;
    Region r1;
    r1.id = 1;
    r1.cloud = Cloud::Tencent;
    Region r2;
    r2.id = 2;
    r2.cloud = Cloud::Alibaba;
    r2.maintenance.until = QDateTime::currentDateTimeUtc().addSecs(3600);
    s.regions = {r1, r2};
    s.clusters = {Cluster{10, 1, QStringLiteral("c1"), {}, 0}, Cluster{20, 2, QStringLiteral("c2"), {}, 0}};
    Node n1;
    n1.id = 100;
    n1.clusterId = 10;
    Node n2;
    n2.id = 200;
    n2.clusterId = 20;
    s.nodes = {n1, n2};
    CheckPolicy p;
    p.id = 1;
    p.fall = 4;
    s.policies = {p};
    s.instances = {member(1, QStringLiteral("g"), InstanceRole::Primary, 100, HealthState::Passing),
                   member(2, QStringLiteral("g"), InstanceRole::Standby, 200, HealthState::Passing),
                   member(3, QStringLiteral("h"), InstanceRole::Primary, 100, HealthState::Critical)};
    return s;
}

} // namespace

class tst_FleetView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputsCarryNodesRegionsAndFall();
    void transitionsMoveHealthAndMarkCriticalGroups();
    void restoredCriticalIsFedAsUnknownAndNotRewritten();
    void deltaMovesAndRemovesInstances();
    void failoverHistoryFeedsTheCooldown();
};

void tst_FleetView::inputsCarryNodesRegionsAndFall()
{
    FleetView view;
    const auto change = view.apply(fleet());
    QVERIFY(change.full);
    QCOMPARE(change.upserted.size(), 3);
    QVERIFY(change.touchedGroups.contains(QStringLiteral("g")));
    const FailoverInputs in = view.inputsFor(QStringLiteral("g"), QDateTime::currentDateTimeUtc());
    QCOMPARE(in.instances.size(), 2);
    QCOMPARE(in.instances.first().instance.id, 1); // id order: every console the same
    QCOMPARE(in.fall, 4);
    QCOMPARE(in.nodes.value(200).cloud, Cloud::Alibaba);
    QCOMPARE(in.nodes.value(200).regionId, 2);
    QVERIFY(in.regions.value(2).activeAt(in.now));
}

void tst_FleetView::transitionsMoveHealthAndMarkCriticalGroups()
{
    FleetView view;
    view.apply(fleet());
    QVERIFY(view.groupsWithCriticalPrimary().isEmpty()); // #3 restored as unknown, see below
    HealthTransition t;
    t.instanceId = 1;
    t.fromState = HealthState::Passing;
    t.toState = HealthState::Critical;
    t.consecutiveFailures = 4;
    QCOMPARE(view.recordTransition(t), QStringLiteral("g"));
    QCOMPARE(view.groupsWithCriticalPrimary(), QStringList{QStringLiteral("g")});
    const FailoverInputs in = view.inputsFor(QStringLiteral("g"), QDateTime::currentDateTimeUtc());
    QCOMPARE(in.instances.first().state, HealthState::Critical);
    QCOMPARE(in.instances.first().consecutiveFailures, 4);
    t.instanceId = 999;
    QVERIFY(view.recordTransition(t).isEmpty());
}

void tst_FleetView::restoredCriticalIsFedAsUnknownAndNotRewritten()
{
    FleetView view;
    view.apply(fleet());
    QCOMPARE(view.healthOf(3), HealthState::Unknown);
    QCOMPARE(FleetView::forChecker(*view.instance(3)).status, HealthState::Unknown);
    HealthTransition t;
    t.instanceId = 3;
    t.fromState = HealthState::Unknown;
    t.toState = HealthState::Critical;
    QVERIFY(view.isRestatement(t)); // the registry already says critical
    t.toState = HealthState::Passing;
    QVERIFY(!view.isRestatement(t));
}

void tst_FleetView::deltaMovesAndRemovesInstances()
{
    FleetView view;
    view.apply(fleet());
    FleetSnapshot delta;
    ServiceInstance moved = member(2, QStringLiteral("h"), InstanceRole::Standby, 200, HealthState::Passing);
    moved.changeSeq = 50;
    delta.instances = {moved};
    delta.deletedInstances = {1};
    const auto change = view.apply(delta);
    QVERIFY(!change.full);
    QCOMPARE(change.removed, QList<qint64>{1});
    QVERIFY(change.touchedGroups.contains(QStringLiteral("g")));
    QVERIFY(change.touchedGroups.contains(QStringLiteral("h")));
    QCOMPARE(view.groupCount(), 1);
    QCOMPARE(view.inputsFor(QStringLiteral("h"), QDateTime::currentDateTimeUtc()).instances.size(), 2);
    // An older version arriving late does not undo the newer one.
    FleetSnapshot late;
    late.instances = {member(2, QStringLiteral("g"), InstanceRole::Standby, 200, HealthState::Passing)};
    QVERIFY(view.apply(late).upserted.isEmpty());
}

void tst_FleetView::failoverHistoryFeedsTheCooldown()
{
    FleetView view;
    FleetSnapshot s = fleet();
    FailoverEvent committed;
    committed.failoverGroup = QStringLiteral("g");
    committed.committedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    FailoverEvent refused;
    refused.failoverGroup = QStringLiteral("h");
    s.failoverEvents = {committed, refused};
    AuditEntry ack;
    ack.action = QStringLiteral("failover.cooldown_ack");
    ack.target = QStringLiteral("g");
    ack.at = QDateTime::currentDateTimeUtc();
    s.auditEntries = {ack};
    view.apply(s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(view.inputsFor(QStringLiteral("g"), now).lastFailoverAt, committed.committedAt);
    QCOMPARE(view.inputsFor(QStringLiteral("g"), now).cooldownAcknowledgedAt, ack.at);
    QVERIFY(!view.inputsFor(QStringLiteral("h"), now).lastFailoverAt.isValid()); // refused: no cooldown
}

QTEST_GUILESS_MAIN(tst_FleetView)
#include "tst_fleetview.moc"
