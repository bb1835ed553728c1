#pragma once

#include "SettingsValues.h"

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace looma {

// The safety figures of automatic failover: cooldown per group, and the partition guard's share.
class SchedulerSettingsGroup final : public QGroupBox
{
    Q_OBJECT

public:
    explicit SchedulerSettingsGroup(QWidget *parent = nullptr);

    SchedulerPolicy values() const;
    void setValues(const SchedulerPolicy &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_cooldownLabel = nullptr;
    QSpinBox *m_cooldownSpin = nullptr;
    QLabel *m_guardLabel = nullptr;
    QSpinBox *m_guardSpin = nullptr;
    QLabel *m_hintLabel = nullptr;
};

} // namespace looma
