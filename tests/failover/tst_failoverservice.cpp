#include "FailoverPolicy.h"
#include "FailoverService.h"
#include "FailoverTestDb.h"
#include "StackEnv.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <memory>
#include <pqxx/pqxx>

using namespace looma;
using looma::test::FailoverTestDb;

namespace {

// A real HTTP endpoint on loopback that answers every POST with 200 and keeps the bodies.
class WebhookReceiver final : public QObject
{
public:
    WebhookReceiver()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    bodies.append(buffer->mid(end + 4, length));
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/failover").arg(m_server.serverPort())); }
    QList<QByteArray> bodies;

private:
    QTcpServer m_server;
};

// A loopback port that was free a moment ago and that nothing listens on now.
QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/failover").arg(port));
}

} // namespace

class tst_FailoverService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void webhookDownIsRecordedOnTheEvent();
    void webhookUpIsRecordedAsActuated();
    void maintenanceIsSetClearedAndAudited();
    void cooldownAcknowledgementLiftsTheCooldown();
    void viewerMayNotFailOver();
    void operatorRoleMayFailOver();

private:
    PromotionRequest request() const;
    PromotionResult promote(FailoverService &service, const PromotionRequest &req);
    QString loginAs(const QString &group);

    test::StackEnv m_env;
    QString m_dsn;
    std::unique_ptr<pqxx::connection> m_db;
    test::SeededGroup m_group;
    QStringList m_roles;
};

void tst_FailoverService::initTestCase()
{
    qRegisterMetaType<PromotionResult>();
    m_env = test::StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
}

void tst_FailoverService::init()
{
    QString error;
    m_dsn = FailoverTestDb::create(m_env, QStringLiteral("fo_svc_%1").arg(QCoreApplication::applicationPid()), &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
    m_db = std::make_unique<pqxx::connection>(m_dsn.toStdString());
    m_group = FailoverTestDb::seed(*m_db);
}

void tst_FailoverService::cleanup()
{
    for (const QString &role : std::as_const(m_roles))
        pqxx::nontransaction(*m_db).exec0("DROP ROLE IF EXISTS " + m_db->quote_name(role.toStdString()));
    m_roles.clear();
    m_db.reset();
}

PromotionRequest tst_FailoverService::request() const
{
    PromotionRequest r;
    r.group = m_group.group;
    r.candidateId = m_group.standbyB;
    r.expectedPrimaryId = m_group.primary;
    r.expectedGeneration = 1;
    r.actor = QStringLiteral("bob@ops-desk");
    r.reason = QStringLiteral("planned switchover to Hangzhou");
    return r;
}

PromotionResult tst_FailoverService::promote(FailoverService &service, const PromotionRequest &req)
{
    QSignalSpy finished(&service, &FailoverService::promotionFinished);
    const quint64 id = service.promote(req);
    if (!finished.wait(30000))
        return {};
    const auto result = finished.at(0).at(0).value<PromotionResult>();
    return result.requestId == id ? result : PromotionResult{};
}

// A login role that is a member of `group` (looma_viewer / looma_operator); returns its DSN.
QString tst_FailoverService::loginAs(const QString &group)
{
    const QString role = QStringLiteral("fo_%1_%2").arg(group.mid(6)).arg(QCoreApplication::applicationPid());
    pqxx::nontransaction tx(*m_db);
    tx.exec0("DROP ROLE IF EXISTS " + tx.quote_name(role.toStdString()));
    tx.exec0("CREATE ROLE " + tx.quote_name(role.toStdString()) + " LOGIN IN ROLE " + group.toStdString());
    m_roles << role;
    QUrl url(m_dsn);
    url.setUserName(role);
    return url.toString();
}

void tst_FailoverService::webhookDownIsRecordedOnTheEvent()
{
    FailoverService service(m_dsn);
    service.setWebhookConfig({closedPortUrl(), {}, 1000, 2, 50});
    QSignalSpy actuated(&service, &FailoverService::actuationFinished);

    const PromotionResult r = promote(service, request());
    QVERIFY2(r.status == PromotionStatus::Committed, qPrintable(r.message));
    QVERIFY(actuated.wait(20000));
    QCOMPARE(actuated.at(0).at(0).toLongLong(), r.eventId);
    QCOMPARE(actuated.at(0).at(1).toBool(), false);

    // The promotion stands; the event says the outside world was not told, and why.
    QCOMPARE(FailoverTestDb::primaryOf(*m_db, m_group.group), m_group.standbyB);
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral(
                 "SELECT concat_ws('|', outcome, position('after 3 attempts' in detail) > 0, finished_at IS NOT NULL, "
                 "committed_at IS NOT NULL) FROM failover_events WHERE id = %1").arg(r.eventId)),
             QStringLiteral("actuation_failed|t|t|t"));
}

