// Integration: SchedulerService in this process against a real PostgreSQL (the stack fixture's
// server, one scratch database per test) and a fleet simulator of its own (SchedulerStack).
#include "RegistryClient.h"
#include "SchedulerService.h"
#include "SchedulerStack.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace looma;
using looma::test::SchedulerStack;

class tst_SchedulerStack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void primaryDownFailsOverWithinFallIntervals();
    void flappingPrimaryFailsOverAtMostOncePerCooldown();
    void cloudPartitionRaisesOneAlertAndNoFailover();
    void maintenanceBlocksFailover();
    void readOnlyNeverFailsOver();
    void webhookDownIsRecordedOnTheEvent();

private:
    // Starts the registry client and the scheduler on the scratch database and waits until it
    // leads (unless read-only) and the checks have made the group's standbys passing.
    bool startScheduler(SchedulerConfig config);
    bool sawBlock(const QString &group, BlockCode code) const;
    qint64 events(const QString &where) const
    {
        return m_stack.number(QStringLiteral("SELECT count(*) FROM failover_events WHERE ") + where);
    }

    const QString m_group = QStringLiteral("ai-gateway");
    SchedulerStack m_stack;
    std::unique_ptr<RegistryClient> m_registry;
    std::unique_ptr<SchedulerService> m_scheduler;
    QList<GroupDecision> m_decisions;
};

void tst_SchedulerStack::init()
{
    QString error;
    const QString name = QStringLiteral("sched_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower())
                             .arg(QCoreApplication::applicationPid());
    QVERIFY2(m_stack.setUp(name.left(60), &error), qPrintable(error));
    m_decisions.clear();
}

void tst_SchedulerStack::cleanup()
{
    m_scheduler.reset(); // stops checks, leadership and the writer before the servers go away
    m_registry.reset();
    m_stack.stop();
}

bool tst_SchedulerStack::startScheduler(SchedulerConfig config)
{
    config.dsn = m_stack.dsn();
    config.leaderIntervalMs = 1000;
    if (config.observerName.isEmpty())
        config.observerName = QStringLiteral("tst_scheduler");
    RegistryConfig rc;
    rc.dsn = m_stack.dsn();
    rc.useCache = false;
    rc.pollIntervalMs = 1000;
    m_registry = std::make_unique<RegistryClient>(rc);
    m_scheduler = std::make_unique<SchedulerService>(config, m_registry.get());
    connect(m_scheduler.get(), &SchedulerService::decisionChanged, this,
            [this](const GroupDecision &d) { m_decisions.append(d); });
    m_scheduler->start();
    m_registry->start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        const bool ready = m_scheduler->status().state == SourceStatus::State::Live
            && (config.readOnly || m_scheduler->isLeader());
        if (ready)
            break;
        QTest::qWait(100);
    }
    if (clock.elapsed() >= 20000)
        return false;
    // Seeded instances start "unknown": rise (2) checks at 1 s make them passing.
    QTest::qWait(2600);
    return true;
}

bool tst_SchedulerStack::sawBlock(const QString &group, BlockCode code) const
{
    for (const GroupDecision &d : m_decisions) {
        if (d.group == group && d.decision.block == code)
            return true;
    }
    return false;
}

void tst_SchedulerStack::primaryDownFailsOverWithinFallIntervals()
{
    SchedulerConfig config;
    QVERIFY(startScheduler(config));
    const qint64 primary = m_stack.primaryOf(m_group);
    QVERIFY(primary > 0);
    QSignalSpy committed(m_scheduler.get(), &SchedulerService::failoverCommitted);

    QElapsedTimer sinceInjection;
    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primary}}), 201);
    sinceInjection.start();
    QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, 10000);
    const qint64 elapsed = sinceInjection.elapsed();
    qInfo("down fault -> committed promotion: %lld ms (bound: fall 3 x 1000 ms + 1000 ms)", elapsed);
    QVERIFY2(elapsed <= 3 * 1000 + 1000, qPrintable(QString::number(elapsed)));

    const auto result = committed.first().first().value<PromotionResult>();
    QCOMPARE(result.fromInstanceId, primary);
    QCOMPARE(events(QStringLiteral("failover_group = '%1' AND trigger = 'auto' AND outcome = 'committed' "
                                   "AND from_instance_id = %2 AND to_instance_id = %3 AND actor = 'tst_scheduler'")
                        .arg(m_group).arg(primary).arg(result.toInstanceId)),
             1);
    QCOMPARE(m_stack.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'failover.auto' "
                                           "AND target = '%1' AND detail->>'outcome' = 'committed'")
                                .arg(m_group)),
             1);
    QCOMPARE(m_stack.primaryOf(m_group), result.toInstanceId);
    QCOMPARE(m_stack.scalar(QStringLiteral("SELECT role FROM service_instances WHERE id = %1").arg(primary)),
             QStringLiteral("standby"));
    // The decision that acted is on record, and the health transition reached health_events.
    bool actedOnRecord = false;
    for (const GroupDecision &d : std::as_const(m_decisions))
        actedOnRecord = actedOnRecord || (d.group == m_group && d.acted && d.decision.primaryId == primary);
    QVERIFY(actedOnRecord);
    QTRY_VERIFY_WITH_TIMEOUT(m_stack.number(QStringLiteral("SELECT count(*) FROM health_events WHERE instance_id = %1 "
                                                           "AND to_state = 'critical'").arg(primary)) >= 1,
                             5000);
}

