#include "MainWindow.h"

#include "AppSettings.h"
#include "ConnectionTester.h"
#include "ConsoleSession.h"
#include "Icons.h"
#include "LanguageManager.h"
#include "Theme.h"
#include "pages/AiServicesPage.h"
#include "pages/ClustersPage.h"
#include "pages/CrmPage.h"
#include "pages/CrossCloudPage.h"
#include "pages/EventsPage.h"
#include "pages/FailoverPage.h"
#include "pages/ReportsPage.h"
#include "pages/SettingsPage.h"
#include "PanelRefresher.h"
#include "SchedulerHost.h"
#include "SchedulerService.h"
#include "status/ReadOnlyIndicator.h"
#include "status/RejectedRowsBanner.h"
#include "status/SourceStatusWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace looma {

MainWindow::MainWindow(AppSettings &settings, LanguageManager &languages, QWidget *parent)
    : MainWindow(settings, languages, static_cast<ConsoleSession *>(nullptr), parent)
{
}

MainWindow::MainWindow(AppSettings &settings, LanguageManager &languages, ConsoleSession *session,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_session(session ? session : new ConsoleSession(&settings, this))
    , m_languageSeen(settings.language())
    , m_themeSeen(settings.theme())
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icons::application());
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));

    createPages();
    createNavigation();
    createMenus();
    createStatusBar();

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createProblemBanner());
    m_rejectedBanner = new RejectedRowsBanner(this);
    layout->addWidget(m_rejectedBanner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    connect(&m_settings, &AppSettings::changed, this, &MainWindow::onSettingsChanged);
    retranslateUi();
    updateSourcesFromSettings();
    connectSession();
    updateReadOnly();
    updateProblemBanner();
    restoreWindow();
}

void MainWindow::createPages()
{
    m_settingsPage = new SettingsPage(m_settings, this);
    m_pageList = {new CrossCloudPage(m_session, this), new ClustersPage(m_session, this),
                  new AiServicesPage(m_session, this),  new CrmPage(m_session, this),
                  new EventsPage(m_session, this),      new FailoverPage(m_session, this),
                  new ReportsPage(m_session, this),     m_settingsPage};
    if (auto *failover = qobject_cast<FailoverPage *>(page(QStringLiteral("failover"))))
        failover->setSettings(&m_settings);
    for (PageBase *page : std::as_const(m_pageList)) {
        m_stack->addWidget(page);
        if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
            connect(dashboard, &DashboardPage::openSettingsRequested, this,
                    [this] { showPage(QStringLiteral("settings")); });
        }
    }
}

void MainWindow::createNavigation()
{
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // The list takes the window's colour, like a sidebar, rather than an input field's white.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    updateNavigationPalette();
    for (PageBase *page : std::as_const(m_pageList)) {
        auto *item = new QListWidgetItem(page->icon(), QString(), m_navigation);
        item->setData(Qt::UserRole, page->key());
        item->setSizeHint(QSize(0, 36));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pageList.size())
            return;
        m_stack->setCurrentIndex(row);
        m_settings.setLastPage(m_pageList.at(row)->key());
        onPageChanged(m_pageList.at(row));
        if (const QList<QAction *> actions = m_pageActions->actions(); row < actions.size())
            actions.at(row)->setChecked(true);
    });
}

