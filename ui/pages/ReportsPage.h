#pragma once

#include "DashboardPage.h"
#include "ReportRequest.h"

#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace looma {

class ConsoleSession;
class RecentReportsList;
class ReportJob;

// SLA and incident reports for a range (last 24 h, 7 days, last month or custom), a scope (all,
// one cloud, one service), a format and a language, written to a file the operator chooses.
// Generation runs in ReportJob (asynchronous collection, rendering on a pool thread): the window
// stays responsive, the progress bar shows the stage, Cancel stops it.
class ReportsPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit ReportsPage(ConsoleSession *session, QWidget *parent = nullptr);
    explicit ReportsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    // The request the form describes now (presets are computed against the current time).
    ReportRequest request() const;
    bool isGenerating() const;
    QString lastReportPath() const { return m_lastPath; }

public Q_SLOTS:
    void generate();
    void cancel();

Q_SIGNALS:
    void reportFinished(const QString &path, const QString &error);

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
    void retranslateUi() override;

private:
    QWidget *buildForm();
    void onRangeChanged();
    void onScopeKindChanged();
    void updateDefaultPath();
    void browse();
    void onFinished(const QString &path, const QString &error);
    void setRunning(bool running);
    void showError(const QString &text);
    QString defaultDirectory() const;

    ConsoleSession *m_session = nullptr;
    QPointer<ReportJob> m_job;
    QString m_autoPath; // the last path this page proposed; replaced while the user keeps it
    QString m_lastPath;

    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_scopeKind = nullptr;
    QComboBox *m_scopeValue = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_open = nullptr;
    RecentReportsList *m_recent = nullptr;
    QList<QLabel *> m_formLabels;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
};

} // namespace looma
