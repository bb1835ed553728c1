#include "FailoverGroupModel.h"
#include "FleetStore.h"
#include "ModelRoles.h"
#include "TestFleet.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace looma;
namespace tf = looma::testfleet;
using FG = FailoverGroupModel;

class tst_FailoverGroupModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPrimaryAndStandbys();
    void promotionUpdatesOneRow();
    void emptiedGroupIsRemoved();
};

namespace {
FleetSnapshot groupFleet()
{
    FleetSnapshot s;
    s.full = true;
    s.services = {tf::service(1, QStringLiteral("ai-gateway"))};
    s.nodes = {tf::node(1, 1), tf::node(2, 1), tf::node(3, 1)};
    const QString g = QStringLiteral("gw-gz");
    s.instances = {tf::instance(1, 1, 1, HealthState::Passing, InstanceRole::Primary, g),
                   tf::instance(2, 1, 2, HealthState::Passing, InstanceRole::Standby, g),
                   tf::instance(3, 1, 3, HealthState::Critical, InstanceRole::Standby, g),
                   tf::instance(4, 1, 3, HealthState::Passing, InstanceRole::Standby, QStringLiteral("lonely"))};
    return s;
}
} // namespace

void tst_FailoverGroupModel::showsPrimaryAndStandbys()
{
    FleetStore store;
    FG model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    store.apply(groupFleet());
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOfGroup(QStringLiteral("gw-gz"));
    QCOMPARE(model.index(row, FG::ServiceColumn).data().toString(), QStringLiteral("ai-gateway"));
    QCOMPARE(model.index(row, FG::PrimaryColumn).data().toString(), QStringLiteral("node-1:8206"));
    const QString standbys = model.index(row, FG::StandbysColumn).data().toString();
    QVERIFY(standbys.contains(QStringLiteral("node-2:8206")));
    QVERIFY(standbys.contains(QStringLiteral("node-3:8206")));
    QCOMPARE(model.index(row, FG::StandbysColumn).data(SortRole).toInt(), 1); // passing standbys
    QCOMPARE(model.index(row, 0).data(SeverityRole).toInt(), int(Severity::Ok));
    // No primary at all: critical.
    QCOMPARE(model.index(model.rowOfGroup(QStringLiteral("lonely")), 0).data(SeverityRole).toInt(),
             int(Severity::Critical));
}

void tst_FailoverGroupModel::promotionUpdatesOneRow()
{
    FleetStore store;
    store.apply(groupFleet());
    FG model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    FleetSnapshot delta; // instance 2 promoted, instance 1 fenced, generation bumped
    ServiceInstance oldPrimary = *store.instance(1);
    oldPrimary.role = InstanceRole::Standby;
    oldPrimary.status = HealthState::Critical;
    oldPrimary.generation = 2;
    oldPrimary.changeSeq = 50;
    ServiceInstance newPrimary = *store.instance(2);
    newPrimary.role = InstanceRole::Primary;
    newPrimary.generation = 2;
    newPrimary.changeSeq = 51;
    delta.instances = {oldPrimary, newPrimary};
    store.apply(delta);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    const int row = model.rowOfGroup(QStringLiteral("gw-gz"));
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, FG::PrimaryColumn).data().toString(), QStringLiteral("node-2:8206"));
    QCOMPARE(model.index(row, FG::GenerationColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(row, 0).data(SeverityRole).toInt(), int(Severity::Warning)); // no passing standby left
}

void tst_FailoverGroupModel::emptiedGroupIsRemoved()
{
    FleetStore store;
    store.apply(groupFleet());
    FG model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FleetSnapshot delta;
    delta.deletedInstances = {4};
    store.apply(delta);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfGroup(QStringLiteral("lonely")), -1);
}

QTEST_GUILESS_MAIN(tst_FailoverGroupModel)
#include "tst_failovergroupmodel.moc"
