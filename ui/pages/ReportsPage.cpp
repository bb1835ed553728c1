#include "ReportsPage.h"

#include "ConsoleSession.h"
#include "Icons.h"
#include "ReportJob.h"
#include "StatusText.h"
#include "reports/RecentReportsList.h"
#include "reports/ReportPresets.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace looma {

namespace {
using Range = ReportPresets::Range;
enum ScopeKind { ScopeAll, ScopeCloud, ScopeService };
const QStringList serviceNames = {QStringLiteral("ai-gateway"),       QStringLiteral("resume-service"),
                                  QStringLiteral("matching-service"), QStringLiteral("chat-service"),
                                  QStringLiteral("vector-service"),   ReportScope::crmName()};
const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    return box;
}
} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : ReportsPage(nullptr, parent)
{
}

ReportsPage::ReportsPage(ConsoleSession *session, QWidget *parent)
    : DashboardPage(QStringLiteral("reports"), {DataSource::Registry, DataSource::Prometheus}, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportsPage"));
    setContentWidget(buildForm());
    // The form is useful before any data arrives: a report states what it could not obtain.
    setHasData(true);
    connect(this, &DashboardPage::searchTextChanged, m_recent, &RecentReportsList::setFilterText);
    retranslateUi();
    onRangeChanged();
    onScopeKindChanged();
    setRunning(false);
}

