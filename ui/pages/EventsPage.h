#pragma once

#include "DashboardPage.h"
#include "PromTypes.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace looma {

class ConsoleSession;
class EventFilterProxyModel;
class EventListModel;
class EventNotifier;
class EventStateProxy;

// Prometheus alerts, health transitions, failover events and audit entries in one list, newest
// first, filtered by kind, minimum severity, the page's search text and "hide acknowledged".
// Rows show acknowledged and maintenance-suppressed state by icon and word. A new critical event
// raises a tray message (or an in-window notice) with acknowledge and snooze.
class EventsPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit EventsPage(ConsoleSession *session, QWidget *parent = nullptr);
    explicit EventsPage(QWidget *parent = nullptr) : EventsPage(nullptr, parent) {}

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    EventListModel *eventModel() const { return m_model; }
    EventFilterProxyModel *filterModel() const { return m_filter; }
    EventStateProxy *stateModel() const { return m_states; }
    EventNotifier *notifier() const { return m_notifier; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void showRequested(); // the tray message was clicked: bring this page forward

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
    void retranslateUi() override;

private:
    QWidget *createContent();
    void onAlerts(const QList<looma::PromAlert> &alerts);
    void updateKinds();
    void acknowledgeSelected();
    void snoozeSelected();
    void updateButtons();
    void updateCounts();

    ConsoleSession *m_session = nullptr;
    EventListModel *m_model = nullptr;
    EventStateProxy *m_states = nullptr;
    EventFilterProxyModel *m_filter = nullptr;
    EventNotifier *m_notifier = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_alertsCheck = nullptr;
    QCheckBox *m_healthCheck = nullptr;
    QCheckBox *m_failoverCheck = nullptr;
    QCheckBox *m_auditCheck = nullptr;
    QCheckBox *m_hideAckCheck = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QPushButton *m_ackButton = nullptr;
    QPushButton *m_snoozeButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_alertsStaleLabel = nullptr;
};

} // namespace looma
