#include "AppSettings.h"
#include "ConsoleSession.h"
#include "FailoverTestDb.h"
#include "GuiFleet.h"
#include "LanguageManager.h"
#include "SessionIdentity.h"
#include "StackEnv.h"
#include "failover/SwitchoverDialog.h"
#include "pages/FailoverPage.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <pqxx/pqxx>

using namespace looma;
using test::FailoverTestDb;
using test::GuiFleet;

// The failover page driven through its widgets against a real registry: the dialog's guards,
// a manual switchover recorded with its actor, cooldown acknowledgement and maintenance, and the
// button disabled (with the reason beside it) for a viewer role and in read-only mode.
class tst_FailoverPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchoverThroughTheDialog();
    void cooldownAcknowledgementAndMaintenance();
    void viewerRoleSeesTheButtonDisabled();
    void readOnlyModeDisablesTheButton();
    void screenshots();

private:
    // One console window's worth: settings file, session on the registry, the page.
    struct Console
    {
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<ConsoleSession> session;
        std::unique_ptr<FailoverPage> page;
    };
    Console open(const QString &dsn, bool readOnly = false);
    template <typename T> T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    QString scalarText(const QString &sql) { return FailoverTestDb::text(*m_db, sql); }

    test::StackEnv m_env;
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    QString m_dsn;
    std::unique_ptr<pqxx::connection> m_db;
    GuiFleet m_fleet;
    QStringList m_roles;
};

void tst_FailoverPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_env = test::StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.applyCode(QStringLiteral("en")));
}

void tst_FailoverPage::init()
{
    QString error;
    m_dsn = FailoverTestDb::create(m_env, QStringLiteral("gui_fo_%1").arg(QCoreApplication::applicationPid()), &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
    m_db = std::make_unique<pqxx::connection>(m_dsn.toStdString());
    m_fleet = GuiFleet::seed(*m_db);
}

void tst_FailoverPage::cleanup()
{
    for (const QString &role : std::as_const(m_roles))
        pqxx::nontransaction(*m_db).exec0("DROP ROLE IF EXISTS " + m_db->quote_name(role.toStdString()));
    m_roles.clear();
    m_db.reset();
}

tst_FailoverPage::Console tst_FailoverPage::open(const QString &dsn, bool readOnly)
{
    Console c;
    static int n = 0;
    c.settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++n)));
    if (readOnly)
        c.settings->forceReadOnlyForSession();
    c.session = std::make_unique<ConsoleSession>(c.settings.get());
    c.session->setRegistryOverride(dsn);
    c.session->start();
    c.page = std::make_unique<FailoverPage>(c.session.get());
    c.page->setSettings(c.settings.get());
    c.page->resize(1200, 760);
    c.page->show();
    return c;
}