QWidget *ReportsPage::buildForm()
{
    auto *content = new QWidget(this);
    m_range = combo(content, "rangeComboBox");
    for (int i = 0; i < 4; ++i)
        m_range->addItem(QString(), i);
    m_from = new QDateTimeEdit(content);
    m_from->setObjectName(QStringLiteral("fromDateTimeEdit"));
    m_to = new QDateTimeEdit(content);
    m_to->setObjectName(QStringLiteral("toDateTimeEdit"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(dateFormat);
        edit->setCalendarPopup(true);
        edit->setDateTime(QDateTime::currentDateTime());
    }
    m_scopeKind = combo(content, "scopeComboBox");
    for (int i = 0; i < 3; ++i)
        m_scopeKind->addItem(QString(), i);
    m_scopeValue = combo(content, "scopeValueComboBox");
    m_format = combo(content, "formatComboBox");
    m_format->addItem(QStringLiteral("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(QStringLiteral("HTML"), int(ReportFormat::Html));
    m_format->addItem(QStringLiteral("CSV"), int(ReportFormat::Csv));
    m_language = combo(content, "languageComboBox");
    m_language->addItem(QStringLiteral("简体中文 (zh_CN)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));
    m_output = new QLineEdit(content);
    m_output->setObjectName(QStringLiteral("outputPathLineEdit"));
    m_browse = new QPushButton(content);
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_generate = new QPushButton(content);
    m_generate->setObjectName(QStringLiteral("generatePushButton"));
    m_generate->setDefault(true);
    m_cancel = new QPushButton(content);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("reportProgressBar"));
    m_progress->setRange(0, 100);
    m_stage = new QLabel(content);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("reportErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_result = new QLabel(content);
    m_result->setObjectName(QStringLiteral("reportResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(content);
    m_open->setObjectName(QStringLiteral("openReportPushButton"));
    m_recent = new RecentReportsList(content);
    m_recentLabel = new QLabel(content);

    auto *span = new QHBoxLayout;
    m_fromLabel = new QLabel(content);
    m_toLabel = new QLabel(content);
    span->addWidget(m_fromLabel);
    span->addWidget(m_from);
    span->addSpacing(12);
    span->addWidget(m_toLabel);
    span->addWidget(m_to);
    span->addStretch(1);
    auto *rangeRow = new QVBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addLayout(span);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeKind);
    scopeRow->addWidget(m_scopeValue, 1);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QList<QLayout *> fields = {rangeRow, scopeRow, nullptr, nullptr, outputRow};
    const QList<QWidget *> widgets = {nullptr, nullptr, m_format, m_language, nullptr};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(content);
        m_formLabels << label;
        if (fields.at(i))
            form->addRow(label, fields.at(i));
        else
            form->addRow(label, widgets.at(i));
    }
    auto *formBox = new QWidget(content);
    formBox->setLayout(form);
    formBox->setMaximumWidth(820);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_open, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(formBox);
    layout->addLayout(buttons);
    layout->addWidget(m_stage);
    layout->addWidget(m_error);
    layout->addLayout(resultRow);
    layout->addSpacing(8);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &ReportsPage::onRangeChanged);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &ReportsPage::onScopeKindChanged);
    connect(m_scopeValue, &QComboBox::currentIndexChanged, this, &ReportsPage::updateDefaultPath);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportsPage::updateDefaultPath);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ReportsPage::updateDefaultPath);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ReportsPage::updateDefaultPath);
    connect(m_browse, &QPushButton::clicked, this, &ReportsPage::browse);
    connect(m_generate, &QPushButton::clicked, this, &ReportsPage::generate);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastPath)); });
    connect(m_recent, &RecentReportsList::openRequested, this,
            [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    return content;
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return icons::load("nav-reports");
}

QString ReportsPage::description() const
{
    return tr("Daily and weekly SLA reports and incident reports, exported as PDF, HTML or CSV.");
}

QString ReportsPage::searchPlaceholder() const
{
    return tr("Filter reports…");
}

void ReportsPage::retranslateUi()
{
    DashboardPage::retranslateUi();
    for (int i = 0; i < m_range->count(); ++i)
        m_range->setItemText(i, ReportPresets::rangeName(Range(i)));
    m_scopeKind->setItemText(ScopeAll, tr("Whole fleet"));
    m_scopeKind->setItemText(ScopeCloud, tr("One cloud"));
    m_scopeKind->setItemText(ScopeService, tr("One service"));
    const QStringList labels = {tr("Range:"), tr("Scope:"), tr("Format:"), tr("Report language:"), tr("Output:")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_browse->setText(tr("Browse…"));
    m_generate->setText(tr("Generate"));
    m_cancel->setText(tr("Cancel"));
    m_open->setText(tr("Open"));
    m_recentLabel->setText(tr("Reports written in this session (double-click to open):"));
    m_output->setPlaceholderText(tr("File (PDF, HTML) or folder (CSV)"));
    onScopeKindChanged();
}

void ReportsPage::onRangeChanged()
{
    const auto range = Range(m_range->currentData().toInt());
    const bool custom = range == Range::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const ReportPresets::Span span = ReportPresets::span(range, QDateTime::currentDateTime());
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(span.from);
        m_to->setDateTime(span.to);
    }
    updateDefaultPath();
}

void ReportsPage::onScopeKindChanged()
{
    const QString current = m_scopeValue->currentData().toString();
    const QSignalBlocker block(m_scopeValue);
    m_scopeValue->clear();
    switch (m_scopeKind->currentIndex()) {
    case ScopeCloud:
        m_scopeValue->addItem(StatusText::cloud(Cloud::Tencent), QStringLiteral("tencent"));
        m_scopeValue->addItem(StatusText::cloud(Cloud::Alibaba), QStringLiteral("alibaba"));
        break;
    case ScopeService:
        for (const QString &name : serviceNames)
            m_scopeValue->addItem(name == ReportScope::crmName() ? tr("Looma CRM (crm)") : name, name);
        break;
    default:
        break;
    }
    m_scopeValue->setEnabled(m_scopeValue->count() > 0);
    const int again = m_scopeValue->findData(current);
    if (again >= 0)
        m_scopeValue->setCurrentIndex(again);
    updateDefaultPath();
}

ReportRequest ReportsPage::request() const
{
    ReportRequest request;
    const auto range = Range(m_range->currentData().toInt());
    if (range == Range::Custom) {
        request.from = m_from->dateTime();
        request.to = m_to->dateTime();
    } else {
        const ReportPresets::Span span = ReportPresets::span(range, QDateTime::currentDateTime());
        request.from = span.from;
        request.to = span.to;
    }
    switch (m_scopeKind->currentIndex()) {
    case ScopeCloud:
        request.scope = {ReportScope::Kind::Cloud, m_scopeValue->currentData().toString()};
        break;
    case ScopeService:
        request.scope = {ReportScope::Kind::Service, m_scopeValue->currentData().toString()};
        break;
    default:
        break;
    }
    request.format = ReportFormat(m_format->currentData().toInt());
    request.language = m_language->currentData().toString();
    return request;
}

QString ReportsPage::defaultDirectory() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ReportsPage::updateDefaultPath()
{
    if (!m_output)
        return;
    // Replace the proposal only while the user has not typed a path of their own.
    const QString current = m_output->text();
    if (!current.isEmpty() && current != m_autoPath) {
        // Keep their folder and name, but follow the format's suffix.
        QFileInfo info(current);
        const QString suffix = ReportPresets::suffix(request().format);
        const QString base = info.completeSuffix().isEmpty() ? info.fileName() : info.completeBaseName();
        const QString next = info.dir().filePath(base + suffix);
        if (next != current)
            m_output->setText(next);
        return;
    }
    QDir dir(current.isEmpty() ? defaultDirectory() : QFileInfo(current).absolutePath());
    m_autoPath = dir.filePath(ReportPresets::defaultFileName(request()));
    m_output->setText(m_autoPath);
}

void ReportsPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Save the report as"), m_output->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool csv = request().format == ReportFormat::Csv;
    if (csv) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(ReportPresets::suffix(request().format).mid(1));
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_output->setText(path); });
    dialog->open();
}

