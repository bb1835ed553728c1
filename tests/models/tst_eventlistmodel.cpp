#include "EventFilterProxyModel.h"
#include "EventListModel.h"
#include "FleetStore.h"
#include "ModelRoles.h"
#include "TestFleet.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace looma;
namespace tf = looma::testfleet;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

HealthEvent health(qint64 id, int minute, HealthState to)
{
    HealthEvent e;
    e.id = id;
    e.instanceId = 1;
    e.fromState = HealthState::Passing;
    e.toState = to;
    e.observedAt = t0.addSecs(minute * 60);
    return e;
}

PrometheusAlert alert(const QString &name, const QString &severity, int minute)
{
    PrometheusAlert a;
    a.fingerprint = name;
    a.name = name;
    a.severity = severity;
    a.state = QStringLiteral("firing");
    a.target = QStringLiteral("node-1");
    a.summary = QStringLiteral("CPU above 90 %");
    a.activeAt = t0.addSecs(minute * 60);
    return a;
}

QStringList keys(const QAbstractItemModel &model)
{
    QStringList result;
    for (int r = 0; r < model.rowCount(); ++r)
        result.append(model.index(r, 0).data(IdRole).toString());
    return result;
}

} // namespace

class tst_EventListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesKindsNewestFirst();
    void redeliveryAddsNothing();
    void alertsComeAndGo();
    void acknowledgeSurvivesAlertReturn();
    void boundedToLimit();
    void proxyFiltersByKindSeverityText();
};

void tst_EventListModel::mergesKindsNewestFirst()
{
    FleetStore store;
    store.apply(tf::build({}));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FleetSnapshot snap;
    snap.healthEvents = {health(1, 1, HealthState::Critical), health(2, 5, HealthState::Passing)};
    FailoverEvent f;
    f.id = 1;
    f.failoverGroup = QStringLiteral("gw");
    f.outcome = FailoverOutcome::Failed;
    f.startedAt = t0.addSecs(3 * 60);
    snap.failoverEvents = {f};
    AuditEntry a;
    a.id = 1;
    a.at = t0.addSecs(4 * 60);
    a.actor = QStringLiteral("ops@desk");
    a.action = QStringLiteral("maintenance.set");
    snap.auditEntries = {a};
    store.apply(snap);
    model.setAlerts({alert(QStringLiteral("HighCpu"), QStringLiteral("warning"), 2)});
    QCOMPARE(keys(model), (QStringList{QStringLiteral("h:2"), QStringLiteral("a:1"), QStringLiteral("f:1"),
                                       QStringLiteral("p:HighCpu"), QStringLiteral("h:1")}));
    QCOMPARE(model.index(0, 0).data(KindRole).toInt(), int(EventKind::Health));
    QCOMPARE(model.index(2, 0).data(SeverityRole).toInt(), int(Severity::Critical)); // failed failover
    QCOMPARE(model.index(3, 0).data(SeverityRole).toInt(), int(Severity::Warning));
    QVERIFY(model.index(4, EventListModel::SourceColumn).data().toString().contains(QStringLiteral("node-1")));
    QVERIFY(!model.index(4, EventListModel::SeverityColumn).data().toString().isEmpty());
}

void tst_EventListModel::redeliveryAddsNothing()
{
    FleetStore store;
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FleetSnapshot snap;
    snap.healthEvents = {health(1, 1, HealthState::Critical), health(2, 2, HealthState::Warning)};
    store.apply(snap);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store.apply(snap);
    snap.healthEvents.append(health(3, 0, HealthState::Unknown)); // older than both: inserted at the end
    store.apply(snap);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowCount(), 3);
}

void tst_EventListModel::alertsComeAndGo()
{
    FleetStore store;
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAlerts({alert(QStringLiteral("A"), QStringLiteral("critical"), 1),
                     alert(QStringLiteral("B"), QStringLiteral("warning"), 2)});
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    PrometheusAlert b = alert(QStringLiteral("B"), QStringLiteral("critical"), 2); // escalated
    model.setAlerts({b});
    QCOMPARE(removed.size(), 1); // A resolved
    QCOMPARE(changed.size(), 1); // B updated in place
    QCOMPARE(keys(model), QStringList{QStringLiteral("p:B")});
    QCOMPARE(model.index(0, 0).data(SeverityRole).toInt(), int(Severity::Critical));
    model.setAlerts({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_EventListModel::acknowledgeSurvivesAlertReturn()
{
    FleetStore store;
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAlerts({alert(QStringLiteral("A"), QStringLiteral("critical"), 1)});
    QCOMPARE(model.unacknowledgedCount(Severity::Warning), 1);
    QVERIFY(model.setData(model.index(0, 0), true, AcknowledgedRole));
    QVERIFY(model.index(0, 0).data(AcknowledgedRole).toBool());
    QCOMPARE(model.unacknowledgedCount(Severity::Warning), 0);
    model.setAlerts({});
    model.setAlerts({alert(QStringLiteral("A"), QStringLiteral("critical"), 1)});
    QVERIFY(model.index(0, 0).data(AcknowledgedRole).toBool());
}

void tst_EventListModel::boundedToLimit()
{
    FleetStore store;
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLimit(3);
    FleetSnapshot snap;
    for (int i = 1; i <= 5; ++i)
        snap.healthEvents.append(health(i, i, HealthState::Warning));
    store.apply(snap);
    QCOMPARE(keys(model), (QStringList{QStringLiteral("h:5"), QStringLiteral("h:4"), QStringLiteral("h:3")}));
    FleetSnapshot more;
    more.healthEvents = {health(6, 6, HealthState::Critical)};
    store.apply(more);
    QCOMPARE(keys(model), (QStringList{QStringLiteral("h:6"), QStringLiteral("h:5"), QStringLiteral("h:4")}));
}

void tst_EventListModel::proxyFiltersByKindSeverityText()
{
    FleetStore store;
    EventListModel model(&store);
    FleetSnapshot snap;
    snap.healthEvents = {health(1, 1, HealthState::Critical), health(2, 2, HealthState::Passing)};
    AuditEntry a;
    a.id = 1;
    a.at = t0.addSecs(180);
    a.actor = QStringLiteral("ops@desk");
    a.action = QStringLiteral("failover.manual");
    snap.auditEntries = {a};
    store.apply(snap);
    model.setAlerts({alert(QStringLiteral("DiskFull"), QStringLiteral("warning"), 4)});

    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setKinds(int(EventKind::Health));
    QCOMPARE(keys(proxy), (QStringList{QStringLiteral("h:2"), QStringLiteral("h:1")}));
    proxy.setKinds(int(EventKind::Health) | int(EventKind::Alert));
    proxy.setMinimumSeverity(Severity::Warning);
    QCOMPARE(keys(proxy), (QStringList{QStringLiteral("p:DiskFull"), QStringLiteral("h:1")}));
    proxy.setKinds(EventFilterProxyModel::AllKinds);
    proxy.setMinimumSeverity(Severity::Ok);
    proxy.setTextFilter(QStringLiteral("FAILOVER.manual"));
    QCOMPARE(keys(proxy), QStringList{QStringLiteral("a:1")});
    proxy.setTextFilter({});
    model.acknowledge(QStringLiteral("p:DiskFull"));
    proxy.setHideAcknowledged(true);
    QCOMPARE(proxy.rowCount(), 3);
}

QTEST_GUILESS_MAIN(tst_EventListModel)
#include "tst_eventlistmodel.moc"
