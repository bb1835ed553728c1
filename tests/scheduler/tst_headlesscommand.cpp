// `looma-ops --headless` exit codes that need no server: bad arguments (2) and a registry that
// stays unreachable at start (3).
#include "SchedulerStack.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

class tst_HeadlessCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void unreachableRegistryExitsThree();
    void helpNeedsNoDisplay();
};

void tst_HeadlessCommand::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("interval not a number") << QStringList{QStringLiteral("--check-interval-ms"), QStringLiteral("fast")};
    QTest::newRow("interval too small") << QStringList{QStringLiteral("--check-interval-ms"), QStringLiteral("5")};
    QTest::newRow("negative cooldown") << QStringList{QStringLiteral("--cooldown-s"), QStringLiteral("-1")};
    QTest::newRow("share above one") << QStringList{QStringLiteral("--partition-share"), QStringLiteral("1.5")};
    QTest::newRow("share zero") << QStringList{QStringLiteral("--partition-share"), QStringLiteral("0")};
    QTest::newRow("prometheus source without url") << QStringList{QStringLiteral("--health-source"), QStringLiteral("prometheus")};
    QTest::newRow("unknown source") << QStringList{QStringLiteral("--health-source"), QStringLiteral("carrier-pigeon")};
    QTest::newRow("stray word") << QStringList{QStringLiteral("please")};
}

void tst_HeadlessCommand::badArgumentsExitTwo()
{
    QFETCH(QStringList, arguments);
    QProcess p;
    p.start(QStringLiteral(LOOMA_OPS_BIN), QStringList{QStringLiteral("--headless")} + arguments);
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().trimmed().isEmpty()); // it says why
}

void tst_HeadlessCommand::unreachableRegistryExitsThree()
{
    // Nothing listens on this port: every connect fails at once, and the start timeout decides.
    const QString dsn = QStringLiteral("host=127.0.0.1 port=%1 dbname=nothing user=nobody connect_timeout=1")
                            .arg(looma::test::SchedulerStack::freePort());
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(LOOMA_OPS_BIN), {QStringLiteral("--headless"), QStringLiteral("--registry"), dsn,
                                            QStringLiteral("--start-timeout-s"), QStringLiteral("2")});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray log = p.readAll();
    QCOMPARE(p.exitCode(), 3);
    QVERIFY2(log.contains("registry unreachable"), log.constData());
    QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
}

void tst_HeadlessCommand::helpNeedsNoDisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOOMA_OPS_BIN), {QStringLiteral("--headless"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("--partition-share"));
}

QTEST_GUILESS_MAIN(tst_HeadlessCommand)
#include "tst_headlesscommand.moc"
