#pragma once

#include "SettingsValues.h"
#include "SourceStatus.h"
#include "status/DataSource.h"

#include <QMainWindow>
#include <QMap>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace looma {

class AppSettings;
class ConsoleSession;
class LanguageManager;
class RejectedRowsBanner;
class PageBase;
class ReadOnlyIndicator;
class SchedulerHost;
class SettingsPage;
class SourceStatusWidget;

// The shell: navigation on the left, one page at a time, data-source status at the bottom.
// Pages live in ui/pages; the window only switches between them and forwards shortcuts
// (Ctrl+1..8 pages, Ctrl+F search, F5 refresh, Ctrl+Q quit).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // session: the live data of this window, started by the caller. Without one (the shell alone,
    // as some tests use it) the window makes an idle session of its own and shows empty states.
    MainWindow(AppSettings &settings, LanguageManager &languages, ConsoleSession *session,
               QWidget *parent = nullptr);
    MainWindow(AppSettings &settings, LanguageManager &languages, QWidget *parent = nullptr);

    ConsoleSession *session() const { return m_session; }
    // The scheduler running in this window (health checks, automatic failover): its status goes to
    // the status bar and its decisions to the Failover page. Without one, the scheduler's status
    // follows the registry's, as a window that only watches.
    void setSchedulerHost(looma::SchedulerHost *host);
    RejectedRowsBanner *rejectedRowsBanner() const { return m_rejectedBanner; }

    QList<PageBase *> pages() const { return m_pageList; }
    PageBase *page(const QString &key) const;
    PageBase *currentPage() const;
    SettingsPage *settingsPage() const { return m_settingsPage; }
    SourceStatusWidget *sourceStatusWidget(DataSource source) const { return m_statusWidgets.value(source); }
    ReadOnlyIndicator *readOnlyIndicator() const { return m_readOnlyIndicator; }

public Q_SLOTS:
    void showPage(const QString &key);
    // Where the clients report; the status bar and the pages' empty states follow.
    void setSourceStatus(looma::DataSource source, const looma::SourceStatus &status);
    void setRegistryStatus(const looma::SourceStatus &status)
    {
        setSourceStatus(DataSource::Registry, status);
    }
    void setPrometheusStatus(const looma::SourceStatus &status)
    {
        setSourceStatus(DataSource::Prometheus, status);
    }
    void setSchedulerStatus(const looma::SourceStatus &status)
    {
        setSourceStatus(DataSource::Scheduler, status);
    }

Q_SIGNALS:
    // F5 on a page: fetch fresh data for it now.
    void refreshRequested(const QString &pageKey);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void connectSession();
    void onPageChanged(PageBase *page);
    bool sourceConfigured(DataSource source) const;
    void createNavigation();
    void updateNavigationPalette();
    void createMenus();
    void createStatusBar();
    QWidget *createProblemBanner();
    void restoreWindow();
    void onSettingsChanged();
    void updateSourcesFromSettings();
    void updateReadOnly();
    void updateProblemBanner();
    void showAbout();
    void retranslateUi();

    AppSettings &m_settings;
    LanguageManager &m_languages;
    ConsoleSession *m_session = nullptr;
    SchedulerHost *m_schedulerHost = nullptr;
    RejectedRowsBanner *m_rejectedBanner = nullptr;
    LanguageChoice m_languageSeen = LanguageChoice::System;
    ThemeChoice m_themeSeen = ThemeChoice::System;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<PageBase *> m_pageList;
    SettingsPage *m_settingsPage = nullptr;
    QFrame *m_problemBanner = nullptr;
    QLabel *m_problemLabel = nullptr;

    QMenu *m_consoleMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_pageActions = nullptr;

    QMap<DataSource, SourceStatusWidget *> m_statusWidgets;
    QMap<DataSource, SourceStatus> m_sourceStatus;
    ReadOnlyIndicator *m_readOnlyIndicator = nullptr;
};

} // namespace looma