bool ReportsPage::isGenerating() const
{
    return m_job && m_job->isRunning();
}

void ReportsPage::generate()
{
    if (isGenerating())
        return;
    const ReportRequest req = request();
    QStringList problems = req.validate();
    const QString path = m_output->text().trimmed();
    if (path.isEmpty())
        problems << tr("Choose where to write the report.");
    else if (!QFileInfo(path).absoluteDir().exists())
        problems << tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    if (!problems.isEmpty()) {
        showError(problems.join(u'\n'));
        return;
    }
    showError({});
    m_result->clear();
    m_open->hide();
    if (m_job)
        m_job->deleteLater();
    // A fresh job per report, on the session's current clients (a settings change replaces them).
    RegistryClient *registry = m_session ? m_session->registry() : nullptr;
    PromClient *prometheus = m_session && m_session->config().prometheusConfigured ? m_session->prometheus() : nullptr;
    m_job = new ReportJob(registry, prometheus, this);
    connect(m_job, &ReportJob::progress, this, [this](int percent, const QString &stage) {
        m_progress->setValue(percent);
        m_stage->setText(stage);
    });
    connect(m_job, &ReportJob::finished, this, &ReportsPage::onFinished);
    m_progress->setValue(0);
    m_stage->setText(tr("Starting…"));
    setRunning(true);
    m_job->start(req, path);
}

void ReportsPage::cancel()
{
    if (!isGenerating())
        return;
    m_job->cancel();
    setRunning(false);
    m_progress->setValue(0);
    m_stage->setText(tr("Cancelled; no report was written."));
}

void ReportsPage::onFinished(const QString &path, const QString &error)
{
    setRunning(false);
    if (!error.isEmpty()) {
        m_stage->clear();
        showError(tr("The report was not written: %1").arg(error));
        Q_EMIT reportFinished({}, error);
        return;
    }
    m_lastPath = path;
    m_result->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    m_open->show();
    // Written, but a source that did not answer leaves gaps: say which, and why, here too.
    QStringList unreachable;
    for (const ReportSource &source : m_job->data().header.sources) {
        if (!source.ok)
            unreachable << (source.kind == ReportSource::Kind::Registry ? tr("the registry (%1)").arg(source.location)
                                                                        : tr("Prometheus (%1)").arg(source.location));
    }
    if (!unreachable.isEmpty()) {
        QString first;
        for (const ReportGap &gap : m_job->data().header.gaps) {
            first = gap.error;
            break;
        }
        showError(tr("Could not reach %1; the report states the gaps. First error: %2")
                      .arg(unreachable.join(tr(" and ")), first));
    }
    const ReportRequest req = request();
    m_recent->addReport(path, tr("%1 to %2, %3")
                                  .arg(m_from->dateTime().toString(dateFormat), m_to->dateTime().toString(dateFormat),
                                       req.scope.toText()));
    Q_EMIT reportFinished(path, {});
}

void ReportsPage::setRunning(bool running)
{
    m_generate->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_range, m_scopeKind, m_scopeValue, m_format, m_language,
                                                       m_output, m_browse})
        w->setEnabled(!running);
    if (!running) {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        m_scopeValue->setEnabled(m_scopeValue->count() > 0);
    } else {
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    }
    if (m_open && m_lastPath.isEmpty())
        m_open->hide();
}

void ReportsPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace looma
