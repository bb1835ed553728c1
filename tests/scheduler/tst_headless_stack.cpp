// Integration: `looma-ops --headless` as real processes. Two consoles against one registry (only
// the leader acts; after SIGKILL the other takes over), and a clean stop on SIGTERM.
#include "SchedulerStack.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <memory>

#include <csignal>

using looma::test::SchedulerStack;

class tst_HeadlessStack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sigtermStopsCleanly();
    void twoConsolesExactlyOneActsAndTheOtherTakesOver();

private:
    struct Console
    {
        QString name;
        std::unique_ptr<QProcess> process;
        QByteArray log;
    };
    Console &launch(const QString &name);
    void pump(); // read every console's output so far
    int leaderIndex();
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);

    SchedulerStack m_stack;
    std::vector<Console> m_consoles;
};

void tst_HeadlessStack::init()
{
    QString error;
    const QString name = QStringLiteral("headless_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower())
                             .arg(QCoreApplication::applicationPid());
    QVERIFY2(m_stack.setUp(name.left(60), &error), qPrintable(error));
}

void tst_HeadlessStack::cleanup()
{
    for (Console &c : m_consoles) {
        if (c.process->state() != QProcess::NotRunning) {
            c.process->kill();
            c.process->waitForFinished(5000);
        }
        if (QTest::currentTestFailed())
            qInfo("--- %s ---\n%s", qPrintable(c.name), c.log.constData());
    }
    m_consoles.clear();
    m_stack.stop();
}

tst_HeadlessStack::Console &tst_HeadlessStack::launch(const QString &name)
{
    Console c;
    c.name = name;
    c.process = std::make_unique<QProcess>();
    c.process->setProcessChannelMode(QProcess::MergedChannels);
    c.process->start(QStringLiteral(LOOMA_OPS_BIN),
                     {QStringLiteral("--headless"), QStringLiteral("--registry"), m_stack.dsn(),
                      QStringLiteral("--check-interval-ms"), QStringLiteral("1000"), QStringLiteral("--cooldown-s"),
                      QStringLiteral("5"), QStringLiteral("--leader-interval-ms"), QStringLiteral("1000"),
                      QStringLiteral("--observer-name"), name});
    m_consoles.push_back(std::move(c));
    return m_consoles.back();
}

void tst_HeadlessStack::pump()
{
    for (Console &c : m_consoles)
        c.log += c.process->readAll();
}

int tst_HeadlessStack::leaderIndex()
{
    pump();
    // The last "leader" line of each console says where it stands now.
    int leader = -1;
    for (int i = 0; i < int(m_consoles.size()); ++i) {
        const QByteArray &log = m_consoles[size_t(i)].log;
        const int yes = log.lastIndexOf(" leader yes");
        const int no = log.lastIndexOf(" leader no");
        if (yes >= 0 && yes > no && m_consoles[size_t(i)].process->state() == QProcess::Running)
            leader = i;
    }
    return leader;
}

bool tst_HeadlessStack::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        pump();
        if (condition())
            return true;
        QTest::qWait(100);
    }
    pump();
    return condition();
}

void tst_HeadlessStack::sigtermStopsCleanly()
{
    Console &c = launch(QStringLiteral("console-term"));
    QVERIFY(waitFor([&c] { return c.log.contains("registry live") && c.log.contains("transition instance="); }, 20000));
    ::kill(pid_t(c.process->processId()), SIGTERM);
    QVERIFY(c.process->waitForFinished(10000));
    pump();
    QCOMPARE(c.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(c.process->exitCode(), 0);
    QVERIFY(c.log.contains("signal 15: stopping"));
    QVERIFY(c.log.contains("stopped (exit 0)"));
    // Transitions were logged one per line with a timestamp first.
    const QList<QByteArray> lines = c.log.split('\n');
    bool sawTransition = false;
    for (const QByteArray &line : lines) {
        if (line.contains(" transition instance=")) {
            sawTransition = true;
            QVERIFY2(line.size() > 24 && line.at(4) == '-' && line.at(10) == 'T', line.constData());
        }
    }
    QVERIFY(sawTransition);
}

void tst_HeadlessStack::twoConsolesExactlyOneActsAndTheOtherTakesOver()
{
    launch(QStringLiteral("console-a"));
    launch(QStringLiteral("console-b"));
    QVERIFY(waitFor([this] { return leaderIndex() >= 0; }, 20000));
    QVERIFY(waitFor([this] {
                return m_consoles[0].log.contains("registry live") && m_consoles[1].log.contains("registry live");
            },
            20000));
    QTest::qWait(3000); // both see the standbys passing (rise 2 at 1 s)
    const int first = leaderIndex();
    QVERIFY(first >= 0);
    const QString firstName = m_consoles[size_t(first)].name;

    const QString groupA = QStringLiteral("ai-gateway");
    const qint64 primaryA = m_stack.primaryOf(groupA);
    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primaryA}}), 201);
    QVERIFY(waitFor([&] { return m_stack.number(QStringLiteral("SELECT count(*) FROM failover_events")) >= 1; }, 15000));
    QTest::qWait(4000); // room for a second console to (wrongly) act too
    QCOMPARE(m_stack.number(QStringLiteral("SELECT count(*) FROM failover_events")), 1);
    QCOMPARE(m_stack.scalar(QStringLiteral("SELECT actor || ' ' || outcome || ' ' || trigger FROM failover_events")),
             firstName + QStringLiteral(" committed auto"));
    // The other console saw the same incident and held back for want of the leadership.
    const QByteArray &other = m_consoles[size_t(1 - first)].log;
    QVERIFY2(other.contains("block=not_leader"), other.constData());

    // SIGKILL: no goodbye, the session dies with the process and PostgreSQL frees the lock.
    m_consoles[size_t(first)].process->kill();
    m_consoles[size_t(first)].process->waitForFinished(5000);
    QElapsedTimer takeover;
    takeover.start();
    QVERIFY(waitFor([this, first] { return leaderIndex() == 1 - first; }, 15000));
    qInfo("takeover after SIGKILL of the leader: %lld ms", takeover.elapsed());

    const QString groupB = QStringLiteral("resume-service");
    const qint64 primaryB = m_stack.primaryOf(groupB);
    QVERIFY(primaryB > 0);
    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primaryB}}), 201);
    QVERIFY(waitFor([&] { return m_stack.number(QStringLiteral("SELECT count(*) FROM failover_events")) >= 2; }, 15000));
    QTest::qWait(2000);
    QCOMPARE(m_stack.number(QStringLiteral("SELECT count(*) FROM failover_events")), 2);
    QCOMPARE(m_stack.scalar(QStringLiteral("SELECT actor || ' ' || outcome FROM failover_events WHERE failover_group = '%1'")
                                .arg(groupB)),
             m_consoles[size_t(1 - first)].name + QStringLiteral(" committed"));
}

QTEST_GUILESS_MAIN(tst_HeadlessStack)
#include "tst_headless_stack.moc"
