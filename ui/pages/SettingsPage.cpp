#include "SettingsPage.h"

#include "AppSettings.h"
#include "Icons.h"
#include "SettingsValidator.h"
#include "settings/AppearanceSettingsGroup.h"
#include "settings/ConnectionTestRow.h"
#include "settings/PollingSettingsGroup.h"
#include "settings/PrometheusSettingsGroup.h"
#include "settings/RegistrySettingsGroup.h"
#include "settings/SchedulerSettingsGroup.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace looma {
namespace {

// The settings key a problem names, and the line edit that shows it.
const std::pair<const char *, const char *> fieldOfKey[] = {
    {"registry/dsn", "registryDsnLineEdit"},
    {"registry/service", "registryServiceLineEdit"},
    {"prometheus/url", "prometheusUrlLineEdit"},
    {"prometheus/bearerTokenFile", "prometheusTokenFileLineEdit"},
    {"prometheus/basicUser", "prometheusUserLineEdit"},
    {"prometheus/basicPasswordFile", "prometheusPasswordFileLineEdit"},
    {"prometheus/caFile", "prometheusCaFileLineEdit"},
    {"labels/node", "nodeLabelLineEdit"},
    {"labels/service", "serviceLabelLineEdit"},
    {"labels/cluster", "clusterLabelLineEdit"},
};

} // namespace

SettingsPage::SettingsPage(AppSettings &settings, QWidget *parent)
    : PageBase(QStringLiteral("settings"), parent)
    , m_settings(settings)
    , m_registry(new RegistrySettingsGroup(this))
    , m_prometheus(new PrometheusSettingsGroup(this))
    , m_polling(new PollingSettingsGroup(this))
    , m_scheduler(new SchedulerSettingsGroup(this))
    , m_appearance(new AppearanceSettingsGroup(this))
    , m_titleLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_messageIconLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_applyButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    m_fileLabel->setObjectName(QStringLiteral("settingsFileLabel"));
    m_messageLabel->setObjectName(QStringLiteral("validationLabel"));
    m_applyButton->setObjectName(QStringLiteral("applyPushButton"));
    m_revertButton->setObjectName(QStringLiteral("revertPushButton"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_applyButton->setDefault(true);

    // Two columns: connections on the left, policy and appearance on the right.
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("settingsFormWidget"));
    auto *columns = new QHBoxLayout(form);
    auto *left = new QVBoxLayout;
    left->addWidget(m_registry);
    left->addWidget(m_prometheus);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_polling);
    right->addWidget(m_scheduler);
    right->addWidget(m_appearance);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_messageIconLabel, 0, Qt::AlignTop);
    bottom->addWidget(m_messageLabel, 1);
    bottom->addWidget(m_revertButton, 0, Qt::AlignBottom);
    bottom->addWidget(m_applyButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_fileLabel);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_applyButton, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_registry->testRow(), &ConnectionTestRow::testRequested, this, [this] {
        const QList<SettingsProblem> problems = problemsUnder(QStringLiteral("registry/"));
        if (!problems.isEmpty())
            m_registry->testRow()->setOutcome(ConnectionTestRow::Outcome::Failed, problems.first().message);
        else
            Q_EMIT testRegistryRequested(m_registry->values());
    });
    connect(m_prometheus->testRow(), &ConnectionTestRow::testRequested, this, [this] {
        const QList<SettingsProblem> problems = problemsUnder(QStringLiteral("prometheus/"));
        if (!problems.isEmpty())
            m_prometheus->testRow()->setOutcome(ConnectionTestRow::Outcome::Failed, problems.first().message);
        else
            Q_EMIT testPrometheusRequested(m_prometheus->values());
    });
    loadForm();
    retranslateUi();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}
QIcon SettingsPage::icon() const
{
    return icons::load("nav-settings");
}

SettingsValues SettingsPage::formValues() const
{
    SettingsValues v;
    v.registry = m_registry->values();
    v.prometheus = m_prometheus->values();
    v.refresh = m_polling->refresh();
    v.labels = m_polling->labels();
    v.scheduler = m_scheduler->values();
    v.language = m_appearance->language();
    v.theme = m_appearance->theme();
    v.readOnly = m_appearance->readOnly();
    return v;
}

