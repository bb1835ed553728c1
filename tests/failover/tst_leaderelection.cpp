#include "FailoverTestDb.h"
#include "LeaderElection.h"
#include "StackEnv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <pqxx/pqxx>

using namespace looma;
using looma::test::FailoverTestDb;

// Integration: leadership by a session advisory lock on a real PostgreSQL (fixture pg).
class tst_LeaderElection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoElectionsOneLeaderAndTakeover();
    void twoProcessesOneLeaderAndTakeoverWhenKilled();
    void cleanup();

private:
    test::StackEnv m_env;
    QString m_dsn;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void tst_LeaderElection::initTestCase()
{
    m_env = test::StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QString error;
    // Advisory locks are per database, so a scratch database keeps parallel test runs apart.
    m_dsn = FailoverTestDb::create(m_env, QStringLiteral("fo_leader_%1").arg(QCoreApplication::applicationPid()), &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
}

void tst_LeaderElection::cleanup()
{
    for (auto &p : m_processes) {
        p->kill();
        p->waitForFinished(5000);
    }
    m_processes.clear();
}

void tst_LeaderElection::twoElectionsOneLeaderAndTakeover()
{
    LeaderElection a(m_dsn, 200);
    LeaderElection b(m_dsn, 200);
    QSignalSpy aChanged(&a, &LeaderElection::leadershipChanged);
    QSignalSpy bChanged(&b, &LeaderElection::leadershipChanged);
    a.start();
    QTRY_VERIFY_WITH_TIMEOUT(a.isLeader(), 5000);
    b.start();
    // b keeps trying for a while and never gets it.
    QTest::qWait(1000);
    QVERIFY(a.isLeader());
    QVERIFY(!b.isLeader());
    QCOMPARE(bChanged.count(), 0);

    // The leader's session dies (a crashed process, a dropped connection): a learns it lost the
    // leadership, and b takes over within a few retry intervals.
    pqxx::connection admin(m_dsn.toStdString());
    const qint64 pid = a.backendPid();
    QVERIFY(pid > 0);
    pqxx::nontransaction(admin).exec_params("SELECT pg_terminate_backend($1)", pid);
    QElapsedTimer sinceKill;
    sinceKill.start();
    QTRY_VERIFY_WITH_TIMEOUT(!a.isLeader(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(b.isLeader(), 5000);
    qInfo("takeover after the leader's session ended: %lld ms", static_cast<long long>(sinceKill.elapsed()));
    // isLeader() turns false as soon as the proof is two intervals old; the worker's own signal
    // (queued from its thread) may land a little later.
    QTRY_VERIFY_WITH_TIMEOUT(!aChanged.isEmpty() && !aChanged.last().at(0).toBool(), 3000);
    QCOMPARE(bChanged.last().at(0).toBool(), true);
    QVERIFY(b.backendPid() != pid);
    // a reconnects and becomes an observer: it must not win the lock back while b holds it.
    QTest::qWait(1000);
    QVERIFY(!a.isLeader());
    QVERIFY(b.isLeader());
    QCOMPARE(FailoverTestDb::scalar(admin, QStringLiteral(
                 "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %1 AND granted")
                 .arg(LeaderElection::defaultLockKey)),
             qint64(1));
}

void tst_LeaderElection::twoProcessesOneLeaderAndTakeoverWhenKilled()
{
    const QString holder = QStringLiteral(LOOMA_LEADER_HOLDER);
    std::vector<QByteArray> output(2);
    for (int i = 0; i < 2; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcess *raw = p.get();
        connect(raw, &QProcess::readyReadStandardOutput, this, [raw, &output, i] { output[i] += raw->readAllStandardOutput(); });
        p->start(holder, {m_dsn, QStringLiteral("300"), QStringLiteral("60000")});
        QVERIFY(p->waitForStarted(5000));
        m_processes.push_back(std::move(p));
    }
    auto leaders = [&] {
        int n = 0;
        for (const QByteArray &out : output)
            n += out.count("leader ") - out.count("observer");
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(leaders(), 1, 10000);
    QTest::qWait(1500); // both keep trying; still exactly one
    QCOMPARE(leaders(), 1);
    const int leader = output[0].contains("leader ") ? 0 : 1;
    const int other = 1 - leader;
    QVERIFY(!output[other].contains("leader "));

    // SIGKILL: no clean-up code runs; only PostgreSQL noticing the closed socket frees the lock.
    QElapsedTimer sinceKill;
    sinceKill.start();
    m_processes[leader]->kill();
    QVERIFY(m_processes[leader]->waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(output[other].contains("leader "), 5000);
    qInfo("takeover after SIGKILL of the leader process: %lld ms", static_cast<long long>(sinceKill.elapsed()));
}

QTEST_GUILESS_MAIN(tst_LeaderElection)
#include "tst_leaderelection.moc"
