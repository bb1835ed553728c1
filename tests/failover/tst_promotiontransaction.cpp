#include "FailoverTestDb.h"
#include "PromotionTransaction.h"
#include "StackEnv.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <memory>
#include <pqxx/pqxx>

using namespace looma;
using looma::test::FailoverTestDb;

// Integration: PromotionTransaction against a real PostgreSQL (fixture pg), one scratch database
// per test function, seeded with group matching-gz: #primary (critical), #standbyA, #standbyB.
class tst_PromotionTransaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void commitsWithEventAuditAndNewGeneration();
    void staleDecisionIsRefusedAndChangesNothing();
    void refusesWhatNoLongerMatches_data();
    void refusesWhatNoLongerMatches();
    void autoFailoverNeedsTheLeadershipLockHeld();
    void droppedConnectionMidTransactionLeavesOldState();

private:
    PromotionRequest requestFor(const test::SeededGroup &g) const;

    test::StackEnv m_env;
    QString m_dsn;
    std::unique_ptr<pqxx::connection> m_db;
    test::SeededGroup m_group;
};

void tst_PromotionTransaction::initTestCase()
{
    m_env = test::StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
}

void tst_PromotionTransaction::init()
{
    QString error;
    const QString name = QStringLiteral("fo_promo_%1").arg(QCoreApplication::applicationPid());
    m_dsn = FailoverTestDb::create(m_env, name, &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
    m_db = std::make_unique<pqxx::connection>(m_dsn.toStdString());
    m_group = FailoverTestDb::seed(*m_db);
}

void tst_PromotionTransaction::cleanup()
{
    m_db.reset();
}

PromotionRequest tst_PromotionTransaction::requestFor(const test::SeededGroup &g) const
{
    PromotionRequest r;
    r.requestId = 42;
    r.group = g.group;
    r.candidateId = g.standbyA;
    r.expectedPrimaryId = g.primary;
    r.expectedGeneration = 1;
    r.trigger = FailoverTrigger::Manual;
    r.actor = QStringLiteral("alice@ops-desk");
    r.reason = QStringLiteral("primary unreachable from both clouds");
    return r;
}

void tst_PromotionTransaction::commitsWithEventAuditAndNewGeneration()
{
    pqxx::connection worker(m_dsn.toStdString());
    const PromotionResult r = PromotionTransaction(worker).run(requestFor(m_group));
    QVERIFY2(r.status == PromotionStatus::Committed, qPrintable(r.message));
    QCOMPARE(r.requestId, quint64(42));
    QCOMPARE(r.generation, qint64(2));
    QCOMPARE(r.toInstanceId, m_group.standbyA);
    QCOMPARE(r.fromEndpoint, QStringLiteral("10.1.0.1:8208"));
    QCOMPARE(r.service, QStringLiteral("matching-service"));
    QVERIFY(r.eventId > 0);

    QCOMPARE(FailoverTestDb::primaryOf(*m_db, m_group.group), m_group.standbyA);
    QCOMPARE(FailoverTestDb::primaryCount(*m_db, m_group.group), 1);
    QCOMPARE(FailoverTestDb::snapshot(*m_db, m_group.group),
             QStringLiteral("%1:standby:critical:2,%2:primary:passing:2,%3:standby:passing:2")
                 .arg(m_group.primary).arg(m_group.standbyA).arg(m_group.standbyB));

    const QString event = FailoverTestDb::text(*m_db, QStringLiteral(
        "SELECT concat_ws('|', failover_group, from_instance_id, to_instance_id, trigger, actor, reason, "
        "fencing_generation, outcome, committed_at IS NOT NULL, finished_at IS NOT NULL, "
        "service_id = (SELECT id FROM services WHERE name = 'matching-service')) FROM failover_events WHERE id = %1")
        .arg(r.eventId));
    QCOMPARE(event, QStringLiteral("matching-gz|%1|%2|manual|alice@ops-desk|primary unreachable from both clouds|2|"
                                   "committed|t|t|t")
                        .arg(m_group.primary).arg(m_group.standbyA));

    const QString audit = FailoverTestDb::text(*m_db, QStringLiteral(
        "SELECT concat_ws('|', actor, db_user = current_user, host <> '', action, target, detail->>'outcome', "
        "detail->>'event_id', detail->>'generation') FROM audit_log"));
    QCOMPARE(audit, QStringLiteral("alice@ops-desk|t|t|failover.manual|matching-gz|committed|%1|2").arg(r.eventId));
}

void tst_PromotionTransaction::staleDecisionIsRefusedAndChangesNothing()
{
    // Someone else changes the group between the decision (generation 1) and the promotion.
    {
        pqxx::work tx(*m_db);
        tx.exec0("UPDATE service_instances SET generation = 2");
        tx.commit();
    }
    const QString before = FailoverTestDb::snapshot(*m_db, m_group.group);

    pqxx::connection worker(m_dsn.toStdString());
    const PromotionResult r = PromotionTransaction(worker).run(requestFor(m_group));
    QVERIFY(r.status == PromotionStatus::Refused);
    QVERIFY2(r.message.contains(QStringLiteral("the group changed since the decision (generation 1, now 2)"),
                                Qt::CaseInsensitive),
             qPrintable(r.message));

    QCOMPARE(FailoverTestDb::snapshot(*m_db, m_group.group), before);
    QCOMPARE(FailoverTestDb::primaryOf(*m_db, m_group.group), m_group.primary);
    // The attempt is on record as refused, with its reason; nothing is recorded as committed.
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral(
                 "SELECT concat_ws('|', outcome, fencing_generation, position('generation 1, now 2' in detail) > 0, "
                 "finished_at IS NOT NULL, committed_at IS NULL) FROM failover_events")),
             QStringLiteral("refused|2|t|t|t"));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral("SELECT detail->>'outcome' FROM audit_log")),
             QStringLiteral("refused"));
}

