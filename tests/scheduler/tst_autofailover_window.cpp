// Integration, through the window: a console (MainWindow with its SchedulerHost) on a scratch
// registry and a small fleet simulator of its own (SchedulerStack). The primary is killed in the
// simulator; what the operator sees afterwards is what is checked: the Failover page's details
// (new primary, generation, the scheduler's own word) and the failover event on the Events page.
// And the other way round: a group in maintenance keeps its dead primary, and the page says why.
#include "AppSettings.h"
#include "ConsoleSession.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SchedulerHost.h"
#include "SchedulerService.h"
#include "SchedulerStack.h"
#include "pages/EventsPage.h"
#include "pages/FailoverPage.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace looma;
using looma::test::SchedulerStack;

class tst_AutoFailoverWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedPrimaryShowsOnTheFailoverAndEventsPages();
    void maintenanceKeepsTheDeadPrimaryAndThePageSaysWhy();

private:
    // Opens the window on the scratch registry, shows the Failover page with the group selected,
    // and waits until its scheduler leads and the seeded instances have had rise checks.
    bool openConsole(QString *error);
    QString label(const char *name) const
    {
        auto *l = m_window->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    }
    // The members tree's role column for the row showing `endpoint`.
    QString roleShown(const QString &endpoint) const;
    QString endpointOf(qint64 instance) const
    {
        return m_stack.scalar(QStringLiteral("SELECT endpoint FROM service_instances WHERE id = %1").arg(instance));
    }

    const QString m_group = QStringLiteral("ai-gateway");
    SchedulerStack m_stack;
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<SchedulerHost> m_host;
    std::unique_ptr<MainWindow> m_window;
    FailoverPage *m_page = nullptr;
};

void tst_AutoFailoverWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.applyCode(QStringLiteral("en")));
}

void tst_AutoFailoverWindow::init()
{
    QString error;
    const QString name = QStringLiteral("win_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()).left(20).toLower())
                             .arg(QCoreApplication::applicationPid());
    QVERIFY2(m_stack.setUp(name, &error), qPrintable(error));
}

void tst_AutoFailoverWindow::cleanup()
{
    // The window first (it holds pointers into the host and session), then the scheduler before
    // the registry client it runs on, then the servers.
    m_page = nullptr;
    m_window.reset();
    m_host.reset();
    m_session.reset();
    m_settings.reset();
    m_stack.stop();
}

bool tst_AutoFailoverWindow::openConsole(QString *error)
{
    static int files = 0;
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++files)));
    m_session = std::make_unique<ConsoleSession>(m_settings.get());
    m_session->setRegistryOverride(m_stack.dsn());
    m_session->start();
    m_host = std::make_unique<SchedulerHost>(m_session.get(), m_settings.get());
    m_window = std::make_unique<MainWindow>(*m_settings, m_languages, m_session.get());
    m_window->setSchedulerHost(m_host.get());
    m_host->start();
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showPage(QStringLiteral("failover"));
    m_page = qobject_cast<FailoverPage *>(m_window->currentPage());
    if (!m_page) {
        *error = QStringLiteral("the Failover page is not the current page");
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        SchedulerService *scheduler = m_host->scheduler();
        if (scheduler && scheduler->isLeader() && scheduler->status().state == SourceStatus::State::Live
            && m_page->selectGroup(m_group))
            break;
        QTest::qWait(100);
    }
    if (clock.elapsed() >= 30000) {
        *error = QStringLiteral("the window's scheduler did not lead, or the group did not load, in 30 s");
        return false;
    }
    // Seeded instances start "unknown": rise (2) checks at 1 s make them passing.
    QTest::qWait(2600);
    return true;
}

QString tst_AutoFailoverWindow::roleShown(const QString &endpoint) const
{
    auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("membersTreeWidget"));
    if (!tree)
        return {};
    const auto found = tree->findItems(endpoint, Qt::MatchExactly, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}

