#include "FailoverPage.h"

#include "AppSettings.h"
#include "ConsoleSession.h"
#include "FailoverGroupModel.h"
#include "FailoverService.h"
#include "FleetStore.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "failover/FailoverGroupFilterModel.h"
#include "failover/GroupDetailsPane.h"
#include "failover/GroupMembers.h"
#include "failover/OperatorReasonDialog.h"
#include "failover/SchedulerLink.h"
#include "failover/SwitchoverDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace looma {

namespace {
using ReasonKind = OperatorReasonDialog::Kind;
constexpr qint64 DefaultCooldownSeconds = 600;
} // namespace

FailoverPage::FailoverPage(QWidget *parent)
    : FailoverPage(nullptr, parent)
{
}

FailoverPage::FailoverPage(ConsoleSession *session, QWidget *parent)
    : DashboardPage(QStringLiteral("failover"), {DataSource::Registry}, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("failoverPage"));
    qRegisterMetaType<PromotionResult>();
    // Without a session (the shell alone) an idle one stands in: no sources, an empty store.
    if (!m_session)
        m_session = new ConsoleSession(nullptr, this);
    buildUi();
    connect(m_session, &ConsoleSession::registryStatusChanged, this, &FailoverPage::onRegistryStatus);
    m_registryStatus = m_session->registryStatus();
    setSourceStatus(DataSource::Registry, m_registryStatus);
    ensureService();
    retranslateUi();
}

FailoverPage::~FailoverPage()
{
    // An open dialog listens to the service; it goes first.
    delete m_dialog;
}

