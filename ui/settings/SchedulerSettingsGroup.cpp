#include "SchedulerSettingsGroup.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace looma {

SchedulerSettingsGroup::SchedulerSettingsGroup(QWidget *parent)
    : QGroupBox(parent)
    , m_cooldownLabel(new QLabel(this))
    , m_cooldownSpin(new QSpinBox(this))
    , m_guardLabel(new QLabel(this))
    , m_guardSpin(new QSpinBox(this))
    , m_hintLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("schedulerSettingsGroupBox"));
    m_cooldownSpin->setObjectName(QStringLiteral("cooldownSpinBox"));
    m_guardSpin->setObjectName(QStringLiteral("partitionGuardSpinBox"));
    m_hintLabel->setObjectName(QStringLiteral("schedulerHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_cooldownSpin->setRange(limits::minCooldownMinutes, limits::maxCooldownMinutes);
    m_guardSpin->setRange(limits::minPartitionGuardPercent, limits::maxPartitionGuardPercent);
    m_cooldownLabel->setBuddy(m_cooldownSpin);
    m_guardLabel->setBuddy(m_guardSpin);

    auto *form = new QFormLayout(this);
    form->addRow(m_cooldownLabel, m_cooldownSpin);
    form->addRow(m_guardLabel, m_guardSpin);
    form->addRow(m_hintLabel);
    retranslateUi();
}

SchedulerPolicy SchedulerSettingsGroup::values() const
{
    SchedulerPolicy v;
    v.cooldownMinutes = m_cooldownSpin->value();
    v.partitionGuardPercent = m_guardSpin->value();
    return v;
}

void SchedulerSettingsGroup::setValues(const SchedulerPolicy &v)
{
    m_cooldownSpin->setValue(v.cooldownMinutes);
    m_guardSpin->setValue(v.partitionGuardPercent);
}

void SchedulerSettingsGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void SchedulerSettingsGroup::retranslateUi()
{
    setTitle(tr("Automatic failover"));
    m_cooldownLabel->setText(tr("C&ooldown per group:"));
    m_cooldownSpin->setSuffix(tr(" min"));
    m_guardLabel->setText(tr("Partition &guard at:"));
    m_guardSpin->setSuffix(tr(" % of checks failing"));
    m_hintLabel->setText(tr("After a failover a group is not failed over again within the cooldown. When "
                            "this share of all checks fails at once, the console suspects its own network "
                            "and raises an alert instead of failing anything over."));
}

} // namespace looma
