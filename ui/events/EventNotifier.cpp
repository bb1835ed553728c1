#include "EventNotifier.h"

#include "EventListModel.h"
#include "EventStateProxy.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "Severity.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>

namespace looma {

EventNotifier::EventNotifier(EventListModel *model, EventStateProxy *states, QWidget *host, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_states(states)
    , m_host(host)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    // What is listed now is not new.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_notified.insert(m_model->index(row, 0).data(IdRole).toString());
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    // An alert that resolves and fires again is new again (unless snoozed).
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const QString key = m_model->index(row, 0).data(IdRole).toString();
                    if (key.startsWith(QLatin1String("p:")))
                        m_notified.remove(key);
                }
            });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icons::application(), this);
        m_trayMenu = new QMenu;
        m_ackAction = m_trayMenu->addAction(QString(), this, &EventNotifier::acknowledgeCurrent);
        m_snoozeAction = m_trayMenu->addAction(QString(), this, &EventNotifier::snoozeCurrent);
        m_showAction = m_trayMenu->addAction(QString(), this, &EventNotifier::showEventsRequested);
        m_ackAction->setEnabled(false);
        m_snoozeAction->setEnabled(false);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &EventNotifier::showEventsRequested);
        connect(this, &QObject::destroyed, m_trayMenu, [menu = m_trayMenu] { delete menu; });
        m_tray->show();
    }
    retranslate();
}

QString EventNotifier::composeText() const
{
    QString text = m_currentSource.isEmpty() ? m_currentMessage : tr("%1: %2").arg(m_currentSource, m_currentMessage);
    if (m_currentMore > 0)
        text = tr("%1 (and %n more new critical event(s))", nullptr, m_currentMore).arg(text);
    return text;
}

void EventNotifier::retranslate()
{
    if (!m_currentKey.isEmpty()) {
        m_currentText = composeText();
        if (m_noticeLabel)
            m_noticeLabel->setText(tr("Critical event: %1").arg(m_currentText));
    }
    if (m_tray) {
        m_ackAction->setText(tr("Acknowledge"));
        m_snoozeAction->setText(tr("Snooze for 1 hour"));
        m_showAction->setText(tr("Show events"));
        m_tray->setToolTip(tr("Looma Ops Console"));
    }
    if (m_notice) {
        m_ackButton->setText(tr("Acknowledge"));
        m_snoozeButton->setText(tr("Snooze 1 h"));
        m_closeButton->setText(tr("Dismiss"));
    }
}

bool EventNotifier::isSnoozed(const QString &key, const QString &source, const QDateTime &now) const
{
    const QDateTime byKey = m_snoozedUntil.value(QStringLiteral("k:") + key);
    const QDateTime bySource = m_snoozedUntil.value(QStringLiteral("s:") + source);
    return (byKey.isValid() && byKey > now) || (!source.isEmpty() && bySource.isValid() && bySource > now);
}

void EventNotifier::onRowsInserted(int first, int last)
{
    // A registry backlog arrives as "inserted" rows too: only events from shortly before the
    // notifier started, or later, are new to a person.
    const QDateTime recent = m_startedAt.addSecs(-300);
    QString key, source, text;
    int count = 0;
    for (int row = last; row >= first; --row) {
        const QModelIndex idx = m_model->index(row, 0);
        const QString rowKey = idx.data(IdRole).toString();
        if (m_notified.contains(rowKey))
            continue;
        m_notified.insert(rowKey);
        if (Severity(idx.data(SeverityRole).toInt()) != Severity::Critical || idx.data(AcknowledgedRole).toBool())
            continue;
        const QDateTime at = idx.data(TimestampRole).toDateTime();
        if (at.isValid() && at < recent)
            continue;
        const QString rowSource = m_model->index(row, EventListModel::SourceColumn).data().toString();
        if (isSnoozed(rowKey, rowSource) || (m_states && m_states->isSuppressed(rowKey)))
            continue;
        ++count;
        key = rowKey; // the rows run newest first: the loop ends on the newest
        source = rowSource;
        text = m_model->index(row, EventListModel::MessageColumn).data().toString();
    }
    if (count > 0)
        notify(key, source, text, count);
}

void EventNotifier::notify(const QString &key, const QString &source, const QString &message, int count)
{
    m_currentKey = key;
    m_currentSource = source;
    m_currentMessage = message;
    m_currentMore = count - 1;
    m_currentText = composeText();
    ++m_count;
    if (m_tray) {
        m_ackAction->setEnabled(true);
        m_snoozeAction->setEnabled(true);
        m_tray->showMessage(tr("Critical event"), m_currentText, QSystemTrayIcon::Critical, 15000);
    } else {
        createNotice();
        m_noticeLabel->setText(tr("Critical event: %1").arg(m_currentText));
        placeNotice();
        m_notice->show();
        m_notice->raise();
    }
    Q_EMIT notified(m_currentKey, m_currentText);
}

void EventNotifier::createNotice()
{
    if (m_notice || !m_host)
        return;
    // A child of the top-level window, over its top right corner, so it is seen on every page.
    QWidget *window = m_host->window();
    m_notice = new QFrame(window);
    m_notice->setObjectName(QStringLiteral("eventNoticeFrame"));
    m_notice->setFrameShape(QFrame::Box);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    auto *icon = new QLabel(m_notice);
    const int size = QApplication::style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_noticeLabel = new QLabel(m_notice);
    m_noticeLabel->setObjectName(QStringLiteral("eventNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setForegroundRole(QPalette::ToolTipText);
    m_ackButton = new QPushButton(m_notice);
    m_ackButton->setObjectName(QStringLiteral("noticeAcknowledgeButton"));
    m_snoozeButton = new QPushButton(m_notice);
    m_snoozeButton->setObjectName(QStringLiteral("noticeSnoozeButton"));
    m_closeButton = new QPushButton(m_notice);
    m_closeButton->setObjectName(QStringLiteral("noticeDismissButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_ackButton);
    buttons->addWidget(m_snoozeButton);
    buttons->addWidget(m_closeButton);
    auto *text = new QVBoxLayout;
    text->addWidget(m_noticeLabel);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(m_notice);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    connect(m_ackButton, &QPushButton::clicked, this, &EventNotifier::acknowledgeCurrent);
    connect(m_snoozeButton, &QPushButton::clicked, this, &EventNotifier::snoozeCurrent);
    connect(m_closeButton, &QPushButton::clicked, this, &EventNotifier::hideNotice);
    retranslate();
    m_notice->hide();
}

void EventNotifier::placeNotice()
{
    if (!m_notice)
        return;
    QWidget *window = m_notice->parentWidget();
    const int width = std::min(460, std::max(240, window->width() - 24));
    m_notice->setFixedWidth(width);
    m_notice->adjustSize();
    m_notice->move(window->width() - width - 12, 12);
}

void EventNotifier::hideNotice()
{
    if (m_notice)
        m_notice->hide();
    if (m_tray) {
        m_ackAction->setEnabled(false);
        m_snoozeAction->setEnabled(false);
    }
}

void EventNotifier::acknowledgeCurrent()
{
    if (!m_currentKey.isEmpty())
        m_model->acknowledge(m_currentKey);
    hideNotice();
}

void EventNotifier::snoozeCurrent()
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(SnoozeSeconds);
    if (!m_currentKey.isEmpty())
        m_snoozedUntil.insert(QStringLiteral("k:") + m_currentKey, until);
    if (!m_currentSource.isEmpty())
        m_snoozedUntil.insert(QStringLiteral("s:") + m_currentSource, until);
    hideNotice();
}

} // namespace looma