void tst_AutoFailoverWindow::killedPrimaryShowsOnTheFailoverAndEventsPages()
{
    QString error;
    QVERIFY2(openConsole(&error), qPrintable(error));
    const qint64 primary = m_stack.primaryOf(m_group);
    QVERIFY(primary > 0);
    const QString oldEndpoint = endpointOf(primary);
    const qint64 generation = m_stack.number(
        QStringLiteral("SELECT max(generation) FROM service_instances WHERE failover_group = '%1'").arg(m_group));
    QCOMPARE(label("detailsGenerationLabel"), QString::number(generation));
    QVERIFY2(label("detailsPrimaryLabel").startsWith(oldEndpoint), qPrintable(label("detailsPrimaryLabel")));

    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primary}}), 201);
    // Committed in the registry: fall (3) x 1 s + 1 s, with slack for the offscreen window.
    QTRY_VERIFY_WITH_TIMEOUT(m_stack.primaryOf(m_group) != primary, 10000);
    const qint64 promoted = m_stack.primaryOf(m_group);
    QVERIFY(promoted > 0);
    const QString newEndpoint = endpointOf(promoted);
    QCOMPARE(m_stack.number(QStringLiteral("SELECT count(*) FROM failover_events WHERE failover_group = '%1' "
                                           "AND trigger = 'auto' AND outcome = 'committed' AND to_instance_id = %2")
                                .arg(m_group).arg(promoted)),
             1);

    // The Failover page: new primary, next generation, and the scheduler says it acted.
    QTRY_VERIFY2_WITH_TIMEOUT(label("detailsPrimaryLabel").startsWith(newEndpoint + u' '),
                              qPrintable(label("detailsPrimaryLabel")), 5000);
    QCOMPARE(label("detailsGenerationLabel"), QString::number(generation + 1));
    QTRY_VERIFY2_WITH_TIMEOUT(label("detailsDecisionLabel").contains(QStringLiteral("failed over automatically")),
                              qPrintable(label("detailsDecisionLabel")), 5000);
    QCOMPARE(roleShown(newEndpoint), QStringLiteral("Primary"));
    QCOMPARE(roleShown(oldEndpoint), QStringLiteral("Standby"));
    // Once the new primary passes the scheduler holds again; the line keeps the failover.
    QTRY_VERIFY2_WITH_TIMEOUT(label("detailsDecisionLabel").startsWith(QStringLiteral("holds")),
                              qPrintable(label("detailsDecisionLabel")), 10000);
    QVERIFY2(label("detailsDecisionLabel").contains(QStringLiteral("failed over automatically")),
             qPrintable(label("detailsDecisionLabel")));
    // The failover started the group's cooldown, and the page reads it again from the registry.
    QTRY_VERIFY2_WITH_TIMEOUT(label("detailsCooldownLabel").startsWith(QStringLiteral("until ")),
                              qPrintable(label("detailsCooldownLabel")), 10000);
    const QString artifacts = qEnvironmentVariable("LOOMA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty() && QDir().mkpath(artifacts)) {
        for (const char *code : {"zh_CN", "en"}) {
            QVERIFY(m_languages.applyCode(QLatin1String(code)));
            // The scheduler words its standing decisions again in the new language.
            if (QLatin1String(code) == QLatin1String("zh_CN")) {
                QTRY_VERIFY2_WITH_TIMEOUT(label("detailsBlockingLabel").contains(QStringLiteral("不处于严重状态")),
                                          qPrintable(label("detailsBlockingLabel")), 5000);
            }
            QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(
                QDir(artifacts).filePath(QStringLiteral("autofailover_%1.png").arg(QLatin1String(code)))));
        }
        QVERIFY(m_languages.applyCode(QStringLiteral("en")));
    }

    // The Events page lists the failover: automatic, committed, from the old to the new primary.
    m_window->showPage(QStringLiteral("events"));
    auto *events = qobject_cast<EventsPage *>(m_window->currentPage());
    QVERIFY(events);
    auto *view = events->findChild<QTableView *>(QStringLiteral("eventsTableView"));
    QVERIFY(view && view->model());
    auto failoverRow = [view, this]() -> QString {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells << model->index(row, column).data().toString();
            const QString line = cells.join(u'|');
            if (line.contains(m_group) && line.contains(QStringLiteral("failover")))
                return line;
        }
        return {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(!failoverRow().isEmpty(), 5000);
    const QString row = failoverRow();
    QVERIFY2(row.contains(QStringLiteral("automatic")) && row.contains(QStringLiteral("committed")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("generation %1").arg(generation + 1)), qPrintable(row));
}

void tst_AutoFailoverWindow::maintenanceKeepsTheDeadPrimaryAndThePageSaysWhy()
{
    QVERIFY(m_stack.exec(QStringLiteral("UPDATE service_instances SET maintenance_until = now() + interval '1 hour', "
                                        "maintenance_reason = 'kernel upgrade' WHERE failover_group = '%1'")
                             .arg(m_group)));
    QString error;
    QVERIFY2(openConsole(&error), qPrintable(error));
    const qint64 primary = m_stack.primaryOf(m_group);
    QVERIFY2(label("detailsMaintenanceLabel").contains(QStringLiteral("kernel upgrade")),
             qPrintable(label("detailsMaintenanceLabel")));

    QCOMPARE(m_stack.fault(QStringLiteral("down"), {{QStringLiteral("instance"), primary}}), 201);
    // The page names the block: maintenance, with the scheduler's reason.
    QTRY_VERIFY2_WITH_TIMEOUT(label("detailsBlockingLabel").contains(QStringLiteral("maintenance")),
                              qPrintable(label("detailsBlockingLabel")), 10000);
    QVERIFY2(label("detailsDecisionLabel").startsWith(QStringLiteral("holds")), qPrintable(label("detailsDecisionLabel")));
    // Twice fall x interval later nothing has moved.
    QTest::qWait(6000);
    QCOMPARE(m_stack.primaryOf(m_group), primary);
    QCOMPARE(m_stack.number(QStringLiteral("SELECT count(*) FROM failover_events WHERE failover_group = '%1'")
                                .arg(m_group)),
             0);
    QVERIFY(label("detailsBlockingLabel").contains(QStringLiteral("maintenance")));
}

QTEST_MAIN(tst_AutoFailoverWindow)
#include "tst_autofailover_window.moc"
