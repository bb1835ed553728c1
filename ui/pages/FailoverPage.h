#pragma once

#include "DashboardPage.h"
#include "FailoverActions.h"
#include "failover/SwitchoverGate.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace looma {

class AppSettings;
class ConsoleSession;
class FailoverGroupFilterModel;
class FailoverGroupModel;
class FailoverService;
class GroupDetailsPane;
class SchedulerLink;
class SchedulerService;
class SwitchoverDialog;
struct GroupDecision;

// Every failover group with its primary and standbys; the selected one in detail with the
// scheduler's last decision; manual switchover, cooldown acknowledgement and maintenance.
//
// Writes go through a FailoverService: the one set with setFailoverService(), or one the page
// creates from the session's registry configuration (a dedicated connection on its own thread).
// The switchover button is disabled, with the reason beside it, while the console is read-only,
// the registry is unreachable or stale, the database role lacks the rights, or the group is in
// cooldown (then "Acknowledge cooldown…" is offered).
class FailoverPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit FailoverPage(ConsoleSession *session, QWidget *parent = nullptr);
    // A page without data sources (the shell before a session exists).
    explicit FailoverPage(QWidget *parent = nullptr);
    ~FailoverPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    // Read-only flag and the cooldown come from the settings; without them: writable, 10 minutes.
    void setSettings(looma::AppSettings *settings);
    // The last decision per group and its blocking reason; null: no scheduler in this window.
    void setScheduler(looma::SchedulerService *scheduler);
    // Use this service (not owned) instead of the page's own.
    void setFailoverService(looma::FailoverService *service);
    FailoverService *failoverService() const;

    QString selectedGroup() const { return m_selected; }
    bool selectGroup(const QString &group);
    SwitchoverGate gate() const { return m_gate; }
    PermissionProbe permission() const { return m_permission; }
    SwitchoverDialog *switchoverDialog() const;

public Q_SLOTS:
    void openSwitchoverDialog();

Q_SIGNALS:
    // After every gate evaluation (tests wait on it; the button's state follows it).
    void gateChanged(const looma::SwitchoverGate &gate);
    void operatorActionDone(bool ok, const QString &message);

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
    void retranslateUi() override;

private:
    void buildUi();
    void ensureService();
    void attachService(FailoverService *service, bool owned);
    void onRegistryStatus(const SourceStatus &status);
    void onSelectionChanged();
    void onDecision(const GroupDecision &decision);
    void showDetails();
    void loadCooldown();
    void updateGate();
    QString cooldownText() const;
    void openReasonDialog(int kind);
    void runOperatorAction(int kind, const QString &reason, qint64 seconds);

    ConsoleSession *m_session = nullptr;
    QPointer<AppSettings> m_settings;
    SchedulerLink *m_scheduler = nullptr;
    QPointer<FailoverService> m_service;
    bool m_ownsService = false;
    QString m_serviceDsn;

    FailoverGroupModel *m_model = nullptr;
    FailoverGroupFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    GroupDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_switchButton = nullptr;
    QPushButton *m_ackButton = nullptr;
    QPushButton *m_setMaintenanceButton = nullptr;
    QPushButton *m_clearMaintenanceButton = nullptr;
    QLabel *m_gateLabel = nullptr;
    QLabel *m_actionLabel = nullptr;
    QTimer *m_gateTimer = nullptr;
    QPointer<SwitchoverDialog> m_dialog;

    QString m_selected;
    SourceStatus m_registryStatus;
    PermissionProbe m_permission;
    bool m_permissionKnown = false;
    CooldownState m_cooldown;
    bool m_cooldownKnown = false;
    QString m_cooldownError;
    quint64 m_pendingAction = 0;
    SwitchoverGate m_gate;
};

} // namespace looma
