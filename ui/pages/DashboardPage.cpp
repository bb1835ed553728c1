#include "DashboardPage.h"

#include "EmptyStateWidget.h"
#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace looma {

DashboardPage::DashboardPage(const QString &key, const QList<DataSource> &requiredSources, QWidget *parent)
    : PageBase(key, parent)
    , m_required(requiredSources)
    , m_titleLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_body(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
{
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    m_descriptionLabel->setObjectName(QStringLiteral("pageDescriptionLabel"));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_body->setObjectName(QStringLiteral("pageBodyStackedWidget"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_descriptionLabel->setWordWrap(true);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(240);
    m_searchEdit->setMaximumWidth(360);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_descriptionLabel);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_searchEdit, 0, Qt::AlignTop);

    m_body->addWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addWidget(m_body, 1);

    for (DataSource source : m_required)
        m_status.insert(source, SourceStatus{});

    connect(m_searchEdit, &QLineEdit::textChanged, this, &DashboardPage::searchTextChanged);
    connect(m_emptyState, &EmptyStateWidget::actionTriggered, this, &DashboardPage::openSettingsRequested);
}

bool DashboardPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
    return true;
}

QString DashboardPage::searchText() const
{
    return m_searchEdit->text();
}

void DashboardPage::setContentWidget(QWidget *content)
{
    if (m_content) {
        m_body->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = content;
    if (m_content)
        m_body->addWidget(m_content);
    setHasData(m_hasData);
}

void DashboardPage::setHasData(bool hasData)
{
    m_hasData = hasData;
    m_body->setCurrentWidget(m_hasData && m_content ? m_content : static_cast<QWidget *>(m_emptyState));
}

void DashboardPage::setSourceStatus(DataSource source, const SourceStatus &status)
{
    if (!m_status.contains(source))
        return;
    m_status.insert(source, status);
    updateEmptyState();
}

void DashboardPage::retranslateUi()
{
    m_titleLabel->setText(title());
    m_descriptionLabel->setText(description());
    m_searchEdit->setPlaceholderText(searchPlaceholder());
    updateEmptyState();
}

void DashboardPage::updateEmptyState()
{
    QStringList missing;
    QStringList failing;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        const QString name = dataSourceName(it.key());
        if (it.value().state == SourceStatus::State::NotConfigured)
            missing << name;
        else if (it.value().state == SourceStatus::State::Stale && !it.value().lastSuccess.isValid())
            failing << (it.value().error.isEmpty() ? name : tr("%1: %2").arg(name, it.value().error));
    }
    const QString separator = tr(", ");
    if (!missing.isEmpty()) {
        m_emptyState->setIcon(icons::load("empty-state"));
        m_emptyState->setHeading(tr("No data source configured"));
        m_emptyState->setText(tr("This page needs: %1.\nEnter the connection on the Settings page (Ctrl+8) "
                                 "and press Apply; the page fills in as soon as the first data arrives.")
                                  .arg(missing.join(separator)));
        m_emptyState->setActionText(tr("Open Settings"));
    } else if (!failing.isEmpty()) {
        m_emptyState->setIcon(icons::load("status-stale"));
        m_emptyState->setHeading(tr("Data source unreachable"));
        m_emptyState->setText(tr("No data could be loaded yet.\n%1\nCheck the connection on the Settings "
                                 "page; the console keeps retrying.")
                                  .arg(failing.join(u'\n')));
        m_emptyState->setActionText(tr("Open Settings"));
    } else {
        m_emptyState->setIcon(icons::load("waiting"));
        m_emptyState->setHeading(tr("Waiting for data"));
        m_emptyState->setText(tr("The data sources are configured. The page fills in when the first "
                                 "data arrives; F5 asks for it now."));
        m_emptyState->setActionText(QString());
    }
}

} // namespace looma