void tst_FailoverService::webhookUpIsRecordedAsActuated()
{
    WebhookReceiver receiver;
    FailoverService service(m_dsn);
    // The group's own URL wins over the default (which points nowhere).
    service.setWebhookConfig({closedPortUrl(), {{m_group.group, receiver.url()}}, 2000, 0, 50});
    QSignalSpy actuated(&service, &FailoverService::actuationFinished);

    const PromotionResult r = promote(service, request());
    QVERIFY2(r.status == PromotionStatus::Committed, qPrintable(r.message));
    QVERIFY(actuated.wait(20000));
    QCOMPARE(actuated.at(0).at(1).toBool(), true);
    QCOMPARE(receiver.bodies.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(receiver.bodies.first()).object();
    QCOMPARE(body.value(QStringLiteral("group")).toString(), m_group.group);
    QCOMPARE(body.value(QStringLiteral("service")).toString(), QStringLiteral("matching-service"));
    QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("10.1.0.1:8208"));
    QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("10.2.0.1:8208"));
    QCOMPARE(body.value(QStringLiteral("generation")).toInt(), 2);
    QCOMPARE(body.value(QStringLiteral("trigger")).toString(), QStringLiteral("manual"));
    QCOMPARE(body.value(QStringLiteral("actor")).toString(), QStringLiteral("bob@ops-desk"));
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("planned switchover to Hangzhou"));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral("SELECT outcome || '|' || (finished_at IS NOT NULL) "
                                                        "FROM failover_events WHERE id = %1").arg(r.eventId)),
             QStringLiteral("actuated|true"));
}

void tst_FailoverService::maintenanceIsSetClearedAndAudited()
{
    FailoverService service(m_dsn);
    QSignalSpy done(&service, &FailoverService::operatorActionFinished);
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
    auto run = [&](MaintenanceRequest req) {
        req.actor = QStringLiteral("carol@ops-desk");
        done.clear();
        service.setMaintenance(req);
        return done.wait(10000) ? done.at(0).at(0).value<OperatorActionResult>() : OperatorActionResult{};
    };
    OperatorActionResult r = run({0, MaintenanceScope::Node, m_group.node1, {}, until, QStringLiteral("kernel"), {}});
    QVERIFY2(r.ok, qPrintable(r.message));
    r = run({0, MaintenanceScope::Group, 0, m_group.group, until, QStringLiteral("db upgrade"), {}});
    QVERIFY2(r.ok && r.rowsChanged == 3, qPrintable(r.message));
    r = run({0, MaintenanceScope::Region, m_group.region1, {}, until, QStringLiteral("network work"), {}});
    QVERIFY2(r.ok, qPrintable(r.message));
    r = run({0, MaintenanceScope::Node, m_group.node1, {}, {}, {}, {}});
    QVERIFY2(r.ok, qPrintable(r.message));
    r = run({0, MaintenanceScope::Node, 987654, {}, until, QStringLiteral("typo"), {}});
    QVERIFY(!r.ok);
    r = run({0, MaintenanceScope::Node, m_group.node1, {}, until, QString(), {}});
    QVERIFY(!r.ok); // a reason is required

    QCOMPARE(FailoverTestDb::scalar(*m_db, QStringLiteral("SELECT count(*) FROM nodes WHERE maintenance_until IS NOT NULL")),
             qint64(0));
    QCOMPARE(FailoverTestDb::scalar(*m_db, QStringLiteral(
                 "SELECT count(*) FROM service_instances WHERE maintenance_reason = 'db upgrade' "
                 "AND abs(extract(epoch FROM maintenance_until) - %1) < 1").arg(until.toSecsSinceEpoch())),
             qint64(3));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral("SELECT maintenance_reason FROM regions WHERE id = %1")
                                             .arg(m_group.region1)),
             QStringLiteral("network work"));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral(
                 "SELECT string_agg(action || ' ' || target || ' ' || actor, ', ' ORDER BY id) FROM audit_log")),
             QStringLiteral("maintenance.set node:%1 carol@ops-desk, maintenance.set matching-gz carol@ops-desk, "
                            "maintenance.set region:%2 carol@ops-desk, maintenance.clear node:%1 carol@ops-desk")
                 .arg(m_group.node1).arg(m_group.region1));
}