void tst_FailoverPage::switchoverThroughTheDialog()
{
    Console c = open(m_dsn);
    FailoverPage &page = *c.page;
    auto *button = child<QPushButton>(&page, "switchOverPushButton");
    auto *reasonLabel = child<QLabel>(&page, "switchOverReasonLabel");
    QVERIFY(button && reasonLabel);
    QTRY_VERIFY_WITH_TIMEOUT(page.selectGroup(m_fleet.group.group), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(button->isEnabled(), qPrintable(reasonLabel->text()), 20000);

    QTest::mouseClick(button, Qt::LeftButton);
    SwitchoverDialog *dialog = page.switchoverDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *ok = child<QPushButton>(dialog, "switchOverButton");
    auto *tree = child<QTreeWidget>(dialog, "candidateTreeWidget");
    auto *override = child<QCheckBox>(dialog, "overrideUnhealthyCheckBox");
    auto *reason = child<QPlainTextEdit>(dialog, "reasonPlainTextEdit");
    auto *confirm = child<QLineEdit>(dialog, "confirmLineEdit");
    auto *result = child<QLabel>(dialog, "resultLabel");
    QVERIFY(ok && tree && override && reason && confirm && result);

    // Every standby is listed, the unhealthy one too; a healthy one is preselected.
    QCOMPARE(tree->topLevelItemCount(), 3);
    QVERIFY(!ok->isEnabled());
    auto itemFor = [tree](const QString &endpoint) {
        const auto found = tree->findItems(endpoint, Qt::MatchExactly, 0);
        return found.isEmpty() ? nullptr : found.first();
    };
    auto clickItem = [tree](QTreeWidgetItem *item) {
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    };

    // The unhealthy standby needs the override, whatever else is filled in.
    clickItem(itemFor(QStringLiteral("10.2.0.2:8208")));
    QVERIFY(override->isEnabled());
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("planned switchover to Hangzhou"));
    QTest::keyClicks(confirm, QStringLiteral("matching-service"));
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(override, Qt::LeftButton);
    QVERIFY(ok->isEnabled());

    // Back to the healthy Hangzhou standby; then: no reason -> disabled; partial name -> disabled.
    clickItem(itemFor(QStringLiteral("10.2.0.1:8208")));
    QVERIFY(!override->isEnabled());
    reason->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("planned switchover to Hangzhou"));
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("matching-serv"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("ice"));
    QVERIFY(ok->isEnabled());

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Committed")), 30000);
    QVERIFY2(result->text().contains(QStringLiteral("10.2.0.1:8208")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("generation 2")), qPrintable(result->text()));

    // The registry has the new primary, the event (manual, this operator) and the audit row.
    QCOMPARE(FailoverTestDb::primaryOf(*m_db, m_fleet.group.group), m_fleet.group.standbyB);
    QCOMPARE(FailoverTestDb::primaryCount(*m_db, m_fleet.group.group), 1);
    const QString actor = SessionIdentity::localActor();
    QCOMPARE(scalarText(QStringLiteral("SELECT concat_ws('|', trigger, actor, reason, outcome, to_instance_id, "
                                       "fencing_generation) FROM failover_events")),
             QStringLiteral("manual|%1|planned switchover to Hangzhou|committed|%2|2")
                 .arg(actor)
                 .arg(m_fleet.group.standbyB));
    QCOMPARE(scalarText(QStringLiteral("SELECT concat_ws('|', actor, db_user = current_user, target) FROM audit_log "
                                       "WHERE action = 'failover.manual'")),
             QStringLiteral("%1|t|%2").arg(actor, m_fleet.group.group));

    // The page follows the registry: the details show the new primary and the generation.
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&page, "detailsGenerationLabel")->text(), QStringLiteral("2"), 20000);
    QVERIFY(child<QLabel>(&page, "detailsPrimaryLabel")->text().contains(QStringLiteral("10.2.0.1:8208")));
    QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!page.switchoverDialog());
}

void tst_FailoverPage::cooldownAcknowledgementAndMaintenance()
{
    // A failover a minute ago: the group is in cooldown.
    pqxx::nontransaction(*m_db).exec0(
        "INSERT INTO failover_events (failover_group, from_instance_id, to_instance_id, trigger, actor, reason, "
        "fencing_generation, outcome, started_at, committed_at, finished_at) "
        "VALUES ('" + m_fleet.group.group.toStdString() + "', NULL, NULL, 'auto', 'scheduler@peer', 'test', 1, "
        "'committed', now() - interval '1 minute', now() - interval '1 minute', now() - interval '1 minute')");
    Console c = open(m_dsn);
    FailoverPage &page = *c.page;
    auto *button = child<QPushButton>(&page, "switchOverPushButton");
    auto *ack = child<QPushButton>(&page, "acknowledgeCooldownPushButton");
    auto *reasonLabel = child<QLabel>(&page, "switchOverReasonLabel");
    QTRY_VERIFY_WITH_TIMEOUT(page.selectGroup(m_fleet.group.group), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(ack->isVisible() && ack->isEnabled(), qPrintable(reasonLabel->text()), 20000);
    QVERIFY(!button->isEnabled());
    QVERIFY2(reasonLabel->text().contains(QStringLiteral("cooldown")), qPrintable(reasonLabel->text()));

    QSignalSpy done(&page, &FailoverPage::operatorActionDone);
    auto runDialog = [&](QPushButton *opener, const QString &why) {
        QTest::mouseClick(opener, Qt::LeftButton);
        QDialog *dialog = page.findChild<QDialog *>(QStringLiteral("operatorReasonDialog"));
        QVERIFY(dialog);
        auto *okButton = child<QPushButton>(dialog, "actionOkButton");
        QVERIFY(!okButton->isEnabled()); // a reason is required
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "actionReasonPlainTextEdit"), why);
        QVERIFY(okButton->isEnabled());
        QTest::mouseClick(okButton, Qt::LeftButton);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QTRY_VERIFY(!page.findChild<QDialog *>(QStringLiteral("operatorReasonDialog")));
    };
    runDialog(ack, QStringLiteral("primary verified by hand"));
    QCOMPARE(scalarText(QStringLiteral("SELECT concat_ws('|', actor, target, detail->>'reason') FROM audit_log "
                                       "WHERE action = 'failover.cooldown_ack'")),
             QStringLiteral("%1|%2|primary verified by hand").arg(SessionIdentity::localActor(), m_fleet.group.group));
    QTRY_VERIFY2_WITH_TIMEOUT(button->isEnabled(), qPrintable(reasonLabel->text()), 20000);
    QVERIFY(!ack->isVisible());

    runDialog(child<QPushButton>(&page, "setMaintenancePushButton"), QStringLiteral("kernel upgrade"));
    QCOMPARE(FailoverTestDb::scalar(*m_db, QStringLiteral(
                 "SELECT count(*) FROM service_instances WHERE failover_group = '%1' AND maintenance_until > now() "
                 "+ interval '1 hour' AND maintenance_reason = 'kernel upgrade'").arg(m_fleet.group.group)),
             4);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&page, "detailsMaintenanceLabel")->text().contains(QStringLiteral("kernel")),
                             20000);
    runDialog(child<QPushButton>(&page, "clearMaintenancePushButton"), QStringLiteral("upgrade done"));
    QCOMPARE(scalarText(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log "
                                       "WHERE action LIKE 'maintenance.%'")),
             QStringLiteral("maintenance.set,maintenance.clear"));
}

