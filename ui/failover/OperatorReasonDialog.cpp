#include "OperatorReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace looma {

OperatorReasonDialog::OperatorReasonDialog(Kind kind, const QString &group, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_text(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("operatorReasonDialog"));
    m_reason->setObjectName(QStringLiteral("actionReasonPlainTextEdit"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("actionOkButton"));
    m_text->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_reason->setPlaceholderText(tr("Recorded in the audit log."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    switch (kind) {
    case Kind::AcknowledgeCooldown:
        setWindowTitle(tr("Acknowledge cooldown of %1").arg(group));
        m_text->setText(tr("The group failed over recently. Acknowledging the cooldown lets a manual or automatic "
                           "failover act again before it ends. The acknowledgement is audited."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
        break;
    case Kind::SetMaintenance: {
        setWindowTitle(tr("Set maintenance on %1").arg(group));
        m_text->setText(tr("Every instance of the group goes into maintenance: automatic failover leaves the "
                           "group alone until the time ends or maintenance is cleared."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set maintenance"));
        m_duration = new QSpinBox(this);
        m_duration->setObjectName(QStringLiteral("durationSpinBox"));
        m_duration->setRange(1, 999);
        m_duration->setValue(2);
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("durationUnitComboBox"));
        m_unit->addItem(tr("minutes"), 60);
        m_unit->addItem(tr("hours"), 3600);
        m_unit->addItem(tr("days"), 86400);
        m_unit->setCurrentIndex(1);
        auto *row = new QHBoxLayout;
        row->addWidget(m_duration);
        row->addWidget(m_unit);
        row->addStretch(1);
        form->addRow(tr("Duration:"), row);
        break;
    }
    case Kind::ClearMaintenance:
        setWindowTitle(tr("Clear maintenance on %1").arg(group));
        m_text->setText(tr("Every instance of the group leaves maintenance now: automatic failover may act on "
                           "it again."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Clear maintenance"));
        break;
    }
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_reason, &QPlainTextEdit::textChanged, this, &OperatorReasonDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString OperatorReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

qint64 OperatorReasonDialog::durationSeconds() const
{
    if (!m_duration)
        return 0;
    return qint64(m_duration->value()) * m_unit->currentData().toLongLong();
}

void OperatorReasonDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty() && reason().size() <= 1000);
}

} // namespace looma
