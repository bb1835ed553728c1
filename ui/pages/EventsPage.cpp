#include "EventsPage.h"

#include "ConsoleSession.h"
#include "EventFilterProxyModel.h"
#include "EventListModel.h"
#include "FleetStore.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "events/AlertConversion.h"
#include "events/EventNotifier.h"
#include "events/EventStateProxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace looma {

EventsPage::EventsPage(ConsoleSession *session, QWidget *parent)
    : DashboardPage(QStringLiteral("events"), {DataSource::Registry, DataSource::Prometheus}, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("eventsPage"));
    // Without a session the list still exists (empty), so the page's widgets are always whole.
    FleetStore *store = m_session ? m_session->fleetStore() : new FleetStore(this);
    m_model = new EventListModel(store, this);
    m_states = new EventStateProxy(store, this);
    m_states->setSourceModel(m_model);
    m_filter = new EventFilterProxyModel(this);
    m_filter->setSourceModel(m_states);
    setContentWidget(createContent());
    m_notifier = new EventNotifier(m_model, m_states, this, this);
    connect(m_notifier, &EventNotifier::showEventsRequested, this, &EventsPage::showRequested);
    connect(this, &DashboardPage::searchTextChanged, m_filter, &EventFilterProxyModel::setTextFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        setHasData(true);
        updateCounts();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventsPage::updateCounts);

    if (m_session) {
        connect(m_session, &ConsoleSession::alertsChanged, this, &EventsPage::onAlerts);
        connect(m_session, &ConsoleSession::registryStatusChanged, this,
                [this](const SourceStatus &s) { setSourceStatus(DataSource::Registry, s); });
        connect(m_session, &ConsoleSession::prometheusStatusChanged, this, [this](const SourceStatus &s) {
            setSourceStatus(DataSource::Prometheus, s);
            // An empty list is an answer once a source is live: "no events" is data.
            if (s.state == SourceStatus::State::Live)
                setHasData(true);
        });
        setSourceStatus(DataSource::Registry, m_session->registryStatus());
        setSourceStatus(DataSource::Prometheus, m_session->prometheusStatus());
        onAlerts(m_session->alerts());
    }
    setHasData(m_model->rowCount() > 0);
    retranslateUi();
}

QWidget *EventsPage::createContent()
{
    auto *content = new QWidget;
    const auto check = [content](const char *name) {
        auto *box = new QCheckBox(content);
        box->setObjectName(QLatin1String(name));
        box->setChecked(true);
        return box;
    };
    m_alertsCheck = check("alertsKindCheckBox");
    m_healthCheck = check("healthKindCheckBox");
    m_failoverCheck = check("failoverKindCheckBox");
    m_auditCheck = check("auditKindCheckBox");
    m_hideAckCheck = check("hideAcknowledgedCheckBox");
    m_hideAckCheck->setChecked(false);
    m_severityLabel = new QLabel(content);
    m_severityCombo = new QComboBox(content);
    m_severityCombo->setObjectName(QStringLiteral("severityComboBox"));
    m_severityLabel->setBuddy(m_severityCombo);
    for (Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Critical})
        m_severityCombo->addItem(QString(), int(s));
    m_ackButton = new QPushButton(content);
    m_ackButton->setObjectName(QStringLiteral("acknowledgeButton"));
    m_snoozeButton = new QPushButton(content);
    m_snoozeButton->setObjectName(QStringLiteral("snoozeButton"));
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(QStringLiteral("eventCountLabel"));
    m_alertsStaleLabel = new QLabel(content);
    m_alertsStaleLabel->setObjectName(QStringLiteral("alertsStaleLabel"));
    m_alertsStaleLabel->setWordWrap(true);
    m_alertsStaleLabel->hide();

    auto *filters = new QHBoxLayout;
    for (QCheckBox *box : {m_alertsCheck, m_healthCheck, m_failoverCheck, m_auditCheck})
        filters->addWidget(box);
    filters->addSpacing(16);
    filters->addWidget(m_severityLabel);
    filters->addWidget(m_severityCombo);
    filters->addWidget(m_hideAckCheck);
    filters->addStretch(1);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("eventsTableView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EventListModel::TimeColumn, 150);
    m_view->setColumnWidth(EventListModel::SeverityColumn, 190);
    m_view->setColumnWidth(EventListModel::KindColumn, 110);
    m_view->setColumnWidth(EventListModel::SourceColumn, 260);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_ackButton);
    actions->addWidget(m_snoozeButton);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_alertsStaleLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    for (QCheckBox *box : {m_alertsCheck, m_healthCheck, m_failoverCheck, m_auditCheck})
        connect(box, &QCheckBox::toggled, this, &EventsPage::updateKinds);
    connect(m_hideAckCheck, &QCheckBox::toggled, m_filter, &EventFilterProxyModel::setHideAcknowledged);
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(Severity(m_severityCombo->currentData().toInt()));
    });
    connect(m_ackButton, &QPushButton::clicked, this, &EventsPage::acknowledgeSelected);
    connect(m_snoozeButton, &QPushButton::clicked, this, &EventsPage::snoozeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPage::updateButtons);
    updateButtons();
    return content;
}