void MainWindow::createMenus()
{
    m_consoleMenu = menuBar()->addMenu(QString());
    m_consoleMenu->setObjectName(QStringLiteral("consoleMenu"));
    m_refreshAction = m_consoleMenu->addAction(QString(), this, [this] {
        if (PageBase *page = currentPage()) {
            m_session->refresh();
            page->refresh();
            Q_EMIT refreshRequested(page->key());
        }
    });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = m_consoleMenu->addAction(QString(), this, [this] {
        if (PageBase *page = currentPage())
            page->focusSearch();
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_consoleMenu->addSeparator();
    m_quitAction = m_consoleMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < m_pageList.size(); ++i) {
        PageBase *page = m_pageList.at(i);
        QAction *action = m_goMenu->addAction(page->icon(), QString());
        QString name = page->key();
        name[0] = name[0].toUpper();
        action->setObjectName(QStringLiteral("show%1PageAction").arg(name));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    for (DataSource source : {DataSource::Registry, DataSource::Prometheus, DataSource::Scheduler}) {
        auto *widget = new SourceStatusWidget(source, this);
        const char *name = source == DataSource::Registry     ? "registrySourceStatusWidget"
                           : source == DataSource::Prometheus ? "prometheusSourceStatusWidget"
                                                              : "schedulerSourceStatusWidget";
        widget->setObjectName(QLatin1String(name));
        statusBar()->addWidget(widget);
        m_statusWidgets.insert(source, widget);
        m_sourceStatus.insert(source, SourceStatus{});
    }
    m_readOnlyIndicator = new ReadOnlyIndicator(this);
    statusBar()->addPermanentWidget(m_readOnlyIndicator);
}

QWidget *MainWindow::createProblemBanner()
{
    m_problemBanner = new QFrame(this);
    m_problemBanner->setObjectName(QStringLiteral("settingsProblemFrame"));
    m_problemBanner->setFrameShape(QFrame::StyledPanel);
    m_problemBanner->setAutoFillBackground(true);
    m_problemBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_problemBanner->setForegroundRole(QPalette::ToolTipText);
    auto *icon = new QLabel(m_problemBanner);
    icon->setPixmap(icons::load("status-stale").pixmap(20, 20));
    m_problemLabel = new QLabel(m_problemBanner);
    m_problemLabel->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_problemBanner);
    close->setObjectName(QStringLiteral("settingsProblemCloseToolButton"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    connect(close, &QToolButton::clicked, m_problemBanner, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_problemBanner);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_problemLabel, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    return m_problemBanner;
}

PageBase *MainWindow::page(const QString &key) const
{
    for (PageBase *page : m_pageList) {
        if (page->key() == key)
            return page;
    }
    return nullptr;
}

PageBase *MainWindow::currentPage() const
{
    return qobject_cast<PageBase *>(m_stack->currentWidget());
}

void MainWindow::showPage(const QString &key)
{
    if (PageBase *target = page(key))
        m_navigation->setCurrentRow(int(m_pageList.indexOf(target)));
}

void MainWindow::restoreWindow()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    // First run: nothing to show until a data source is set, so open where that is done.
    const QString last = m_settings.lastPage();
    if (!sourceConfigured(DataSource::Registry) && !sourceConfigured(DataSource::Prometheus))
        showPage(QStringLiteral("settings"));
    else if (page(last))
        showPage(last);
    else
        showPage(m_pageList.first()->key());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateNavigationPalette()
{
    // A light tint of the highlight instead of a solid bar, so the (blue) page icon stays visible
    // on the selected row; recomputed when the theme changes the application palette.
    QPalette palette = QApplication::palette();
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlpha(60);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, tint);
        palette.setColor(group, QPalette::HighlightedText, palette.color(group, QPalette::WindowText));
    }
    m_navigation->setPalette(palette);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::ApplicationPaletteChange)
        updateNavigationPalette();
    QMainWindow::changeEvent(event);
}

void MainWindow::setSourceStatus(DataSource source, const SourceStatus &status)
{
    m_sourceStatus.insert(source, status);
    if (SourceStatusWidget *widget = m_statusWidgets.value(source))
        widget->setStatus(status);
    for (PageBase *page : std::as_const(m_pageList)) {
        if (auto *dashboard = qobject_cast<DashboardPage *>(page))
            dashboard->setSourceStatus(source, status);
    }
}

void MainWindow::onSettingsChanged()
{
    // Re-apply language and theme only when they were changed in the settings, so a --lang given on
    // the command line survives an Apply of unrelated fields.
    if (m_settings.language() != m_languageSeen) {
        m_languageSeen = m_settings.language();
        m_languages.apply(m_languageSeen);
    }
    if (m_settings.theme() != m_themeSeen) {
        m_themeSeen = m_settings.theme();
        Theme::apply(m_themeSeen);
    }
    m_session->applySettings();
    updateSourcesFromSettings();
    updateReadOnly();
    updateProblemBanner();
}

void MainWindow::updateSourcesFromSettings()
{
    // The settings decide only "configured or not"; once configured, the clients report the rest.
    // The scheduler decides through the registry (leadership, failover rows), so it follows it.
    const bool registry = sourceConfigured(DataSource::Registry);
    const std::pair<DataSource, bool> configured[] = {
        {DataSource::Registry, registry},
        {DataSource::Prometheus, sourceConfigured(DataSource::Prometheus)},
        {DataSource::Scheduler, registry}};
    for (const auto &[source, isConfigured] : configured) {
        if (source == DataSource::Scheduler && m_schedulerHost)
            continue; // a running scheduler reports for itself
        const SourceStatus current = m_sourceStatus.value(source);
        if (!isConfigured && current.state != SourceStatus::State::NotConfigured) {
            setSourceStatus(source, SourceStatus{});
        } else if (isConfigured && current.state == SourceStatus::State::NotConfigured) {
            SourceStatus connecting;
            connecting.state = SourceStatus::State::Connecting;
            setSourceStatus(source, connecting);
        } else {
            setSourceStatus(source, current);
        }
    }
}