void tst_FailoverPage::viewerRoleSeesTheButtonDisabled()
{
    const QString role = QStringLiteral("gui_viewer_%1").arg(QCoreApplication::applicationPid());
    m_roles << role;
    Console c = open(GuiFleet::loginAs(*m_db, m_dsn, role, QStringLiteral("looma_viewer")));
    FailoverPage &page = *c.page;
    auto *button = child<QPushButton>(&page, "switchOverPushButton");
    auto *reasonLabel = child<QLabel>(&page, "switchOverReasonLabel");
    QTRY_VERIFY_WITH_TIMEOUT(page.selectGroup(m_fleet.group.group), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(reasonLabel->text().contains(QStringLiteral("may not fail over")),
                              qPrintable(reasonLabel->text()), 20000);
    QVERIFY(reasonLabel->text().contains(role));
    QVERIFY(!button->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "setMaintenancePushButton")->isEnabled());
    // Clicking a disabled button does nothing.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!page.switchoverDialog());
}

void tst_FailoverPage::readOnlyModeDisablesTheButton()
{
    Console c = open(m_dsn, true);
    FailoverPage &page = *c.page;
    auto *button = child<QPushButton>(&page, "switchOverPushButton");
    auto *reasonLabel = child<QLabel>(&page, "switchOverReasonLabel");
    QTRY_VERIFY_WITH_TIMEOUT(page.selectGroup(m_fleet.group.group), 20000);
    // The probe answers (the role could fail over) but read-only still wins.
    QTRY_VERIFY_WITH_TIMEOUT(page.permission().canFailover, 20000);
    QVERIFY(!button->isEnabled());
    QVERIFY2(reasonLabel->text().contains(QStringLiteral("Read-only mode (--read-only)")), qPrintable(reasonLabel->text()));
}

void tst_FailoverPage::screenshots()
{
    const QString dir = qEnvironmentVariable("LOOMA_TEST_ARTIFACTS");
    if (dir.isEmpty())
        QSKIP("LOOMA_TEST_ARTIFACTS is not set");
    QVERIFY(QDir().mkpath(dir));
    Console c = open(m_dsn);
    FailoverPage &page = *c.page;
    QTRY_VERIFY_WITH_TIMEOUT(page.selectGroup(m_fleet.group.group), 20000);
    for (const char *code : {"zh_CN", "en"}) {
        QVERIFY(m_languages.applyCode(QLatin1String(code)));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&page, "switchOverPushButton")->isEnabled(), 20000);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("failoverpage_%1.png").arg(QLatin1String(code)))));
        QTest::mouseClick(child<QPushButton>(&page, "switchOverPushButton"), Qt::LeftButton);
        SwitchoverDialog *dialog = page.switchoverDialog();
        QVERIFY(dialog);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonPlainTextEdit"), QStringLiteral("planned switchover"));
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmLineEdit"), QStringLiteral("matching"));
        QCoreApplication::processEvents();
        // The page with the dialog over it, as the operator sees them.
        QPixmap shot = page.grab();
        const QPixmap over = dialog->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 2, over);
        painter.end();
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("failoverpage_dialog_%1.png").arg(QLatin1String(code)))));
        dialog->reject();
        QTRY_VERIFY(!page.switchoverDialog());
    }
}

QTEST_MAIN(tst_FailoverPage)
#include "tst_failoverpage.moc"