void tst_PromotionTransaction::refusesWhatNoLongerMatches_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("candidate is the primary") << QStringLiteral("candidate=primary")
                                              << QStringLiteral("already the primary");
    QTest::newRow("candidate not in the group") << QStringLiteral("candidate=999999")
                                                << QStringLiteral("is not in group");
    QTest::newRow("primary moved") << QStringLiteral("expectedPrimary=standbyB")
                                   << QStringLiteral("primary of group matching-gz changed");
    QTest::newRow("group gone") << QStringLiteral("group=nope") << QStringLiteral("does not exist");
    QTest::newRow("no reason") << QStringLiteral("reason=") << QStringLiteral("needs a reason");
}

void tst_PromotionTransaction::refusesWhatNoLongerMatches()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    PromotionRequest req = requestFor(m_group);
    if (change == QLatin1String("candidate=primary"))
        req.candidateId = m_group.primary;
    else if (change == QLatin1String("candidate=999999"))
        req.candidateId = 999999;
    else if (change == QLatin1String("expectedPrimary=standbyB"))
        req.expectedPrimaryId = m_group.standbyB;
    else if (change == QLatin1String("group=nope"))
        req.group = QStringLiteral("nope");
    else if (change == QLatin1String("reason="))
        req.reason = QStringLiteral("   ");
    const QString before = FailoverTestDb::snapshot(*m_db, m_group.group);

    pqxx::connection worker(m_dsn.toStdString());
    const PromotionResult r = PromotionTransaction(worker).run(req);
    QVERIFY(r.status == PromotionStatus::Refused);
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    QCOMPARE(FailoverTestDb::snapshot(*m_db, m_group.group), before);
    QCOMPARE(FailoverTestDb::scalar(*m_db, QStringLiteral("SELECT count(*) FROM failover_events "
                                                          "WHERE outcome = 'committed'")),
             qint64(0));
}

void tst_PromotionTransaction::autoFailoverNeedsTheLeadershipLockHeld()
{
    const qint64 key = 0x4C4F4F4D;
    pqxx::connection leader(m_dsn.toStdString());
    PromotionRequest req = requestFor(m_group);
    req.trigger = FailoverTrigger::Auto;
    req.leaderBackendPid = leader.backendpid();
    req.leaderLockKey = key;

    // The "leader" session does not hold the lock yet: refused.
    pqxx::connection worker(m_dsn.toStdString());
    PromotionResult r = PromotionTransaction(worker).run(req);
    QVERIFY(r.status == PromotionStatus::Refused);
    QVERIFY2(r.message.contains(QStringLiteral("no longer holds the leadership")), qPrintable(r.message));

    QVERIFY(pqxx::nontransaction(leader).exec_params1("SELECT pg_try_advisory_lock($1)", key)[0].as<bool>());
    r = PromotionTransaction(worker).run(req);
    QVERIFY2(r.status == PromotionStatus::Committed, qPrintable(r.message));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
             QStringLiteral("failover.auto"));
}

void tst_PromotionTransaction::droppedConnectionMidTransactionLeavesOldState()
{
    const QString before = FailoverTestDb::snapshot(*m_db, m_group.group);
    pqxx::connection worker(m_dsn.toStdString());
    PromotionTransaction transaction(worker);
    bool hookRan = false;
    bool rowsWereLocked = false;
    QString seenFromOutside;
    transaction.setAfterDemoteHook([&](int backendPid) {
        hookRan = true;
        pqxx::connection other(m_dsn.toStdString());
        // The old primary is demoted inside the open transaction: its row is locked ...
        try {
            pqxx::work probe(other);
            probe.exec0("SET LOCAL lock_timeout = '200ms'");
            probe.exec_params("SELECT id FROM service_instances WHERE failover_group = $1 FOR UPDATE NOWAIT",
                              m_group.group.toStdString());
        } catch (const pqxx::sql_error &e) {
            rowsWereLocked = e.sqlstate() == "55P03"; // lock_not_available
        }
        // ... and nobody outside sees the half-done change.
        seenFromOutside = FailoverTestDb::snapshot(other, m_group.group);
        // The crash: the promotion's session dies while it holds its locks.
        pqxx::nontransaction(other).exec_params("SELECT pg_terminate_backend($1)", backendPid);
        // Wait until the backend is really gone, so the next statement meets a dead session.
        for (int i = 0; i < 100; ++i) {
            if (FailoverTestDb::scalar(other, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1")
                                                  .arg(backendPid)) == 0)
                break;
            QThread::msleep(50);
        }
    });

    const PromotionResult r = transaction.run(requestFor(m_group));
    QVERIFY(hookRan);
    QVERIFY(rowsWereLocked);
    QCOMPARE(seenFromOutside, before);
    QVERIFY2(r.status == PromotionStatus::Failed, qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("nothing changed")), qPrintable(r.message));

    QCOMPARE(FailoverTestDb::snapshot(*m_db, m_group.group), before);
    QCOMPARE(FailoverTestDb::primaryCount(*m_db, m_group.group), 1);
    QCOMPARE(FailoverTestDb::primaryOf(*m_db, m_group.group), m_group.primary);
    QCOMPARE(FailoverTestDb::scalar(*m_db, QStringLiteral("SELECT count(*) FROM failover_events")), qint64(0));
    QCOMPARE(FailoverTestDb::scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(0));
}

QTEST_GUILESS_MAIN(tst_PromotionTransaction)
#include "tst_promotiontransaction.moc"
