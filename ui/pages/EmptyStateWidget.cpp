#include "EmptyStateWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace looma {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_headingLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyStateWidget"));
    m_iconLabel->setObjectName(QStringLiteral("emptyStateIconLabel"));
    m_headingLabel->setObjectName(QStringLiteral("emptyStateHeadingLabel"));
    m_textLabel->setObjectName(QStringLiteral("emptyStateTextLabel"));
    m_actionButton->setObjectName(QStringLiteral("emptyStateActionPushButton"));

    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_headingLabel->setAlignment(Qt::AlignCenter);
    m_headingLabel->setWordWrap(true);
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    // A long line of prose is hard to read; keep the paragraph narrow.
    m_textLabel->setMaximumWidth(560);
    m_headingLabel->setMaximumWidth(560);
    m_actionButton->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_iconLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_headingLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_textLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_actionButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_actionButton, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);
}

void EmptyStateWidget::setIcon(const QIcon &icon) { m_iconLabel->setPixmap(icon.pixmap(64, 64)); }
void EmptyStateWidget::setHeading(const QString &text) { m_headingLabel->setText(text); }
void EmptyStateWidget::setText(const QString &text) { m_textLabel->setText(text); }

void EmptyStateWidget::setActionText(const QString &text)
{
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
}

QString EmptyStateWidget::heading() const { return m_headingLabel->text(); }
QString EmptyStateWidget::text() const { return m_textLabel->text(); }

} // namespace looma
