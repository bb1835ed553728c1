#include "RejectedRowsBanner.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace looma {

namespace {
constexpr int shownReasons = 5;
}

RejectedRowsBanner::RejectedRowsBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("rejectedRowsFrame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *icon = new QLabel(this);
    icon->setPixmap(icons::load("status-stale").pixmap(20, 20));
    m_label->setObjectName(QStringLiteral("rejectedRowsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("rejectedRowsCloseToolButton"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    setVisible(false);
}

QString RejectedRowsBanner::text() const
{
    return m_label->text();
}

void RejectedRowsBanner::addRows(const QList<RejectedRow> &rows)
{
    if (rows.isEmpty())
        return;
    m_rows << rows;
    updateText();
    setVisible(true);
}

void RejectedRowsBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QFrame::changeEvent(event);
}

void RejectedRowsBanner::updateText()
{
    QStringList lines{tr("The registry holds %n row(s) the console cannot read; they are left out:", nullptr,
                         int(m_rows.size()))};
    for (qsizetype i = 0; i < m_rows.size() && i < shownReasons; ++i) {
        const RejectedRow &row = m_rows.at(i);
        lines << tr("%1 #%2: %3").arg(row.table).arg(row.id).arg(row.reason);
    }
    if (m_rows.size() > shownReasons)
        lines << tr("… and %n more (see the log).", nullptr, int(m_rows.size() - shownReasons));
    m_label->setText(lines.join(u'\n'));
}

} // namespace looma