void SettingsPage::loadForm()
{
    const SettingsValues v = m_settings.values();
    m_registry->setValues(v.registry);
    m_prometheus->setValues(v.prometheus);
    m_polling->setValues(v.refresh, v.labels);
    m_scheduler->setValues(v.scheduler);
    m_appearance->setValues(v.language, v.theme, v.readOnly, m_settings.isReadOnlyForced());
}

bool SettingsPage::apply()
{
    const SettingsValues values = formValues();
    const QList<SettingsProblem> problems = SettingsValidator::validate(values);
    showProblems(problems);
    if (!problems.isEmpty())
        return false;
    const bool written = m_settings.setValues(values);
    m_lastMessage = written ? LastMessage::Applied : LastMessage::WriteFailed;
    retranslateUi();
    Q_EMIT applied();
    return written;
}

void SettingsPage::revert()
{
    loadForm();
    showProblems({});
    m_lastMessage = LastMessage::None;
    retranslateUi();
}

QList<SettingsProblem> SettingsPage::problemsUnder(const QString &group) const
{
    QList<SettingsProblem> out;
    for (const SettingsProblem &p : SettingsValidator::validate(formValues())) {
        if (p.key.startsWith(group))
            out.append(p);
    }
    return out;
}

void SettingsPage::clearFieldMarks()
{
    for (const auto &[edit, action] : std::as_const(m_fieldMarks)) {
        edit->removeAction(action);
        action->deleteLater();
    }
    m_fieldMarks.clear();
}

void SettingsPage::showProblems(const QList<SettingsProblem> &problems)
{
    clearFieldMarks();
    m_messages.clear();
    for (const SettingsProblem &p : problems) {
        m_messages << p.message;
        for (const auto &[key, objectName] : fieldOfKey) {
            if (p.key != QLatin1String(key))
                continue;
            if (auto *edit = findChild<QLineEdit *>(QLatin1String(objectName))) {
                // An icon in the field and the reason in its tooltip: visible without relying on colour.
                QAction *mark = edit->addAction(icons::load("status-failed"), QLineEdit::TrailingPosition);
                mark->setToolTip(p.message);
                m_fieldMarks.append({edit, mark});
            }
        }
    }
    m_lastMessage = problems.isEmpty() ? LastMessage::None : LastMessage::Invalid;
    if (!problems.isEmpty())
        showMessage(tr("Not applied. Please correct:") + u'\n' + u"• " + m_messages.join(u"\n• "), true);
    else
        showMessage(QString(), false);
}

void SettingsPage::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    const int size = fontMetrics().height();
    m_messageIconLabel->setPixmap(
        text.isEmpty() ? QPixmap()
                       : icons::load(isError ? "status-failed" : "status-live").pixmap(size, size));
}

void SettingsPage::setConnectionTestsAvailable(bool available)
{
    m_registry->testRow()->setAvailable(available);
    m_prometheus->testRow()->setAvailable(available);
}

void SettingsPage::showRegistryTestResult(bool ok, const QString &text)
{
    m_registry->testRow()->setOutcome(
        ok ? ConnectionTestRow::Outcome::Passed : ConnectionTestRow::Outcome::Failed, text);
}

void SettingsPage::showPrometheusTestResult(bool ok, const QString &text)
{
    m_prometheus->testRow()->setOutcome(
        ok ? ConnectionTestRow::Outcome::Passed : ConnectionTestRow::Outcome::Failed, text);
}

void SettingsPage::retranslateUi()
{
    m_titleLabel->setText(title());
    m_fileLabel->setText(tr("Settings file: %1").arg(QDir::toNativeSeparators(m_settings.filePath())));
    m_applyButton->setText(tr("&Apply"));
    m_revertButton->setText(tr("Re&vert"));
    switch (m_lastMessage) {
    case LastMessage::None:
        break;
    case LastMessage::Applied:
        showMessage(tr("Settings applied and saved."), false);
        break;
    case LastMessage::WriteFailed:
        showMessage(m_settings.problems().isEmpty() ? tr("The settings could not be saved.")
                                                    : m_settings.problems().constLast(),
                    true);
        break;
    case LastMessage::Invalid:
        showProblems(SettingsValidator::validate(formValues())); // the sentences in the new language
        break;
    }
}

} // namespace looma
