#include "AppSettings.h"
#include "ConsoleSession.h"
#include "EventFilterProxyModel.h"
#include "EventListModel.h"
#include "FleetStore.h"
#include "ModelRoles.h"
#include "events/EventNotifier.h"
#include "events/EventStateProxy.h"
#include "pages/EventsPage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace looma;

// The Events page on a session that is not started: the registry history is applied to its
// store and Prometheus alerts are delivered through its alertsChanged signal, as the live session
// would. Offscreen there is no system tray, so new critical events use the in-window notice.
class tst_EventsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergesAndFiltersByKind();
    void filtersByText();
    void acknowledgeMarksRow();
    void noticeForNewCritical();
    void snoozeSilencesSource();
    void maintenanceSuppresses();

private:
    void applyFleet(bool maintenance = false);
    PromAlert alert(const QString &name, const QString &service, const QString &severity) const;
    int rowOf(const QString &key) const;

    QTemporaryDir m_dir;
    AppSettings *m_settings = nullptr;
    ConsoleSession *m_session = nullptr;
    EventsPage *m_page = nullptr;
};

void tst_EventsPage::init()
{
    m_settings = new AppSettings(m_dir.filePath(QStringLiteral("settings.ini")));
    m_session = new ConsoleSession(m_settings);
    m_page = new EventsPage(m_session);
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void tst_EventsPage::cleanup()
{
    delete m_page;
    delete m_session;
    delete m_settings;
}

void tst_EventsPage::applyFleet(bool maintenance)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FleetSnapshot snap;
    snap.full = true;
    Region region;
    region.id = 1;
    region.region = QStringLiteral("ap-guangzhou");
    region.zone = QStringLiteral("ap-guangzhou-3");
    snap.regions = {region};
    Cluster cluster;
    cluster.id = 1;
    cluster.regionId = 1;
    cluster.name = QStringLiteral("tke-1");
    snap.clusters = {cluster};
    Node node;
    node.id = 1;
    node.clusterId = 1;
    node.hostname = QStringLiteral("node-1");
    if (maintenance)
        node.maintenance.until = now.addSecs(3600);
    snap.nodes = {node};
    Service svc;
    svc.id = 1;
    svc.name = QStringLiteral("matching-service");
    snap.services = {svc};
    ServiceInstance in;
    in.id = 11;
    in.serviceId = 1;
    in.nodeId = 1;
    in.failoverGroup = QStringLiteral("matching-service");
    in.endpoint = QStringLiteral("127.10.0.1:8208");
    snap.instances = {in};
    HealthEvent h;
    h.id = 1;
    h.instanceId = 11;
    h.fromState = HealthState::Passing;
    h.toState = HealthState::Critical;
    h.observedAt = now;
    h.detail = QStringLiteral("HTTP 503");
    snap.healthEvents = {h};
    AuditEntry a;
    a.id = 1;
    a.at = now.addSecs(-60);
    a.actor = QStringLiteral("ops@console");
    a.action = QStringLiteral("maintenance.set");
    a.target = QStringLiteral("node-1");
    snap.auditEntries = {a};
    m_session->fleetStore()->apply(snap);
}

PromAlert tst_EventsPage::alert(const QString &name, const QString &service, const QString &severity) const
{
    PromAlert a;
    a.labels = {{QStringLiteral("alertname"), name},
                {QStringLiteral("service"), service},
                {QStringLiteral("severity"), severity}};
    a.annotations = {{QStringLiteral("summary"), QStringLiteral("%1 on %2").arg(name, service)}};
    a.state = PromAlertState::Firing;
    a.activeAt = QDateTime::currentDateTimeUtc();
    return a;
}

int tst_EventsPage::rowOf(const QString &key) const
{
    QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(IdRole).toString() == key)
            return row;
    return -1;
}

void tst_EventsPage::mergesAndFiltersByKind()
{
    applyFleet();
    Q_EMIT m_session->alertsChanged({alert(QStringLiteral("LoomaAIErrorRateHigh"), QStringLiteral("matching-service"),
                                           QStringLiteral("warning"))});
    QAbstractItemModel *view = m_page->view()->model();
    QCOMPARE(view->rowCount(), 3); // health, audit, alert
    QVERIFY(m_page->hasData());

    auto *alerts = m_page->findChild<QCheckBox *>(QStringLiteral("alertsKindCheckBox"));
    auto *audit = m_page->findChild<QCheckBox *>(QStringLiteral("auditKindCheckBox"));
    QVERIFY(alerts && audit);
    alerts->click();
    QCOMPARE(view->rowCount(), 2);
    for (int row = 0; row < view->rowCount(); ++row)
        QVERIFY(view->index(row, 0).data(KindRole).toInt() != int(EventKind::Alert));
    audit->click();
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data(KindRole).toInt(), int(EventKind::Health));
    alerts->click();
    audit->click();
    QCOMPARE(view->rowCount(), 3);
}

void tst_EventsPage::filtersByText()
{
    applyFleet();
    Q_EMIT m_session->alertsChanged({alert(QStringLiteral("LoomaCrmBackendDown"), QStringLiteral("redis"),
                                           QStringLiteral("critical"))});
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("redis"));
    QAbstractItemModel *view = m_page->view()->model();
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data(KindRole).toInt(), int(EventKind::Alert));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("503"));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data(KindRole).toInt(), int(EventKind::Health));
    search->clear();
    QCOMPARE(view->rowCount(), 3);
}

