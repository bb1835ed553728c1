#include "GroupDetailsPane.h"

#include "SchedulerTypes.h"
#include "StatusText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace looma {

namespace {
// Short values (an endpoint with its state, a number) stay on one line: a word-wrapped label in a
// form row can be laid out narrower than its text and cut it.
QLabel *valueLabel(QWidget *parent, const char *name, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label's size hint is a narrow, squarish block; with a Preferred policy the form
    // keeps it at that width and cuts what wraps below one line. Expanding takes the row's width.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
    return label;
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

GroupDetailsPane::GroupDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(valueLabel(this, "detailsTitleLabel"))
    , m_service(valueLabel(this, "detailsServiceLabel", false))
    , m_primary(valueLabel(this, "detailsPrimaryLabel", false))
    , m_generation(valueLabel(this, "detailsGenerationLabel", false))
    , m_maintenance(valueLabel(this, "detailsMaintenanceLabel"))
    , m_cooldown(valueLabel(this, "detailsCooldownLabel"))
    , m_decision(valueLabel(this, "detailsDecisionLabel"))
    , m_blocking(valueLabel(this, "detailsBlockingLabel"))
    , m_members(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("groupDetailsPane"));
    m_members->setObjectName(QStringLiteral("membersTreeWidget"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QLabel *field : {m_service, m_primary, m_generation, m_maintenance, m_cooldown, m_decision, m_blocking}) {
        auto *name = new QLabel(this);
        m_names.append(name);
        form->addRow(name, field);
    }

    m_members->setRootIsDecorated(false);
    m_members->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_members, 1);
    retranslateUi();
    clear();
}

void GroupDetailsPane::retranslateUi()
{
    const QString names[] = {tr("Service:"),   tr("Primary:"),    tr("Generation:"), tr("Maintenance:"),
                             tr("Cooldown:"),  tr("Scheduler:"),  tr("Blocked by:")};
    for (int i = 0; i < m_names.size(); ++i)
        m_names[i]->setText(names[i]);
    m_members->setHeaderLabels({tr("Instance"), tr("Role"), tr("Health"), tr("Node"), tr("Location"), tr("Weight"),
                                tr("Remarks")});
}

void GroupDetailsPane::changeEvent(QEvent *event)
{
    // The values are set again by the page (FailoverPage::retranslateUi); the names are ours.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GroupDetailsPane::clear()
{
    m_title->setText(tr("No group selected"));
    for (QLabel *label : {m_service, m_primary, m_generation, m_maintenance, m_cooldown, m_decision, m_blocking})
        label->clear();
    m_members->clear();
}

void GroupDetailsPane::setGroup(const GroupMembers &group, const QDateTime &now)
{
    m_title->setText(group.group);
    m_service->setText(group.service);
    const GroupMember *primary = group.primary();
    m_primary->setText(primary ? tr("%1 (%2)").arg(primary->instance.endpoint, StatusText::health(primary->instance.status))
                               : tr("none: an operator must choose one"));
    m_generation->setText(QString::number(group.generation));
    const Maintenance maintenance = group.groupMaintenance(now);
    m_maintenance->setText(maintenance.activeAt(now)
                               ? tr("until %1: %2").arg(when(maintenance.until), maintenance.reason)
                               : tr("none"));

    m_members->clear();
    for (const GroupMember &m : group.members) {
        auto *item = new QTreeWidgetItem(m_members);
        item->setText(0, m.instance.endpoint);
        item->setText(1, StatusText::role(m.instance.role));
        item->setText(2, StatusText::health(m.instance.status));
        item->setText(3, m.node);
        item->setText(4, m.location);
        item->setText(5, QString::number(m.instance.weight));
        item->setText(6, m.concern);
        if (m.instance.id == group.primaryId) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
    }
}

void GroupDetailsPane::setCooldownText(const QString &text)
{
    m_cooldown->setText(text);
}

void GroupDetailsPane::setNoScheduler()
{
    m_decision->setText(tr("no scheduler runs in this console"));
    m_blocking->setText(tr("—"));
}

void GroupDetailsPane::setDecision(const GroupDecision *decision, const QDateTime &lastFailover)
{
    if (!decision || decision->group.isEmpty()) {
        m_decision->setText(tr("not evaluated yet"));
        m_blocking->setText(tr("—"));
        return;
    }
    QString text = decision->acted ? tr("failed over automatically at %1").arg(when(decision->at))
        : decision->decision.act   ? tr("would fail over (%1)").arg(when(decision->at))
                                   : tr("holds (%1)").arg(when(decision->at));
    if (!decision->acted && lastFailover.isValid())
        text = tr("%1; failed over automatically at %2").arg(text, when(lastFailover));
    m_decision->setText(text);
    m_blocking->setText(decision->decision.act || decision->decision.block == BlockCode::None
                            ? tr("nothing")
                            : tr("%1 (%2)").arg(decision->decision.reason, decision->blockWord()));
}

} // namespace looma
