#include "StatTile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace looma {

StatTile::StatTile(QWidget *parent)
    : QFrame(parent)
    , m_titleLabel(new QLabel(this))
    , m_valueLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_statusIconLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_staleLabel(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    m_titleLabel->setObjectName(QStringLiteral("tileTitleLabel"));
    m_valueLabel->setObjectName(QStringLiteral("tileValueLabel"));
    m_targetLabel->setObjectName(QStringLiteral("tileTargetLabel"));
    m_statusLabel->setObjectName(QStringLiteral("tileStatusLabel"));
    m_staleLabel->setObjectName(QStringLiteral("tileStaleLabel"));
    m_titleLabel->setWordWrap(true);
    m_targetLabel->setWordWrap(true);
    m_staleLabel->setWordWrap(true);

    QFont big = m_valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_valueLabel->setFont(big);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(4);
    statusRow->addWidget(m_statusIconLabel);
    statusRow->addWidget(m_statusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_targetLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_staleLabel);
    layout->addStretch(1);
    m_targetLabel->hide();
    m_staleLabel->hide();
    updateStatus();
}

void StatTile::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void StatTile::setValueText(const QString &text)
{
    m_valueLabel->setText(text);
}

void StatTile::setTarget(const QString &text)
{
    m_targetLabel->setText(text);
    m_targetLabel->setVisible(!text.isEmpty());
}

void StatTile::setStatus(ChartStatus status)
{
    m_status = status;
    updateStatus();
}

void StatTile::setStale(bool stale, const QString &reason)
{
    m_stale = stale;
    m_staleReason = reason;
    updateStatus();
}

QString StatTile::title() const
{
    return m_titleLabel->text();
}
QString StatTile::valueText() const
{
    return m_valueLabel->text();
}
QString StatTile::targetText() const
{
    return m_targetLabel->text();
}
QString StatTile::statusText() const
{
    return m_statusLabel->text();
}

void StatTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QFrame::changeEvent(event);
}

void StatTile::updateStatus()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIconLabel->setPixmap(ChartStatusText::icon(m_status).pixmap(size, size));
    m_statusLabel->setText(ChartStatusText::text(m_status));
    m_staleLabel->setVisible(m_stale);
    m_staleLabel->setText(tr("⚠ Stale: showing the last known value"));
    m_staleLabel->setToolTip(m_staleReason);
    // A stale figure is dimmed as well as labelled, so it is not read as current at a glance.
    m_valueLabel->setEnabled(!m_stale);
}

} // namespace looma
