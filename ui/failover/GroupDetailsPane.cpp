#include "GroupDetailsPane.h"

#include "SchedulerTypes.h"
#include "StatusText.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace looma {

namespace {
QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    , m_service(valueLabel(this, "detailsServiceLabel"))
    , m_primary(valueLabel(this, "detailsPrimaryLabel"))
    , m_generation(valueLabel(this, "detailsGenerationLabel"))
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
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Primary:"), m_primary);
    form->addRow(tr("Generation:"), m_generation);
    form->addRow(tr("Maintenance:"), m_maintenance);
    form->addRow(tr("Cooldown:"), m_cooldown);
    form->addRow(tr("Scheduler:"), m_decision);
    form->addRow(tr("Blocked by:"), m_blocking);

    m_members->setRootIsDecorated(false);
    m_members->setHeaderLabels({tr("Instance"), tr("Role"), tr("Health"), tr("Node"), tr("Location"), tr("Weight"),
                                tr("Remarks")});
    m_members->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_members, 1);
    clear();
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

void GroupDetailsPane::setDecision(const GroupDecision *decision)
{
    if (!decision || decision->group.isEmpty()) {
        m_decision->setText(tr("not evaluated yet"));
        m_blocking->setText(tr("—"));
        return;
    }
    m_decision->setText(decision->acted ? tr("failed over automatically at %1").arg(when(decision->at))
                        : decision->decision.act ? tr("would fail over (%1)").arg(when(decision->at))
                                                 : tr("holds (%1)").arg(when(decision->at)));
    m_blocking->setText(decision->decision.act || decision->decision.block == BlockCode::None
                            ? tr("nothing")
                            : tr("%1 (%2)").arg(decision->decision.reason, decision->blockWord()));
}

} // namespace looma