void tst_SchedulerStack::flappingPrimaryFailsOverAtMostOncePerCooldown()
{
    const qint64 cooldown = 12;
    SchedulerConfig config;
    config.cooldownSeconds = cooldown;
    QVERIFY(startScheduler(config));
    QSignalSpy committed(m_scheduler.get(), &SchedulerService::failoverCommitted);
    const QJsonObject flap{{QStringLiteral("period_s"), 4}};

    const qint64 first = m_stack.primaryOf(m_group);
    QCOMPARE(m_stack.fault(QStringLiteral("flapping"), {{QStringLiteral("instance"), first}}, flap), 201);
    QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, 15000);
    // The new primary flaps too: it goes critical inside the cooldown, which must hold it.
    const qint64 second = committed.first().first().value<PromotionResult>().toInstanceId;
    QCOMPARE(m_stack.fault(QStringLiteral("flapping"), {{QStringLiteral("instance"), second}}, flap), 201);
    QTRY_VERIFY_WITH_TIMEOUT(sawBlock(m_group, BlockCode::Cooldown), 10000);
    QCOMPARE(committed.count(), 1);
    for (const GroupDecision &d : std::as_const(m_decisions)) {
        if (d.group == m_group && d.decision.block == BlockCode::Cooldown)
            QVERIFY2(d.decision.reason.contains(QStringLiteral("cooldown")), qPrintable(d.decision.reason));
    }

    // After the cooldown the still-flapping primary may fail over again, but never sooner.
    QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 2, int(cooldown) * 1000 + 15000);
    const double gap = m_stack.scalar(QStringLiteral(
        "SELECT extract(epoch FROM max(committed_at) - min(committed_at)) FROM failover_events "
        "WHERE failover_group = '%1' AND committed_at IS NOT NULL").arg(m_group)).toDouble();
    qInfo("two committed failovers of a flapping group, %.1f s apart (cooldown %lld s)", gap, cooldown);
    QVERIFY2(gap >= double(cooldown) - 0.5, qPrintable(QString::number(gap)));
    QCOMPARE(events(QStringLiteral("failover_group = '%1' AND outcome = 'committed'").arg(m_group)), 2);
}