void FailoverPage::buildUi()
{
    auto *content = new QWidget(this);
    m_switchButton = new QPushButton(content);
    m_switchButton->setObjectName(QStringLiteral("switchOverPushButton"));
    m_switchButton->setIcon(icons::load("nav-failover"));
    m_ackButton = new QPushButton(content);
    m_ackButton->setObjectName(QStringLiteral("acknowledgeCooldownPushButton"));
    m_setMaintenanceButton = new QPushButton(content);
    m_setMaintenanceButton->setObjectName(QStringLiteral("setMaintenancePushButton"));
    m_clearMaintenanceButton = new QPushButton(content);
    m_clearMaintenanceButton->setObjectName(QStringLiteral("clearMaintenancePushButton"));
    m_gateLabel = new QLabel(content);
    m_gateLabel->setObjectName(QStringLiteral("switchOverReasonLabel"));
    m_gateLabel->setWordWrap(true);
    m_gateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionLabel = new QLabel(content);
    m_actionLabel->setObjectName(QStringLiteral("actionResultLabel"));
    m_actionLabel->setWordWrap(true);
    m_actionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new FailoverGroupModel(m_session->fleetStore(), this);
    m_proxy = new FailoverGroupFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("failoverGroupsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FailoverGroupModel::GroupColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_details = new GroupDetailsPane(content);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(QStringLiteral("failoverSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    // Even halves: the details' seven lines and the members list need about as much as the table.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_switchButton, 0, Qt::AlignTop);
    actions->addWidget(m_gateLabel, 1);
    actions->addWidget(m_ackButton, 0, Qt::AlignTop);
    actions->addWidget(m_setMaintenanceButton, 0, Qt::AlignTop);
    actions->addWidget(m_clearMaintenanceButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_actionLabel);
    setContentWidget(content);

    m_scheduler = new SchedulerLink(this);
    connect(m_scheduler, &SchedulerLink::decisionChanged, this, &FailoverPage::onDecision);
    m_gateTimer = new QTimer(this);
    m_gateTimer->setInterval(15000); // a cooldown ends by the clock, not by an event
    connect(m_gateTimer, &QTimer::timeout, this, &FailoverPage::updateGate);
    m_gateTimer->start();

    connect(this, &DashboardPage::searchTextChanged, m_proxy, &FailoverGroupFilterModel::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailoverPage::onSelectionChanged);
    connect(m_switchButton, &QPushButton::clicked, this, &FailoverPage::openSwitchoverDialog);
    connect(m_ackButton, &QPushButton::clicked, this, [this] { openReasonDialog(int(ReasonKind::AcknowledgeCooldown)); });
    connect(m_setMaintenanceButton, &QPushButton::clicked, this,
            [this] { openReasonDialog(int(ReasonKind::SetMaintenance)); });
    connect(m_clearMaintenanceButton, &QPushButton::clicked, this,
            [this] { openReasonDialog(int(ReasonKind::ClearMaintenance)); });
    // The model changes when the registry does; the selected group's details follow it.
    auto changed = [this] {
        setHasData(m_model->rowCount() > 0);
        showDetails();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    // A failover of the selected group (by this console's scheduler, another console or an
    // operator) starts its cooldown: ask the registry again rather than keep "never failed over".
    connect(m_session->fleetStore(), &FleetStore::historyAppended, this,
            [this](const QList<HealthEvent> &, const QList<FailoverEvent> &failovers, const QList<AuditEntry> &) {
                for (const FailoverEvent &event : failovers) {
                    if (event.failoverGroup == m_selected) {
                        loadCooldown();
                        return;
                    }
                }
            });
    setHasData(m_model->rowCount() > 0);
}

QString FailoverPage::title() const
{
    return tr("Failover");
}

QIcon FailoverPage::icon() const
{
    return icons::load("nav-failover");
}

QString FailoverPage::description() const
{
    return tr("Each failover group with its primary and standbys, and manual switchover with candidate, "
              "reason and confirmation.");
}

QString FailoverPage::searchPlaceholder() const
{
    return tr("Filter failover groups…");
}

void FailoverPage::retranslateUi()
{
    DashboardPage::retranslateUi();
    m_switchButton->setText(tr("Switch over…"));
    m_ackButton->setText(tr("Acknowledge cooldown…"));
    m_setMaintenanceButton->setText(tr("Set maintenance…"));
    m_clearMaintenanceButton->setText(tr("Clear maintenance…"));
    m_model->retranslate();
    showDetails();
}

void FailoverPage::refresh()
{
    m_session->refresh();
    if (m_service)
        m_service->probePermission();
    loadCooldown();
}

void FailoverPage::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (m_settings)
        connect(m_settings, &AppSettings::changed, this, &FailoverPage::updateGate);
    updateGate();
}

void FailoverPage::setScheduler(SchedulerService *scheduler)
{
    m_scheduler->setScheduler(scheduler);
    showDetails();
}

void FailoverPage::setFailoverService(FailoverService *service)
{
    attachService(service, false);
}

FailoverService *FailoverPage::failoverService() const
{
    return m_service;
}

void FailoverPage::ensureService()
{
    const SessionConfig &config = m_session->config();
    const QString dsn = config.registryConfigured ? config.registry.dsn : QString();
    if (m_service && (!m_ownsService || dsn == m_serviceDsn))
        return;
    m_serviceDsn = dsn;
    attachService(dsn.isEmpty() ? nullptr : new FailoverService(dsn, this), true);
}

void FailoverPage::attachService(FailoverService *service, bool owned)
{
    if (m_service) {
        disconnect(m_service, nullptr, this, nullptr);
        if (m_ownsService)
            m_service->deleteLater();
    }
    m_service = service;
    m_ownsService = owned && service;
    m_permissionKnown = false;
    m_permission = {};
    m_cooldownKnown = false;
    if (m_service) {
        connect(m_service, &FailoverService::permissionProbed, this, [this](const PermissionProbe &probe) {
            m_permission = probe;
            m_permissionKnown = true;
            updateGate();
        });
        connect(m_service, &FailoverService::cooldownLoaded, this, [this](const CooldownState &state) {
            if (state.group != m_selected)
                return;
            m_cooldown = state;
            m_cooldownKnown = true;
            m_cooldownError.clear();
            showDetails();
        });
        connect(m_service, &FailoverService::cooldownLoadFailed, this, [this](const QString &group, const QString &error) {
            if (group != m_selected)
                return;
            m_cooldownKnown = false;
            m_cooldownError = error;
            showDetails();
        });
        connect(m_service, &FailoverService::operatorActionFinished, this, [this](const OperatorActionResult &result) {
            if (result.requestId != m_pendingAction)
                return;
            m_pendingAction = 0;
            m_actionLabel->setText(result.message);
            Q_EMIT operatorActionDone(result.ok, result.message);
            m_session->refresh();
            loadCooldown();
        });
        m_service->probePermission();
    }
    loadCooldown();
}

void FailoverPage::onRegistryStatus(const SourceStatus &status)
{
    const bool cameBack = status.state == SourceStatus::State::Live && m_registryStatus.state != status.state;
    m_registryStatus = status;
    setSourceStatus(DataSource::Registry, status);
    ensureService();
    // The registry came back (or the role may have been changed meanwhile): ask again.
    if (cameBack && m_service) {
        m_service->probePermission();
        loadCooldown();
    }
    updateGate();
}

void FailoverPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString group = rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
    if (group == m_selected)
        return;
    m_selected = group;
    m_cooldownKnown = false;
    m_cooldownError.clear();
    loadCooldown();
    showDetails();
}

bool FailoverPage::selectGroup(const QString &group)
{
    const int sourceRow = m_model->rowOfGroup(group);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return m_selected == group;
}

void FailoverPage::loadCooldown()
{
    if (m_service && !m_selected.isEmpty())
        m_service->loadCooldown(m_selected);
}

void FailoverPage::onDecision(const GroupDecision &decision)
{
    if (decision.group == m_selected)
        showDetails();
}

