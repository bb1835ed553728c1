#include "SwitchoverDialog.h"

#include "FailoverService.h"
#include "SessionIdentity.h"
#include "StatusText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace looma {

namespace {
enum CandidateColumn { EndpointColumn, HealthColumn, NodeColumn, LocationColumn, WeightColumn, ConcernColumn };
constexpr int CandidateIdRole = Qt::UserRole;
constexpr int HealthyRole = Qt::UserRole + 1;
} // namespace

SwitchoverDialog::SwitchoverDialog(const GroupMembers &group, FailoverService *service, const QString &dbUser,
                                   QWidget *parent)
    : QDialog(parent)
    , m_group(group)
    , m_service(service)
    , m_candidates(new QTreeWidget(this))
    , m_override(new QCheckBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_confirmPrompt(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("switchoverDialog"));
    setWindowTitle(tr("Switch over %1").arg(group.group));
    m_candidates->setObjectName(QStringLiteral("candidateTreeWidget"));
    m_override->setObjectName(QStringLiteral("overrideUnhealthyCheckBox"));
    m_reason->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmLineEdit"));
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_progress->setObjectName(QStringLiteral("switchoverProgressBar"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_switchButton = m_buttons->addButton(tr("Switch over"), QDialogButtonBox::AcceptRole);
    m_switchButton->setObjectName(QStringLiteral("switchOverButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("closeButton"));

    const GroupMember *primary = m_group.primary();
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    summary->setText(primary ? tr("Group <b>%1</b> of service <b>%2</b>, generation %3. Current primary: %4 (%5).")
                                   .arg(m_group.group.toHtmlEscaped(), m_group.service.toHtmlEscaped())
                                   .arg(m_group.generation)
                                   .arg(primary->instance.endpoint.toHtmlEscaped(),
                                        StatusText::health(primary->instance.status))
                             : tr("Group <b>%1</b> of service <b>%2</b>, generation %3. The group has no primary.")
                                   .arg(m_group.group.toHtmlEscaped(), m_group.service.toHtmlEscaped())
                                   .arg(m_group.generation));

    m_candidates->setRootIsDecorated(false);
    m_candidates->setHeaderLabels({tr("Candidate"), tr("Health"), tr("Node"), tr("Location"), tr("Weight"),
                                   tr("Concern")});
    m_candidates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidates->header()->setStretchLastSection(true);
    m_candidates->setMinimumHeight(120);
    fillCandidates();

    m_override->setText(tr("Promote an unhealthy candidate anyway (I have checked it myself)"));
    m_reason->setPlaceholderText(tr("Why this switchover? Recorded in the failover event and the audit log."));
    m_reason->setMaximumHeight(90);
    m_reason->setTabChangesFocus(true);
    m_confirmPrompt->setText(tr("Type the service name <b>%1</b> to confirm:").arg(m_group.service.toHtmlEscaped()));
    m_confirm->setPlaceholderText(m_group.service);

    auto *actor = new QLabel(this);
    actor->setObjectName(QStringLiteral("actorLabel"));
    actor->setText(tr("Recorded as %1, database role %2.")
                       .arg(SessionIdentity::localActor(), dbUser.isEmpty() ? tr("(unknown)") : dbUser));
    m_hint->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(new QLabel(tr("Promote which standby?"), this));
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_override);
    layout->addLayout(form);
    layout->addWidget(m_confirmPrompt);
    layout->addWidget(m_confirm);
    layout->addWidget(actor);
    layout->addWidget(m_hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_candidates, &QTreeWidget::itemSelectionChanged, this, &SwitchoverDialog::updateState);
    connect(m_override, &QCheckBox::toggled, this, &SwitchoverDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SwitchoverDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &SwitchoverDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SwitchoverDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SwitchoverDialog::reject);
    if (m_service)
        connect(m_service, &FailoverService::promotionFinished, this, &SwitchoverDialog::onFinished);
    updateState();
}

void SwitchoverDialog::fillCandidates()
{
    QTreeWidgetItem *firstHealthy = nullptr;
    for (const GroupMember &m : m_group.candidates()) {
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(EndpointColumn, m.instance.endpoint);
        item->setText(HealthColumn, StatusText::health(m.instance.status));
        item->setText(NodeColumn, m.node);
        item->setText(LocationColumn, m.location);
        item->setText(WeightColumn, QString::number(m.instance.weight));
        item->setText(ConcernColumn, m.healthy ? QString() : m.concern);
        item->setData(EndpointColumn, CandidateIdRole, m.instance.id);
        item->setData(EndpointColumn, HealthyRole, m.healthy);
        if (!m.healthy) {
            for (int c = 0; c <= ConcernColumn; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        } else if (!firstHealthy) {
            firstHealthy = item;
        }
    }
    // Preselect the first sound standby, never an unhealthy one: that must be chosen on purpose.
    if (firstHealthy)
        m_candidates->setCurrentItem(firstHealthy);
}

qint64 SwitchoverDialog::selectedCandidate(bool *healthy) const
{
    const QList<QTreeWidgetItem *> selected = m_candidates->selectedItems();
    if (selected.isEmpty()) {
        *healthy = false;
        return 0;
    }
    *healthy = selected.first()->data(EndpointColumn, HealthyRole).toBool();
    return selected.first()->data(EndpointColumn, CandidateIdRole).toLongLong();
}

void SwitchoverDialog::updateState()
{
    bool healthy = false;
    const qint64 candidate = selectedCandidate(&healthy);
    const bool running = m_requestId != 0 && !m_done;
    const bool locked = m_requestId != 0; // started: the inputs show what was sent
    m_candidates->setEnabled(!locked);
    m_override->setEnabled(!locked && candidate != 0 && !healthy);
    m_reason->setReadOnly(locked);
    m_confirm->setReadOnly(locked);

    QString hint;
    if (!m_service)
        hint = tr("No connection for operator actions.");
    else if (candidate == 0)
        hint = m_candidates->topLevelItemCount() == 0 ? tr("The group has no standby to promote.")
                                                      : tr("Choose the standby to promote.");
    else if (!healthy && !m_override->isChecked())
        hint = tr("This candidate is unhealthy: tick the override box to promote it anyway.");
    else if (m_reason->toPlainText().trimmed().isEmpty())
        hint = tr("Give a reason.");
    else if (m_reason->toPlainText().size() > MaxReasonLength)
        hint = tr("The reason is longer than %1 characters.").arg(MaxReasonLength);
    else if (m_confirm->text().trimmed() != m_group.service)
        hint = tr("Type the service name to confirm.");
    m_switchButton->setEnabled(!locked && hint.isEmpty());
    m_hint->setText(locked ? QString() : hint);
    m_hint->setVisible(!locked && !hint.isEmpty());
    m_progress->setVisible(running);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!running);
}

void SwitchoverDialog::start()
{
    bool healthy = false;
    const qint64 candidate = selectedCandidate(&healthy);
    if (!m_switchButton->isEnabled() || candidate == 0 || !m_service)
        return;
    PromotionRequest request;
    request.group = m_group.group;
    request.candidateId = candidate;
    request.expectedPrimaryId = m_group.primaryId;
    request.expectedGeneration = m_group.generation;
    request.trigger = FailoverTrigger::Manual;
    request.reason = m_reason->toPlainText().trimmed();
    // actor left empty: the service records this process's OS user@host; the transaction adds the DB user.
    m_requestId = m_service->promote(request);
    m_result->setText(tr("Switching over to %1…").arg(m_candidates->currentItem()->text(EndpointColumn)));
    m_result->show();
    updateState();
}

void SwitchoverDialog::onFinished(const PromotionResult &result)
{
    if (result.requestId != m_requestId || m_done)
        return;
    m_done = true;
    QString text;
    switch (result.status) {
    case PromotionStatus::Committed:
        text = tr("<b>Committed.</b> %1 is the primary of %2 now, generation %3.")
                   .arg(result.toEndpoint.toHtmlEscaped(), result.group.toHtmlEscaped())
                   .arg(result.generation);
        break;
    case PromotionStatus::Refused:
        text = tr("<b>Refused</b>; nothing changed: %1").arg(result.message.toHtmlEscaped());
        break;
    case PromotionStatus::Failed:
        text = tr("<b>Failed</b>; nothing changed: %1").arg(result.message.toHtmlEscaped());
        break;
    case PromotionStatus::InDoubt:
        text = tr("<b>In doubt</b>: the connection broke while committing. Look at the registry before "
                  "acting again. %1")
                   .arg(result.message.toHtmlEscaped());
        break;
    }
    m_result->setProperty("outcome", static_cast<int>(result.status));
    m_result->setText(text);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_switchButton->hide();
    updateState();
    Q_EMIT switchoverFinished(result);
}

void SwitchoverDialog::reject()
{
    // The promotion cannot be called back once sent; the dialog stays until it has the answer.
    if (isRunning())
        return;
    QDialog::reject();
}

} // namespace looma
