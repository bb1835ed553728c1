#include "failover/SwitchoverGate.h"

#include <QTest>

Q_DECLARE_METATYPE(looma::SwitchoverGateInputs)

using namespace looma;

// The failover page's button rule: which condition wins, what it says, when the cooldown
// acknowledgement is offered.
class tst_SwitchoverGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
};

namespace {
const QDateTime now = QDateTime(QDate(2024, 5, 20), QTime(12, 0), Qt::UTC);

SwitchoverGateInputs allowed()
{
    SwitchoverGateInputs in;
    in.groupSelected = true;
    in.registryConfigured = true;
    in.registry.state = SourceStatus::State::Live;
    in.permissionKnown = true;
    in.permission.canFailover = true;
    in.permission.canSetMaintenance = true;
    in.permission.dbUser = QStringLiteral("ops_alice");
    in.cooldownKnown = true;
    in.cooldown.group = QStringLiteral("g");
    in.cooldownSeconds = 600;
    in.now = now;
    return in;
}
} // namespace

void tst_SwitchoverGate::evaluate_data()
{
    QTest::addColumn<SwitchoverGateInputs>("in");
    QTest::addColumn<bool>("switchover");
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<bool>("offerAck");
    QTest::addColumn<bool>("maintenance");

    QTest::newRow("all clear") << allowed() << true << QString() << false << true;
    {
        auto in = allowed();
        in.groupSelected = false;
        QTest::newRow("nothing selected") << in << false << QStringLiteral("Select") << false << false;
    }
    {
        auto in = allowed();
        in.readOnly = true;
        QTest::newRow("read-only setting") << in << false << QStringLiteral("in the settings") << false << false;
        in.readOnlyForced = true;
        QTest::newRow("--read-only") << in << false << QStringLiteral("--read-only") << false << false;
    }
    {
        auto in = allowed();
        in.registry.state = SourceStatus::State::Stale;
        in.registry.error = QStringLiteral("connection refused");
        QTest::newRow("registry unreachable") << in << false << QStringLiteral("connection refused") << false << false;
        in.registry.error.clear();
        QTest::newRow("registry stale") << in << false << QStringLiteral("stale") << false << false;
        in.registry.state = SourceStatus::State::Connecting;
        QTest::newRow("registry connecting") << in << false << QStringLiteral("Connecting") << false << false;
        in.registryConfigured = false;
        QTest::newRow("no registry") << in << false << QStringLiteral("No registry") << false << false;
    }
    {
        auto in = allowed();
        in.permissionKnown = false;
        QTest::newRow("probe pending") << in << false << QStringLiteral("Checking") << false << false;
    }
    {
        auto in = allowed();
        in.permission.canFailover = false;
        in.permission.canSetMaintenance = false;
        in.permission.reason = QStringLiteral("Database role v may not fail over: it lacks INSERT on audit_log.");
        QTest::newRow("viewer role") << in << false << QStringLiteral("may not fail over") << false << false;
    }
    {
        auto in = allowed();
        in.cooldown.lastFailoverAt = now.addSecs(-60);
        QTest::newRow("in cooldown") << in << false << QStringLiteral("cooldown") << true << true;
        in.cooldown.acknowledgedAt = now.addSecs(-30);
        QTest::newRow("cooldown acknowledged") << in << true << QString() << false << true;
        in.cooldown.acknowledgedAt = now.addSecs(-120); // acknowledged the failover before
        QTest::newRow("older acknowledgement") << in << false << QStringLiteral("cooldown") << true << true;
        in.cooldown.lastFailoverAt = now.addSecs(-601);
        QTest::newRow("cooldown over") << in << true << QString() << false << true;
    }
    {
        auto in = allowed();
        in.cooldown.lastFailoverAt = now.addSecs(-60);
        in.readOnly = true;
        // Read-only wins: nobody is offered an acknowledgement they could not write.
        QTest::newRow("cooldown and read-only") << in << false << QStringLiteral("Read-only") << false << false;
    }
    {
        auto in = allowed();
        in.cooldownKnown = false;
        QTest::newRow("cooldown unknown") << in << false << QStringLiteral("last failover") << false << true;
    }
    {
        auto in = allowed();
        in.busy = true;
        QTest::newRow("busy") << in << false << QStringLiteral("running") << false << false;
    }
}

void tst_SwitchoverGate::evaluate()
{
    QFETCH(SwitchoverGateInputs, in);
    QFETCH(bool, switchover);
    QFETCH(QString, reasonContains);
    QFETCH(bool, offerAck);
    QFETCH(bool, maintenance);

    const SwitchoverGate gate = SwitchoverGate::evaluate(in);
    QCOMPARE(gate.switchoverAllowed, switchover);
    QCOMPARE(gate.reason.isEmpty(), switchover);
    if (!reasonContains.isEmpty())
        QVERIFY2(gate.reason.contains(reasonContains), qPrintable(gate.reason));
    QCOMPARE(gate.offerCooldownAck, offerAck);
    QCOMPARE(gate.maintenanceAllowed, maintenance);
    if (gate.inCooldown)
        QCOMPARE(gate.cooldownEnds, in.cooldown.lastFailoverAt.addSecs(in.cooldownSeconds));
}

QTEST_GUILESS_MAIN(tst_SwitchoverGate)
#include "tst_switchovergate.moc"
