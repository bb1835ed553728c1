#include "ReadOnlyIndicator.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace looma {

ReadOnlyIndicator::ReadOnlyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("readOnlyIndicator"));
    m_textLabel->setObjectName(QStringLiteral("readOnlyTextLabel"));
    QFont bold = m_textLabel->font();
    bold.setBold(true);
    m_textLabel->setFont(bold);
    const int size = m_textLabel->fontMetrics().height();
    m_iconLabel->setPixmap(icons::load("read-only").pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel);
    retranslateUi();
}

QString ReadOnlyIndicator::text() const
{
    return m_textLabel->text();
}

void ReadOnlyIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReadOnlyIndicator::retranslateUi()
{
    m_textLabel->setText(tr("Read-only"));
    setToolTip(tr("Read-only mode: failover and every other change to the fleet are disabled."));
    setAccessibleName(m_textLabel->text());
}

} // namespace looma
