#include "AppSettings.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Theme.h"
#include "pages/DashboardPage.h"
#include "pages/EmptyStateWidget.h"
#include "pages/SettingsPage.h"
#include "status/ReadOnlyIndicator.h"
#include "status/SourceStatusWidget.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstRunOpensSettings();
    void shortcutsSwitchPages();
    void findFocusesSearchAndF5Refreshes();
    void geometryAndLastPageRemembered();
    void languageSwitchRetranslates();
    void settingsPageAppliesLanguageAtOnce();
    void statusBarShowsSources();
    void readOnlyIndicator();
    void emptyStateLeadsToSettings();
    void screenshots();

private:
    void configure(AppSettings &settings)
    {
        SettingsValues v = settings.values();
        v.prometheus.url = QStringLiteral("http://127.0.0.1:9090");
        QVERIFY(settings.setValues(v));
    }
    static QString navText(MainWindow &window, int row)
    {
        return window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"))->item(row)->text();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    LanguageManager m_languages;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("looma-ops.ini"));
    QVERIFY(m_languages.applyCode(QStringLiteral("en")));
}

void tst_MainWindow::cleanup()
{
    m_dir.reset();
}

void tst_MainWindow::firstRunOpensSettings()
{
    AppSettings settings(m_path);
    QVERIFY(!settings.isConfigured());
    MainWindow window(settings, m_languages);
    QCOMPARE(window.currentPage()->key(), QStringLiteral("settings"));
}

void tst_MainWindow::shortcutsSwitchPages()
{
    AppSettings settings(m_path);
    configure(settings);
    MainWindow window(settings, m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList keys{QStringLiteral("crossCloud"), QStringLiteral("clusters"),
                           QStringLiteral("aiServices"), QStringLiteral("crm"),
                           QStringLiteral("events"),     QStringLiteral("failover"),
                           QStringLiteral("reports"),    QStringLiteral("settings")};
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    for (int i = keys.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window.currentPage()->key(), keys.at(i));
        QCOMPARE(navigation->currentRow(), i);
    }
    // A click in the navigation does the same.
    const QRect rect = navigation->visualItemRect(navigation->item(5));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentPage()->key(), QStringLiteral("failover"));
}

void tst_MainWindow::findFocusesSearchAndF5Refreshes()
{
    AppSettings settings(m_path);
    configure(settings);
    MainWindow window(settings, m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QCOMPARE(focused->objectName(), QStringLiteral("searchLineEdit"));
    QVERIFY(window.page(QStringLiteral("clusters"))->isAncestorOf(focused));

    QSignalSpy refresh(&window, &MainWindow::refreshRequested);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(refresh.first().first().toString(), QStringLiteral("clusters"));
}

void tst_MainWindow::geometryAndLastPageRemembered()
{
    QRect geometry;
    {
        AppSettings settings(m_path);
        configure(settings);
        MainWindow window(settings, m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(120, 90, 1100, 720);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        window.showPage(QStringLiteral("events"));
        geometry = window.geometry();
        window.close();
    }
    AppSettings settings(m_path);
    MainWindow again(settings, m_languages);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.currentPage()->key(), QStringLiteral("events"));
    QCOMPARE(again.size(), geometry.size());
    QCOMPARE(again.geometry().topLeft(), geometry.topLeft());
}

void tst_MainWindow::languageSwitchRetranslates()
{
    AppSettings settings(m_path);
    MainWindow window(settings, m_languages);
    QCOMPARE(window.windowTitle(), QStringLiteral("Looma Ops Console"));
    QCOMPARE(navText(window, 0), QStringLiteral("Cross-cloud"));

    QVERIFY(m_languages.applyCode(QStringLiteral("zh_CN")));
    // LanguageChange is posted, so the window retranslates on the next turn of the event loop.
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Looma 运维控制台"));
    QCOMPARE(navText(window, 0), QStringLiteral("跨云状态"));
    QCOMPARE(navText(window, 1), QStringLiteral("集群"));
    QCOMPARE(navText(window, 5), QStringLiteral("故障转移"));
    QVERIFY(window.sourceStatusWidget(DataSource::Registry)->text().startsWith(u"注册中心"));

    QVERIFY(m_languages.applyCode(QStringLiteral("en")));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Looma Ops Console"));
    QCOMPARE(navText(window, 0), QStringLiteral("Cross-cloud"));
}

void tst_MainWindow::settingsPageAppliesLanguageAtOnce()
{
    AppSettings settings(m_path);
    MainWindow window(settings, m_languages);
    window.show();
    window.showPage(QStringLiteral("settings"));
    SettingsPage *page = window.settingsPage();
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    auto *apply = page->findChild<QPushButton *>(QStringLiteral("applyPushButton"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(LanguageChoice::ZhCN)));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Looma 运维控制台"));
    QCOMPARE(apply->text(), QStringLiteral("应用(&A)"));
    QCOMPARE(settings.language(), LanguageChoice::ZhCN);

    combo->setCurrentIndex(combo->findData(static_cast<int>(LanguageChoice::En)));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Looma Ops Console"));
    QCOMPARE(navText(window, 7), QStringLiteral("Settings"));
}

void tst_MainWindow::statusBarShowsSources()
{
    AppSettings settings(m_path);
    MainWindow window(settings, m_languages);
    SourceStatusWidget *registry = window.sourceStatusWidget(DataSource::Registry);
    SourceStatusWidget *prometheus = window.sourceStatusWidget(DataSource::Prometheus);
    QCOMPARE(registry->objectName(), QStringLiteral("registrySourceStatusWidget"));
    QCOMPARE(registry->text(), QStringLiteral("Registry: not configured"));
    QCOMPARE(prometheus->text(), QStringLiteral("Prometheus: not configured"));

    // Configuring a source moves it to "connecting" until its client reports.
    configure(settings);
    QCOMPARE(prometheus->text(), QStringLiteral("Prometheus: connecting…"));

    SourceStatus stale;
    stale.state = SourceStatus::State::Stale;
    stale.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-190);
    stale.error = QStringLiteral("query timed out");
    window.setPrometheusStatus(stale);
    QCOMPARE(prometheus->text(), QStringLiteral("Prometheus: stale · 3 min"));
    QVERIFY(prometheus->toolTip().contains(u"query timed out"));
}

