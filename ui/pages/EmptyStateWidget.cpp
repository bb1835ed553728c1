#include "EmptyStateWidget.h"

#include <QHBoxLayout>
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
    m_actionButton->hide();

    // The words sit in a column of at most 560 px (long lines of prose are hard to read) that is
    // centred by stretches. The labels get no alignment flag in the layout, because with one a
    // word-wrapped label is sized by its one-line hint and its second line is cut off.
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("emptyStateColumnWidget"));
    column->setMaximumWidth(560);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_iconLabel);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_headingLabel);
    columnLayout->addWidget(m_textLabel);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_actionButton, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_actionButton, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    m_iconLabel->setPixmap(icon.pixmap(64, 64));
}
void EmptyStateWidget::setHeading(const QString &text)
{
    m_headingLabel->setText(text);
}
void EmptyStateWidget::setText(const QString &text)
{
    m_textLabel->setText(text);
}

void EmptyStateWidget::setActionText(const QString &text)
{
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
}

QString EmptyStateWidget::heading() const
{
    return m_headingLabel->text();
}
QString EmptyStateWidget::text() const
{
    return m_textLabel->text();
}

} // namespace looma