bool MainWindow::sourceConfigured(DataSource source) const
{
    // A running session knows about --registry / --prometheus; the settings alone do not.
    if (m_session->isStarted()) {
        return source == DataSource::Prometheus ? m_session->config().prometheusConfigured
                                                : m_session->config().registryConfigured;
    }
    return source == DataSource::Prometheus ? m_settings.prometheus().isConfigured()
                                            : m_settings.registry().isConfigured();
}

void MainWindow::connectSession()
{
    connect(m_session, &ConsoleSession::registryStatusChanged, this, &MainWindow::setRegistryStatus);
    connect(m_session, &ConsoleSession::prometheusStatusChanged, this, &MainWindow::setPrometheusStatus);
    connect(m_session, &ConsoleSession::rowsRejected, m_rejectedBanner, &RejectedRowsBanner::addRows);
    if (!m_session->rejectedRows().isEmpty())
        m_rejectedBanner->addRows(m_session->rejectedRows());
    if (m_session->isStarted()) {
        // Statuses reported before the window existed.
        if (m_session->config().registryConfigured)
            setRegistryStatus(m_session->registryStatus());
        if (m_session->config().prometheusConfigured)
            setPrometheusStatus(m_session->prometheusStatus());
    }
    ConnectionTester *tester = m_session->connectionTester();
    connect(m_settingsPage, &SettingsPage::testRegistryRequested, tester, &ConnectionTester::testRegistry);
    connect(m_settingsPage, &SettingsPage::testPrometheusRequested, tester, &ConnectionTester::testPrometheus);
    connect(tester, &ConnectionTester::registryTestFinished, m_settingsPage, &SettingsPage::showRegistryTestResult);
    connect(tester, &ConnectionTester::prometheusTestFinished, m_settingsPage,
            &SettingsPage::showPrometheusTestResult);
    m_settingsPage->setConnectionTestsAvailable(true);
    if (PageBase *page = currentPage())
        onPageChanged(page);
}

void MainWindow::setSchedulerHost(SchedulerHost *host)
{
    m_schedulerHost = host;
    auto *failover = qobject_cast<FailoverPage *>(page(QStringLiteral("failover")));
    connect(host, &SchedulerHost::statusChanged, this, &MainWindow::setSchedulerStatus);
    connect(host, &SchedulerHost::schedulerChanged, this, [failover](SchedulerService *scheduler) {
        if (failover)
            failover->setScheduler(scheduler);
    });
    if (failover)
        failover->setScheduler(host->scheduler());
    setSchedulerStatus(host->status());
}

void MainWindow::onPageChanged(PageBase *page)
{
    // Only the visible dashboard's panels are queried; a page switch fetches them at once.
    if (!m_session || !m_session->panels())
        return;
    m_session->panels()->setActivePage(page->key());
    if (m_session->isStarted())
        m_session->panels()->refreshNow();
}

void MainWindow::updateReadOnly()
{
    m_readOnlyIndicator->setVisible(m_settings.readOnly());
}

void MainWindow::updateProblemBanner()
{
    const QStringList problems = m_settings.problems();
    m_problemBanner->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        m_problemLabel->setText(tr("Problems with the settings file:") + u'\n' + problems.join(u'\n'));
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Looma Ops Console"),
                                tr("Looma Ops Console %1\n\nCross-cloud status, AI services, CRM dashboards "
                                   "and failover for Looma CRM on Tencent Cloud and Alibaba Cloud.")
                                    .arg(QStringLiteral(LOOMA_VERSION)),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Looma Ops Console"));
    int widest = 0;
    for (int i = 0; i < m_pageList.size(); ++i) {
        const QString title = m_pageList.at(i)->title();
        m_navigation->item(i)->setText(title);
        m_navigation->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
        m_pageActions->actions().at(i)->setText(title);
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(title));
    }
    // Wide enough for the longest title in this language, plus icon and padding.
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 48);
    m_consoleMenu->setTitle(tr("&Console"));
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find on this page"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Looma Ops Console"));
    updateProblemBanner();
}

} // namespace looma