void tst_SchedulerStack::cloudPartitionRaisesOneAlertAndNoFailover()
{
    SchedulerConfig config;
    QVERIFY(startScheduler(config));
    const qint64 primary = m_stack.primaryOf(m_group);
    const QString cloud = m_stack.scalar(QStringLiteral(
        "SELECT r.cloud FROM service_instances si JOIN nodes n ON n.id = si.node_id "
        "JOIN clusters c ON c.id = n.cluster_id JOIN regions r ON r.id = c.region_id WHERE si.id = %1").arg(primary));
    QVERIFY(!cloud.isEmpty());
    QSignalSpy alerts(m_scheduler.get(), &SchedulerService::partitionSuspected);
    QSignalSpy cleared(m_scheduler.get(), &SchedulerService::partitionCleared);
    QSignalSpy started(m_scheduler.get(), &SchedulerService::failoverStarted);

    QCOMPARE(m_stack.fault(QStringLiteral("partition"), {{QStringLiteral("cloud"), cloud}}), 201);
    // Long enough for every primary of that cloud to be critical for fall checks, twice over.
    QTRY_VERIFY_WITH_TIMEOUT(sawBlock(m_group, BlockCode::PartitionSuspected), 10000);
    QTest::qWait(4000);
    QCOMPARE(alerts.count(), 1);
    const auto alert = alerts.first().first().value<PartitionAlert>();
    qInfo("partition of %s: %d of %d checks failed (%.0f %%)", qPrintable(cloud), alert.failures, alert.checks,
          alert.failingShare * 100);
    QVERIFY(alert.failingShare >= 0.30);
    QCOMPARE(started.count(), 0);
    QVERIFY(m_scheduler->overview().partitionSuspected);
    QTRY_COMPARE_WITH_TIMEOUT(m_stack.number(QStringLiteral(
                                  "SELECT count(*) FROM audit_log WHERE action = 'partition.suspected'")),
                              1, 5000);

    // Healing: the guard stays up until the partitioned primaries pass again; still no failover.
    QCOMPARE(m_stack.clearFaults(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
    QTest::qWait(3000);
    QCOMPARE(started.count(), 0);
    QCOMPARE(alerts.count(), 1);
    QCOMPARE(events(QStringLiteral("true")), 0);
}

void tst_SchedulerStack::maintenanceBlocksFailover()
{
    QVERIFY(m_stack.exec(QStringLiteral("UPDATE service_instances SET maintenance_until = now() + interval '1 hour', "
                                        "maintenance_reason = 'kernel upgrade' WHERE failover_group = '%1'")
                             .arg(m_group)));
    SchedulerConfig config;
    QVERIFY(startScheduler(config));
    QSignalSpy started(m_scheduler.get(), &SchedulerService::failoverStarted);
    const qint64 primary = m_stack.primaryOf(m_group);
    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primary}}), 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->decisionFor(m_group).decision.block, BlockCode::Maintenance, 10000);
    const GroupDecision d = m_scheduler->decisionFor(m_group);
    QCOMPARE(d.blockWord(), QStringLiteral("maintenance"));
    QVERIFY2(d.decision.reason.contains(QStringLiteral("maintenance")), qPrintable(d.decision.reason));
    QTest::qWait(2000);
    QCOMPARE(started.count(), 0);
    QCOMPARE(events(QStringLiteral("true")), 0);
    QCOMPARE(m_stack.primaryOf(m_group), primary);
}

void tst_SchedulerStack::readOnlyNeverFailsOver()
{
    SchedulerConfig config;
    config.readOnly = true;
    QVERIFY(startScheduler(config));
    QVERIFY(!m_scheduler->isLeader());
    QSignalSpy started(m_scheduler.get(), &SchedulerService::failoverStarted);
    const qint64 primary = m_stack.primaryOf(m_group);
    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primary}}), 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->decisionFor(m_group).decision.block, BlockCode::ReadOnly, 10000);
    const GroupDecision d = m_scheduler->decisionFor(m_group);
    QCOMPARE(d.blockWord(), QStringLiteral("read_only"));
    QVERIFY2(d.decision.reason.contains(QStringLiteral("read-only")), qPrintable(d.decision.reason));
    QTest::qWait(2000);
    QCOMPARE(started.count(), 0);
    QCOMPARE(events(QStringLiteral("true")), 0);
    // Read-only writes nothing at all: no health events either.
    QCOMPARE(m_stack.number(QStringLiteral("SELECT count(*) FROM health_events")), 0);
}

void tst_SchedulerStack::webhookDownIsRecordedOnTheEvent()
{
    SchedulerConfig config;
    config.webhook.defaultUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/failover").arg(SchedulerStack::freePort()));
    config.webhook.retries = 1;
    config.webhook.timeoutMs = 500;
    config.webhook.backoffMs = 50;
    QVERIFY(startScheduler(config));
    QSignalSpy committed(m_scheduler.get(), &SchedulerService::failoverCommitted);
    QSignalSpy actuated(m_scheduler.get(), &SchedulerService::failoverActuated);
    const qint64 primary = m_stack.primaryOf(m_group);
    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primary}}), 201);
    QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(actuated.count(), 1, 10000);
    const qint64 eventId = actuated.first().at(0).toLongLong();
    QCOMPARE(actuated.first().at(1).toBool(), false);
    QCOMPARE(eventId, committed.first().first().value<PromotionResult>().eventId);
    // The promotion stands (the registry has the new primary); the event says the webhook failed.
    QCOMPARE(m_stack.scalar(QStringLiteral("SELECT outcome FROM failover_events WHERE id = %1").arg(eventId)),
             QStringLiteral("actuation_failed"));
    QVERIFY(!m_stack.scalar(QStringLiteral("SELECT detail FROM failover_events WHERE id = %1").arg(eventId)).isEmpty());
    QVERIFY(m_stack.primaryOf(m_group) != primary);
}

QTEST_GUILESS_MAIN(tst_SchedulerStack)
#include "tst_scheduler_stack.moc"
