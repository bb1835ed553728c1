#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAbstractItemModel;
class QAction;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QSystemTrayIcon;
class QWidget;

namespace looma {

class EventListModel;
class EventStateProxy;

// Tells a person about a NEW critical event: through the system tray when there is one, otherwise
// (offscreen, a desktop without a tray) by a notice inside the window. Either way the person can
// acknowledge the event or snooze its source for an hour. Events already listed when the notifier
// starts, older ones that arrive late (a registry's backlog), acknowledged, snoozed and
// maintenance-suppressed events do not notify.
class EventNotifier final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 SnoozeSeconds = 3600;

    EventNotifier(EventListModel *model, EventStateProxy *states, QWidget *host, QObject *parent = nullptr);

    bool usesTray() const { return m_tray != nullptr; }
    QString currentKey() const { return m_currentKey; } // the event the notice/tray speaks of
    QString currentText() const { return m_currentText; }
    int notificationCount() const { return m_count; }
    bool isSnoozed(const QString &key, const QString &source, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QFrame *notice() const { return m_notice; }
    void retranslate();

public Q_SLOTS:
    void acknowledgeCurrent();
    void snoozeCurrent();

Q_SIGNALS:
    void notified(const QString &key, const QString &text);
    void showEventsRequested();

private:
    QString composeText() const;
    void onRowsInserted(int first, int last);
    void notify(const QString &key, const QString &source, const QString &text, int count);
    void createNotice();
    void placeNotice();
    void hideNotice();

    EventListModel *m_model = nullptr;
    EventStateProxy *m_states = nullptr;
    QPointer<QWidget> m_host;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_ackAction = nullptr;
    QAction *m_snoozeAction = nullptr;
    QAction *m_showAction = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QPushButton *m_ackButton = nullptr;
    QPushButton *m_snoozeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QDateTime m_startedAt;
    QSet<QString> m_notified;
    QHash<QString, QDateTime> m_snoozedUntil; // by event key and by source
    QString m_currentKey;
    QString m_currentSource;
    QString m_currentText;
    QString m_currentMessage;  // as the event has it, so the text can be rebuilt in another language
    int m_currentMore = 0;     // further new critical events folded into the notice
    int m_count = 0;
};

} // namespace looma
