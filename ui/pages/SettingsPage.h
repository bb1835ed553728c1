#pragma once

#include "PageBase.h"
#include "SettingsValues.h"

#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace looma {

class AppSettings;
class AppearanceSettingsGroup;
class PollingSettingsGroup;
class PrometheusSettingsGroup;
class RegistrySettingsGroup;
class SchedulerSettingsGroup;
struct SettingsProblem;

// Edits a copy of the settings; Apply validates and stores it whole (language and theme take effect at
// once through AppSettings::changed), Revert reloads what is stored.
//
// Connection tests: the page emits testRegistryRequested / testPrometheusRequested with the form's
// current values and shows what showRegistryTestResult / showPrometheusTestResult report. Until a
// client is wired and setConnectionTestsAvailable(true) is called, a Test button says "not available".
class SettingsPage final : public PageBase
{
    Q_OBJECT

public:
    explicit SettingsPage(AppSettings &settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    SettingsValues formValues() const;
    // Validates and stores; false (and the problems shown) when something is wrong.
    bool apply();
    void revert();
    QStringList validationMessages() const { return m_messages; }

    void setConnectionTestsAvailable(bool available);

public Q_SLOTS:
    void showRegistryTestResult(bool ok, const QString &text);
    void showPrometheusTestResult(bool ok, const QString &text);

Q_SIGNALS:
    void testRegistryRequested(const looma::RegistrySettings &config);
    void testPrometheusRequested(const looma::PrometheusSettings &config);
    void applied();

protected:
    void retranslateUi() override;

private:
    void loadForm();
    void showProblems(const QList<SettingsProblem> &problems);
    void clearFieldMarks();
    void showMessage(const QString &text, bool isError);
    QList<SettingsProblem> problemsUnder(const QString &group) const;

    AppSettings &m_settings;
    RegistrySettingsGroup *m_registry = nullptr;
    PrometheusSettingsGroup *m_prometheus = nullptr;
    PollingSettingsGroup *m_polling = nullptr;
    SchedulerSettingsGroup *m_scheduler = nullptr;
    AppearanceSettingsGroup *m_appearance = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_messageIconLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QStringList m_messages;
    QList<QPair<QLineEdit *, QAction *>> m_fieldMarks;
    enum class LastMessage
    {
        None,
        Applied,
        WriteFailed,
        Invalid
    } m_lastMessage = LastMessage::None;
};

} // namespace looma