void tst_EventsPage::acknowledgeMarksRow()
{
    applyFleet();
    const int row = rowOf(QStringLiteral("h:1"));
    QVERIFY(row >= 0);
    QAbstractItemModel *view = m_page->view()->model();
    const QModelIndex severity = view->index(row, EventListModel::SeverityColumn);
    QVERIFY(!severity.data(AcknowledgedRole).toBool());
    QVERIFY(!severity.data().toString().contains(QStringLiteral("acknowledged")));
    auto *ack = m_page->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QVERIFY(ack);
    QVERIFY(!ack->isEnabled()); // nothing selected
    m_page->view()->selectRow(row);
    QVERIFY(ack->isEnabled());
    QTest::mouseClick(ack, Qt::LeftButton);
    const QModelIndex after = view->index(rowOf(QStringLiteral("h:1")), EventListModel::SeverityColumn);
    QVERIFY(after.data(AcknowledgedRole).toBool());
    QVERIFY2(after.data().toString().contains(QStringLiteral("acknowledged")), qPrintable(after.data().toString()));
    QVERIFY(!after.data(Qt::DecorationRole).value<QIcon>().isNull());
    // And "hide acknowledged" hides it.
    m_page->findChild<QCheckBox *>(QStringLiteral("hideAcknowledgedCheckBox"))->click();
    QCOMPARE(rowOf(QStringLiteral("h:1")), -1);
}

void tst_EventsPage::noticeForNewCritical()
{
    EventNotifier *notifier = m_page->notifier();
    QVERIFY(!notifier->usesTray()); // offscreen: no system tray
    QSignalSpy notified(notifier, &EventNotifier::notified);
    // A warning does not notify; a critical alert does.
    Q_EMIT m_session->alertsChanged({alert(QStringLiteral("LoomaAILatencyP95High"), QStringLiteral("chat-service"),
                                           QStringLiteral("warning"))});
    QCOMPARE(notified.count(), 0);
    const PromAlert down = alert(QStringLiteral("LoomaCrmBackendDown"), QStringLiteral("redis"), QStringLiteral("critical"));
    Q_EMIT m_session->alertsChanged({down});
    QCOMPARE(notified.count(), 1);
    QVERIFY(notifier->notice());
    QVERIFY(notifier->notice()->isVisible());
    QVERIFY(notifier->currentText().contains(QStringLiteral("LoomaCrmBackendDown")));
    // Acknowledge from the notice marks the event in the list.
    auto *ack = notifier->notice()->findChild<QPushButton *>(QStringLiteral("noticeAcknowledgeButton"));
    QVERIFY(ack);
    QTest::mouseClick(ack, Qt::LeftButton);
    QVERIFY(!notifier->notice()->isVisible());
    const QString key = notifier->currentKey();
    const int row = rowOf(key);
    QVERIFY(row >= 0);
    QVERIFY(m_page->view()->model()->index(row, 0).data(AcknowledgedRole).toBool());
    // The same alert polled again is not new.
    Q_EMIT m_session->alertsChanged({down});
    QCOMPARE(notified.count(), 1);
}

void tst_EventsPage::snoozeSilencesSource()
{
    EventNotifier *notifier = m_page->notifier();
    QSignalSpy notified(notifier, &EventNotifier::notified);
    PromAlert down = alert(QStringLiteral("LoomaCrmBackendDown"), QStringLiteral("redis"), QStringLiteral("critical"));
    Q_EMIT m_session->alertsChanged({down});
    QCOMPARE(notified.count(), 1);
    auto *snooze = notifier->notice()->findChild<QPushButton *>(QStringLiteral("noticeSnoozeButton"));
    QTest::mouseClick(snooze, Qt::LeftButton);
    QVERIFY(!notifier->notice()->isVisible());
    QVERIFY(notifier->isSnoozed(notifier->currentKey(), QString()));
    QVERIFY(!notifier->isSnoozed(notifier->currentKey(), QString(), QDateTime::currentDateTimeUtc().addSecs(3601)));
    // It resolves and fires again within the hour: still quiet.
    Q_EMIT m_session->alertsChanged({});
    down.activeAt = QDateTime::currentDateTimeUtc().addSecs(5);
    Q_EMIT m_session->alertsChanged({down});
    QCOMPARE(notified.count(), 1);
    // Another critical alert is not snoozed.
    Q_EMIT m_session->alertsChanged({down, alert(QStringLiteral("LoomaAIErrorBudgetFastBurn"),
                                                 QStringLiteral("matching-service"), QStringLiteral("critical"))});
    QCOMPARE(notified.count(), 2);
}

void tst_EventsPage::maintenanceSuppresses()
{
    QSignalSpy notified(m_page->notifier(), &EventNotifier::notified);
    applyFleet(true); // node-1 in maintenance: its instance's critical transition is suppressed
    QCOMPARE(notified.count(), 0);
    const int row = rowOf(QStringLiteral("h:1"));
    QVERIFY(row >= 0);
    const QModelIndex severity = m_page->view()->model()->index(row, EventListModel::SeverityColumn);
    QVERIFY(severity.data(EventStateProxy::SuppressedRole).toBool());
    QVERIFY2(severity.data().toString().contains(QStringLiteral("maintenance")), qPrintable(severity.data().toString()));
}

QTEST_MAIN(tst_EventsPage)
#include "tst_eventspage.moc"
