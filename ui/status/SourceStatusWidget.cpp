#include "SourceStatusWidget.h"

#include "AgeText.h"
#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace looma {

SourceStatusWidget::SourceStatusWidget(DataSource source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_ageTimer(new QTimer(this))
{
    m_iconLabel->setObjectName(QStringLiteral("statusIconLabel"));
    m_textLabel->setObjectName(QStringLiteral("statusTextLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel);

    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &SourceStatusWidget::updateText);
    m_ageTimer->start();
    updateText();
}

void SourceStatusWidget::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateText();
}

void SourceStatusWidget::setStatus(const SourceStatus &status)
{
    m_status = status;
    updateText();
}

QString SourceStatusWidget::text() const
{
    return m_textLabel->text();
}

void SourceStatusWidget::updateText()
{
    const QString name = dataSourceName(m_source);
    const QDateTime now = m_clock();
    const QString age = formatAge(m_status.ageSeconds(now));
    const QString lastData =
        m_status.lastSuccess.isValid()
            ? tr("Last data: %1")
                  .arg(QLocale().toString(m_status.lastSuccess.toLocalTime(), QLocale::LongFormat))
            : tr("No data received yet.");

    const char *icon = "status-off";
    QString text;
    QString tip;
    switch (m_status.state) {
    case SourceStatus::State::NotConfigured:
        text = tr("%1: not configured").arg(name);
        tip = tr("%1 is not configured. Enter it on the Settings page.").arg(name);
        break;
    case SourceStatus::State::Connecting:
        icon = "status-connecting";
        text = tr("%1: connecting…").arg(name);
        tip = lastData;
        break;
    case SourceStatus::State::Live:
        icon = "status-live";
        text = age.isEmpty() ? tr("%1: live").arg(name) : tr("%1: live · %2").arg(name, age);
        tip = lastData;
        break;
    case SourceStatus::State::Stale:
        icon = "status-stale";
        text = age.isEmpty() ? tr("%1: stale · no data yet").arg(name) : tr("%1: stale · %2").arg(name, age);
        tip = lastData;
        if (!m_status.error.isEmpty())
            tip += u'\n' + tr("Error: %1").arg(m_status.error);
        break;
    }
    if (m_textLabel->text() != text)
        m_textLabel->setText(text);
    setToolTip(tip);
    if (icon != m_iconName) {
        m_iconName = icon;
        const int size = m_textLabel->fontMetrics().height();
        m_iconLabel->setPixmap(icons::load(icon).pixmap(size, size));
    }
    // A screen reader says the same as the text.
    setAccessibleName(text);
}

void SourceStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QWidget::changeEvent(event);
}

} // namespace looma