void FailoverPage::showDetails()
{
    if (m_selected.isEmpty() || m_model->rowOfGroup(m_selected) < 0) {
        m_details->clear();
        updateGate();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const GroupMembers members = GroupMembers::read(*m_session->fleetStore(), m_selected, now);
    m_details->setGroup(members, now);
    if (m_scheduler->hasScheduler()) {
        const GroupDecision decision = m_scheduler->decisionFor(m_selected);
        m_details->setDecision(&decision, m_scheduler->lastFailoverAt(m_selected));
    } else {
        m_details->setNoScheduler();
    }
    updateGate();
    m_details->setCooldownText(cooldownText());
}

QString FailoverPage::cooldownText() const
{
    if (!m_cooldownError.isEmpty())
        return tr("unknown (%1)").arg(m_cooldownError);
    if (!m_cooldownKnown)
        return m_service ? tr("reading…") : tr("unknown (no registry connection)");
    if (!m_cooldown.lastFailoverAt.isValid())
        return tr("none: the group never failed over");
    const QString last = QLocale().toString(m_cooldown.lastFailoverAt.toLocalTime(), QLocale::ShortFormat);
    if (m_gate.inCooldown) {
        return tr("until %1 (last failover %2)")
            .arg(QLocale().toString(m_gate.cooldownEnds.toLocalTime(), QLocale::ShortFormat), last);
    }
    if (m_cooldown.acknowledgedAt.isValid() && m_cooldown.acknowledgedAt >= m_cooldown.lastFailoverAt)
        return tr("acknowledged (last failover %1)").arg(last);
    return tr("over (last failover %1)").arg(last);
}

void FailoverPage::updateGate()
{
    SwitchoverGateInputs in;
    in.groupSelected = !m_selected.isEmpty();
    in.readOnly = m_settings && m_settings->readOnly();
    in.readOnlyForced = m_settings && m_settings->isReadOnlyForced();
    in.registryConfigured = m_service != nullptr;
    in.registry = m_registryStatus;
    in.permissionKnown = m_permissionKnown;
    in.permission = m_permission;
    in.cooldownKnown = m_cooldownKnown;
    in.cooldown = m_cooldown;
    in.cooldownSeconds = m_settings ? qint64(m_settings->scheduler().cooldownMinutes) * 60 : DefaultCooldownSeconds;
    in.now = QDateTime::currentDateTimeUtc();
    in.busy = m_pendingAction != 0 || (m_dialog && m_dialog->isRunning());
    m_gate = SwitchoverGate::evaluate(in);

    m_switchButton->setEnabled(m_gate.switchoverAllowed);
    m_gateLabel->setText(m_gate.switchoverAllowed ? tr("Ready: the switchover asks for a candidate, a reason and a "
                                                       "confirmation.")
                                                  : m_gate.reason);
    m_ackButton->setVisible(m_gate.inCooldown);
    m_ackButton->setEnabled(m_gate.offerCooldownAck);
    m_setMaintenanceButton->setEnabled(m_gate.maintenanceAllowed);
    m_clearMaintenanceButton->setEnabled(m_gate.maintenanceAllowed);
    const QString maintenanceTip = m_gate.maintenanceAllowed ? QString() : m_gate.maintenanceReason;
    m_setMaintenanceButton->setToolTip(maintenanceTip);
    m_clearMaintenanceButton->setToolTip(maintenanceTip);
    m_details->setCooldownText(cooldownText());
    Q_EMIT gateChanged(m_gate);
}

SwitchoverDialog *FailoverPage::switchoverDialog() const
{
    return m_dialog;
}

void FailoverPage::openSwitchoverDialog()
{
    updateGate();
    if (!m_gate.switchoverAllowed || m_dialog)
        return;
    const GroupMembers members = GroupMembers::read(*m_session->fleetStore(), m_selected,
                                                    QDateTime::currentDateTimeUtc());
    m_dialog = new SwitchoverDialog(members, m_service, m_permission.dbUser, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SwitchoverDialog::switchoverFinished, this, [this](const PromotionResult &result) {
        m_actionLabel->setText(result.message);
        m_session->refresh();
        loadCooldown();
        updateGate();
    });
    connect(m_dialog, &QObject::destroyed, this, &FailoverPage::updateGate, Qt::QueuedConnection);
    m_dialog->open();
    updateGate();
}

void FailoverPage::openReasonDialog(int kind)
{
    if (m_selected.isEmpty() || !m_service)
        return;
    auto *dialog = new OperatorReasonDialog(ReasonKind(kind), m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind] {
        runOperatorAction(kind, dialog->reason(), dialog->durationSeconds());
    });
    dialog->open();
}

void FailoverPage::runOperatorAction(int kind, const QString &reason, qint64 seconds)
{
    updateGate();
    if (!m_service || m_selected.isEmpty() || m_pendingAction != 0)
        return;
    if (ReasonKind(kind) == ReasonKind::AcknowledgeCooldown) {
        if (!m_gate.offerCooldownAck)
            return;
        m_pendingAction = m_service->acknowledgeCooldown(m_selected, reason);
    } else {
        if (!m_gate.maintenanceAllowed)
            return;
        MaintenanceRequest request;
        request.scope = MaintenanceScope::Group;
        request.group = m_selected;
        request.reason = reason;
        if (ReasonKind(kind) == ReasonKind::SetMaintenance)
            request.until = QDateTime::currentDateTimeUtc().addSecs(seconds);
        m_pendingAction = m_service->setMaintenance(request);
    }
    m_actionLabel->setText(tr("Working…"));
    updateGate();
}

} // namespace looma