void EventsPage::onAlerts(const QList<PromAlert> &alerts)
{
    if (!m_session)
        return;
    QHash<QString, PromLabels> labels;
    QList<PrometheusAlert> converted;
    for (const PromAlert &alert : alerts) {
        if (alert.state == PromAlertState::Inactive)
            continue;
        converted.append(AlertConversion::convert(alert));
        labels.insert(QStringLiteral("p:") + converted.back().key(), alert.labels);
    }
    m_states->setAlertLabels(labels);
    m_model->setAlerts(converted);
    m_alertsStaleLabel->setVisible(m_session->alertsStale());
    if (m_model->rowCount() > 0)
        setHasData(true);
}

void EventsPage::updateKinds()
{
    int mask = 0;
    if (m_alertsCheck->isChecked())
        mask |= int(EventKind::Alert);
    if (m_healthCheck->isChecked())
        mask |= int(EventKind::Health);
    if (m_failoverCheck->isChecked())
        mask |= int(EventKind::Failover);
    if (m_auditCheck->isChecked())
        mask |= int(EventKind::Audit);
    m_filter->setKinds(mask);
    updateCounts();
}

void EventsPage::acknowledgeSelected()
{
    QStringList keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        keys << index.data(IdRole).toString();
    for (const QString &key : keys)
        m_model->acknowledge(key);
    updateButtons();
}

void EventsPage::snoozeSelected()
{
    // Snoozing from the list acts on the notification of the selected event's source.
    acknowledgeSelected();
    m_notifier->snoozeCurrent();
}

void EventsPage::updateButtons()
{
    const bool any = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_ackButton->setEnabled(any);
    m_snoozeButton->setEnabled(!m_notifier || !m_notifier->currentKey().isEmpty());
}

void EventsPage::updateCounts()
{
    m_countLabel->setText(tr("%1 of %2 events shown; %3 critical unacknowledged")
                              .arg(m_filter->rowCount())
                              .arg(m_model->rowCount())
                              .arg(m_model->unacknowledgedCount(Severity::Critical)));
    updateButtons();
}

void EventsPage::refresh()
{
    if (m_session)
        m_session->refresh();
}

QString EventsPage::title() const
{
    return tr("Events");
}

QIcon EventsPage::icon() const
{
    return icons::load("nav-events");
}

QString EventsPage::description() const
{
    return tr("Prometheus alerts, health transitions, failover events and the audit log, newest first.");
}

QString EventsPage::searchPlaceholder() const
{
    return tr("Search events…");
}

void EventsPage::retranslateUi()
{
    DashboardPage::retranslateUi();
    if (!m_view)
        return;
    m_alertsCheck->setText(tr("Alerts"));
    m_healthCheck->setText(tr("Health"));
    m_failoverCheck->setText(tr("Failover"));
    m_auditCheck->setText(tr("Audit"));
    m_hideAckCheck->setText(tr("Hide acknowledged"));
    m_severityLabel->setText(tr("&Minimum severity:"));
    const QString names[] = {tr("All"), tr("Info and worse"), tr("Warning and worse"), tr("Critical only")};
    for (int i = 0; i < 4; ++i)
        m_severityCombo->setItemText(i, names[i]);
    m_ackButton->setText(tr("&Acknowledge selected"));
    m_snoozeButton->setText(tr("&Snooze notifications 1 h"));
    m_alertsStaleLabel->setText(tr("⚠ Prometheus did not answer the last alerts poll; the alerts shown are the "
                                   "last ones received."));
    m_model->retranslate();
    m_states->retranslate();
    if (m_notifier)
        m_notifier->retranslate();
    updateCounts();
}

} // namespace looma