void tst_FailoverService::cooldownAcknowledgementLiftsTheCooldown()
{
    FailoverService service(m_dsn);
    QVERIFY(promote(service, request()).status == PromotionStatus::Committed);

    QSignalSpy loaded(&service, &FailoverService::cooldownLoaded);
    service.loadCooldown(m_group.group);
    QVERIFY(loaded.wait(10000));
    CooldownState state = loaded.at(0).at(0).value<CooldownState>();
    QVERIFY(state.lastFailoverAt.isValid());
    QVERIFY(!state.acknowledgedAt.isValid());

    // Feed the registry's answer to the policy, as the scheduler will: in cooldown.
    FailoverInputs in;
    in.group = m_group.group;
    in.now = QDateTime::currentDateTimeUtc();
    in.lastFailoverAt = state.lastFailoverAt;
    in.cooldownAcknowledgedAt = state.acknowledgedAt;
    QVERIFY(FailoverPolicy::decide(in).blocks.contains(BlockCode::Cooldown));

    QSignalSpy done(&service, &FailoverService::operatorActionFinished);
    service.acknowledgeCooldown(m_group.group, QStringLiteral("root cause fixed"), QStringLiteral("dave@ops-desk"));
    QVERIFY(done.wait(10000));
    QVERIFY2(done.at(0).at(0).value<OperatorActionResult>().ok,
             qPrintable(done.at(0).at(0).value<OperatorActionResult>().message));
    loaded.clear();
    service.loadCooldown(m_group.group);
    QVERIFY(loaded.wait(10000));
    state = loaded.at(0).at(0).value<CooldownState>();
    QVERIFY(state.acknowledgedAt >= state.lastFailoverAt);
    in.cooldownAcknowledgedAt = state.acknowledgedAt;
    QVERIFY(!FailoverPolicy::decide(in).blocks.contains(BlockCode::Cooldown));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral("SELECT actor || ' ' || (detail->>'reason') FROM audit_log "
                                                        "WHERE action = 'failover.cooldown_ack'")),
             QStringLiteral("dave@ops-desk root cause fixed"));
}

void tst_FailoverService::viewerMayNotFailOver()
{
    FailoverService service(loginAs(QStringLiteral("looma_viewer")));
    QSignalSpy probed(&service, &FailoverService::permissionProbed);
    service.probePermission();
    QVERIFY(probed.wait(10000));
    const auto probe = probed.at(0).at(0).value<PermissionProbe>();
    QVERIFY(!probe.canFailover);
    QVERIFY(!probe.canSetMaintenance);
    QVERIFY2(probe.reason.contains(QStringLiteral("may not fail over")), qPrintable(probe.reason));
    QVERIFY2(probe.reason.contains(QStringLiteral("UPDATE of service_instances.role")), qPrintable(probe.reason));

    // And the database agrees: the attempt fails and nothing changes.
    const QString before = FailoverTestDb::snapshot(*m_db, m_group.group);
    const PromotionResult r = promote(service, request());
    QVERIFY(r.status == PromotionStatus::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("permission denied")), qPrintable(r.message));
    QCOMPARE(FailoverTestDb::snapshot(*m_db, m_group.group), before);
}

void tst_FailoverService::operatorRoleMayFailOver()
{
    FailoverService service(loginAs(QStringLiteral("looma_operator")));
    QSignalSpy probed(&service, &FailoverService::permissionProbed);
    service.probePermission();
    QVERIFY(probed.wait(10000));
    const auto probe = probed.at(0).at(0).value<PermissionProbe>();
    QVERIFY2(probe.canFailover && probe.canSetMaintenance, qPrintable(probe.reason));
    QVERIFY(probe.dbUser.startsWith(QStringLiteral("fo_operator_")));

    // The grants in 0002_roles.sql are enough for the whole write path, webhook outcome included.
    WebhookReceiver receiver;
    service.setWebhookConfig({receiver.url(), {}, 2000, 0, 50});
    QSignalSpy actuated(&service, &FailoverService::actuationFinished);
    const PromotionResult r = promote(service, request());
    QVERIFY2(r.status == PromotionStatus::Committed, qPrintable(r.message));
    QVERIFY(actuated.wait(20000));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral("SELECT outcome FROM failover_events WHERE id = %1")
                                             .arg(r.eventId)),
             QStringLiteral("actuated"));
    QCOMPARE(FailoverTestDb::text(*m_db, QStringLiteral("SELECT db_user FROM audit_log")), probe.dbUser);
}

QTEST_GUILESS_MAIN(tst_FailoverService)
#include "tst_failoverservice.moc"