void tst_MainWindow::readOnlyIndicator()
{
    {
        AppSettings settings(m_path);
        MainWindow window(settings, m_languages);
        window.show();
        QVERIFY(!window.readOnlyIndicator()->isVisible());
        SettingsValues v = settings.values();
        v.readOnly = true;
        settings.setValues(v);
        QVERIFY(window.readOnlyIndicator()->isVisible());
        QCOMPARE(window.readOnlyIndicator()->text(), QStringLiteral("Read-only"));
    }
    AppSettings forced(m_dir->filePath(QStringLiteral("other.ini")));
    forced.forceReadOnlyForSession();
    MainWindow window(forced, m_languages);
    window.show();
    QVERIFY(window.readOnlyIndicator()->isVisible());
}

void tst_MainWindow::emptyStateLeadsToSettings()
{
    AppSettings settings(m_path);
    configure(settings); // Prometheus only: the registry is still missing
    MainWindow window(settings, m_languages);
    window.show();
    window.showPage(QStringLiteral("failover"));
    auto *page = qobject_cast<DashboardPage *>(window.currentPage());
    QVERIFY(page);
    QCOMPARE(page->emptyState()->heading(), QStringLiteral("No data source configured"));
    QVERIFY(page->emptyState()->text().contains(u"Registry"));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("emptyStateActionPushButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window.currentPage()->key(), QStringLiteral("settings"));
}

void tst_MainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("LOOMA_TEST_ARTIFACTS");
    if (dir.isEmpty())
        QSKIP("LOOMA_TEST_ARTIFACTS is not set");
    QVERIFY(QDir().mkpath(dir));
    AppSettings settings(m_path);
    configure(settings);
    settings.forceReadOnlyForSession();
    MainWindow window(settings, m_languages);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SourceStatus live;
    live.state = SourceStatus::State::Live;
    live.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-4);
    SourceStatus stale;
    stale.state = SourceStatus::State::Stale;
    stale.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-420);
    stale.error = QStringLiteral("connection refused");
    window.setRegistryStatus(stale);
    window.setPrometheusStatus(live);
    for (const char *code : {"zh_CN", "en"}) {
        QVERIFY(m_languages.applyCode(QLatin1String(code)));
        QCoreApplication::processEvents();
        for (const char *page : {"aiServices", "settings"}) {
            window.showPage(QLatin1String(page));
            QCoreApplication::processEvents();
            const QString file = QDir(dir).filePath(
                QStringLiteral("mainwindow_%1_%2.png").arg(QLatin1String(page), QLatin1String(code)));
            QVERIFY(window.grab().save(file));
        }
    }
    // The dark theme, to see that every text and icon stays readable on it.
    Theme::apply(ThemeChoice::Dark);
    QCoreApplication::processEvents();
    window.showPage(QStringLiteral("crossCloud"));
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("mainwindow_crossCloud_en_dark.png"))));
    Theme::apply(ThemeChoice::System);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
