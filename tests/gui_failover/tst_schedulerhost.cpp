#include "AppSettings.h"
#include "ConsoleSession.h"
#include "FailoverTestDb.h"
#include "GuiFleet.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SchedulerHost.h"
#include "SchedulerService.h"
#include "StackEnv.h"
#include "status/SourceStatusWidget.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <pqxx/pqxx>

using namespace looma;
using test::FailoverTestDb;
using test::GuiFleet;

// The scheduler embedded in a console window: it runs on the session's registry, follows the
// settings (cooldown, partition guard, read-only), goes away with the registry, and reports to the
// status bar. Against a real PostgreSQL (the "pg" fixture).
class tst_SchedulerHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsOnTheSessionsRegistryAndFollowsTheSettings();
    void readOnlyReachesTheScheduler();
    void noRegistryMeansNoScheduler();
    void statusBarShowsTheScheduler();

private:
    std::unique_ptr<AppSettings> newSettings();

    test::StackEnv m_env;
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    QString m_dsn;
    int m_files = 0;
};

void tst_SchedulerHost::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_env = test::StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.applyCode(QStringLiteral("en")));
    QString error;
    m_dsn = FailoverTestDb::create(m_env, QStringLiteral("gui_host_%1").arg(QCoreApplication::applicationPid()), &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
    pqxx::connection db(m_dsn.toStdString());
    GuiFleet::seed(db);
}

std::unique_ptr<AppSettings> tst_SchedulerHost::newSettings()
{
    return std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)));
}

void tst_SchedulerHost::runsOnTheSessionsRegistryAndFollowsTheSettings()
{
    auto settings = newSettings();
    ConsoleSession session(settings.get());
    session.setRegistryOverride(m_dsn);
    session.start();
    SchedulerHost host(&session, settings.get());
    QSignalSpy changed(&host, &SchedulerHost::schedulerChanged);
    QVERIFY(!host.scheduler());
    host.start();
    QVERIFY(host.scheduler());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(host.scheduler()->config().cooldownSeconds, qint64(600));
    QCOMPARE(host.scheduler()->config().partitionShare, 0.30);
    QVERIFY(!host.scheduler()->config().readOnly);
    QVERIFY(host.scheduler()->config().dsn.contains(QStringLiteral("gui_host_")));
    // It checks the registry's instances: the status leaves "connecting" for a real state.
    QTRY_VERIFY_WITH_TIMEOUT(host.status().state == SourceStatus::State::Live
                                 || host.status().state == SourceStatus::State::Stale,
                             30000);

    SchedulerPolicy policy;
    policy.cooldownMinutes = 5;
    policy.partitionGuardPercent = 40;
    settings->setScheduler(policy);
    QTRY_VERIFY_WITH_TIMEOUT(host.scheduler() && host.scheduler()->config().cooldownSeconds == 300, 5000);
    QCOMPARE(host.scheduler()->config().partitionShare, 0.40);

    // An unrelated setting leaves the running scheduler alone.
    SchedulerService *before = host.scheduler();
    const int changes = int(changed.count());
    settings->setLanguage(LanguageChoice::En);
    QTest::qWait(200);
    QCOMPARE(host.scheduler(), before);
    QCOMPARE(changed.count(), changes);
}

void tst_SchedulerHost::readOnlyReachesTheScheduler()
{
    auto settings = newSettings();
    settings->forceReadOnlyForSession();
    ConsoleSession session(settings.get());
    session.setRegistryOverride(m_dsn);
    session.start();
    SchedulerHost host(&session, settings.get());
    host.start();
    QVERIFY(host.scheduler());
    QVERIFY(host.scheduler()->config().readOnly);
    QVERIFY(!host.scheduler()->isLeader());
}

void tst_SchedulerHost::noRegistryMeansNoScheduler()
{
    auto settings = newSettings();
    ConsoleSession session(settings.get());
    session.start();
    SchedulerHost host(&session, settings.get());
    host.start();
    QVERIFY(!host.scheduler());
    QCOMPARE(host.status().state, SourceStatus::State::NotConfigured);

    // Configuring a registry later starts one; removing it stops it before the client goes.
    RegistrySettings registry;
    registry.dsn = m_dsn;
    settings->setRegistry(registry);
    session.applySettings(); // what the window does on AppSettings::changed
    QTRY_VERIFY_WITH_TIMEOUT(host.scheduler() != nullptr, 5000);
    settings->setRegistry(RegistrySettings{});
    session.applySettings();
    QTRY_VERIFY_WITH_TIMEOUT(host.scheduler() == nullptr, 5000);
    QCOMPARE(host.status().state, SourceStatus::State::NotConfigured);
}

void tst_SchedulerHost::statusBarShowsTheScheduler()
{
    auto settings = newSettings();
    ConsoleSession session(settings.get());
    session.setRegistryOverride(m_dsn);
    session.start();
    SchedulerHost host(&session, settings.get());
    MainWindow window(*settings, m_languages, &session);
    window.setSchedulerHost(&host);
    host.start();
    window.show();
    SourceStatusWidget *widget = window.sourceStatusWidget(DataSource::Scheduler);
    QVERIFY(widget);
    QTRY_COMPARE_WITH_TIMEOUT(widget->status().state, host.status().state, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(widget->status().state == SourceStatus::State::Live
                                 || widget->status().state == SourceStatus::State::Stale,
                             30000);
}

QTEST_MAIN(tst_SchedulerHost)
#include "tst_schedulerhost.moc"
