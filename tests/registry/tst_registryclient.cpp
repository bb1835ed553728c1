#include "RegistryClient.h"
#include "RegistryReader.h"
#include "RegistryTestDb.h"
#include "StackEnv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <functional>
#include <pqxx/pqxx>

using namespace looma;
using looma::test::RegistryTestDb;
using looma::test::StackEnv;

namespace {

// Everything one client emitted, in order.
struct Recorder
{
    QList<FleetSnapshot> fulls;
    QList<FleetSnapshot> deltas;
    QList<FleetSnapshot> cached;
    QList<RejectedRow> rejected;
    int rejectedSignals = 0;
    QList<SourceStatus> statuses;

    void attach(RegistryClient &client, QObject *context)
    {
        QObject::connect(&client, &RegistryClient::snapshotReady, context,
                         [this](const FleetSnapshot &s) { fulls.append(s); });
        QObject::connect(&client, &RegistryClient::deltaReady, context,
                         [this](const FleetSnapshot &s) { deltas.append(s); });
        QObject::connect(&client, &RegistryClient::cachedSnapshotLoaded, context,
                         [this](const FleetSnapshot &s) { cached.append(s); });
        QObject::connect(&client, &RegistryClient::rowsRejected, context,
                         [this](const QList<RejectedRow> &rows) {
                             rejected += rows;
                             ++rejectedSignals;
                         });
        QObject::connect(&client, &RegistryClient::statusChanged, context,
                         [this](const SourceStatus &s) { statuses.append(s); });
    }

    bool anyDelta(const std::function<bool(const FleetSnapshot &)> &predicate) const
    {
        return std::any_of(deltas.cbegin(), deltas.cend(), predicate);
    }
};

template <typename T, typename Pred> bool has(const QList<T> &list, Pred pred)
{
    return std::any_of(list.cbegin(), list.cend(), pred);
}

struct Step
{
    const char *name;
    QString sql;
    std::function<bool(const FleetSnapshot &)> seen;
};

} // namespace

class TestRegistryClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullLoadOfFiftyThousandInstances();
    void followsEveryTable_data();
    void followsEveryTable();
    void lateCommitIsDeliveredOnce();
    void malformedRowsAreSkippedAndReportedOnce();
    void runDeliversOnCallersThread();
    void cacheOpensStaleWithoutServer();

private:
    QString database(const QString &name, int nodes, int instances);
    StackEnv m_env;
};

void TestRegistryClient::initTestCase()
{
    m_env = StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
}

QString TestRegistryClient::database(const QString &name, int nodes, int instances)
{
    QString error;
    const QString dsn = RegistryTestDb::createMigrated(m_env, name, &error);
    if (dsn.isEmpty())
        qWarning("%s", qPrintable(error));
    else
        RegistryTestDb::seed(dsn, nodes, instances);
    return dsn;
}

void TestRegistryClient::fullLoadOfFiftyThousandInstances()
{
    const QString dsn = database(QStringLiteral("tst_registryclient_50k"), 10000, 50000);
    QVERIFY(!dsn.isEmpty());

    {
        pqxx::connection connection(dsn.toStdString());
        RegistryReader reader(1000, 1000);
        reader.readFull(connection); // warm the server's caches; the second read is the figure
        QElapsedTimer clock;
        clock.start();
        const RegistryReader::Result result = reader.readFull(connection);
        qInfo("full snapshot read+decode, 10,000 nodes / 50,000 instances: %lld ms", qint64(clock.elapsed()));
        QCOMPARE(result.snapshot.instances.size(), 50000);
        QCOMPARE(result.snapshot.nodes.size(), 10000);
        QVERIFY(result.rejected.isEmpty());
    }

    RegistryConfig config;
    config.dsn = dsn;
    config.useCache = false;
    RegistryClient client(config);
    Recorder rec;
    rec.attach(client, this);
    QElapsedTimer clock;
    clock.start();
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.fulls.size(), 1, 30000);
    qInfo("client start to first snapshot (connect, schema check, LISTEN, load): %lld ms",
          qint64(clock.elapsed()));
    QCOMPARE(rec.fulls.first().instances.size(), 50000);
    QCOMPARE(client.status().state, SourceStatus::State::Live);
}

void TestRegistryClient::followsEveryTable_data()
{
    QTest::addColumn<bool>("notify");
    QTest::addColumn<int>("pollMs");
    QTest::addColumn<int>("deadlineMs");
    // With NOTIFY the poll is an hour away, so only the notification can deliver within 1 s.
    QTest::newRow("notify") << true << 3600000 << 1000;
    // Without it, one poll interval (plus the read itself).
    QTest::newRow("poll") << false << 700 << 700 + 300;
}

void TestRegistryClient::followsEveryTable()
{
    QFETCH(bool, notify);
    QFETCH(int, pollMs);
    QFETCH(int, deadlineMs);
    const QString dsn = database(
        QStringLiteral("tst_registryclient_follow_%1").arg(QLatin1String(QTest::currentDataTag())), 4, 8);
    QVERIFY(!dsn.isEmpty());

    RegistryConfig config;
    config.dsn = dsn;
    config.notify = notify;
    config.pollIntervalMs = pollMs;
    config.useCache = false;
    RegistryClient client(config);
    Recorder rec;
    rec.attach(client, this);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.fulls.size(), 1, 10000);

    // Seeded ids: regions 1-2, clusters 1-10, nodes 1-4, services 1-5, policy 1, instances 1-8;
    // each new row below takes the next id of its table.
    const QList<Step> steps{
        {"insert region",
         QStringLiteral(
             "INSERT INTO regions (cloud, region, zone) VALUES ('alibaba', 'cn-shanghai', 'cn-shanghai-b')"),
         [](const FleetSnapshot &d) {
             return has(d.regions, [](const Region &r) {
                 return r.id == 3 && r.zone == QLatin1String("cn-shanghai-b");
             });
         }},
        {"update region", QStringLiteral("UPDATE regions SET display_name = 'Shanghai B' WHERE id = 3"),
         [](const FleetSnapshot &d) {
             return has(d.regions,
                        [](const Region &r) { return r.displayName == QLatin1String("Shanghai B"); });
         }},
        {"insert cluster", QStringLiteral("INSERT INTO clusters (region_id, name) VALUES (3, 'sh-1')"),
         [](const FleetSnapshot &d) {
             return has(d.clusters, [](const Cluster &c) { return c.id == 11 && c.regionId == 3; });
         }},
        {"update cluster", QStringLiteral("UPDATE clusters SET purpose = 'crm' WHERE id = 11"),
         [](const FleetSnapshot &d) {
             return has(d.clusters, [](const Cluster &c) { return c.purpose == QLatin1String("crm"); });
         }},
        {"insert node",
         QStringLiteral("INSERT INTO nodes (cluster_id, hostname, ip) VALUES (11, 'node-sh-1', '10.9.0.1')"),
         [](const FleetSnapshot &d) {
             return has(d.nodes,
                        [](const Node &n) { return n.id == 5 && n.ip == QLatin1String("10.9.0.1"); });
         }},
        {"update node", QStringLiteral("UPDATE nodes SET status = 'draining' WHERE id = 5"),
         [](const FleetSnapshot &d) {
             return has(d.nodes, [](const Node &n) { return n.id == 5 && n.status == NodeStatus::Draining; });
         }},
        {"insert service",
         QStringLiteral("INSERT INTO services (name, kind, default_port) VALUES ('crm-api', 'crm', 8300)"),
         [](const FleetSnapshot &d) {
             return has(d.services, [](const Service &s) { return s.id == 6 && s.kind == ServiceKind::Crm; });
         }},
        {"update service", QStringLiteral("UPDATE services SET description = 'CRM API' WHERE id = 6"),
         [](const FleetSnapshot &d) {
             return has(d.services,
                        [](const Service &s) { return s.description == QLatin1String("CRM API"); });
         }},
        {"insert instance",
         QStringLiteral("INSERT INTO service_instances (service_id, node_id, failover_group, endpoint, role) "
                        "VALUES (6, 5, 'crm-sh', 'node-sh-1:8300', 'primary')"),
         [](const FleetSnapshot &d) {
             return has(d.instances, [](const ServiceInstance &i) {
                 return i.id == 9 && i.role == InstanceRole::Primary;
             });
         }},
        {"update instance", QStringLiteral("UPDATE service_instances SET status = 'critical' WHERE id = 9"),
         [](const FleetSnapshot &d) {
             return has(d.instances, [](const ServiceInstance &i) {
                 return i.id == 9 && i.status == HealthState::Critical;
             });
         }},
        {"insert policy",
         QStringLiteral("INSERT INTO check_policies (service_id, check_type) VALUES (6, 'tcp')"),
         [](const FleetSnapshot &d) {
             return has(d.policies,
                        [](const CheckPolicy &p) { return p.id == 2 && p.type == CheckType::Tcp; });
         }},
        {"update policy", QStringLiteral("UPDATE check_policies SET rise = 5 WHERE id = 2"),
         [](const FleetSnapshot &d) {
             return has(d.policies, [](const CheckPolicy &p) { return p.id == 2 && p.rise == 5; });
         }},
        {"insert health event",
         QStringLiteral("INSERT INTO health_events (instance_id, from_state, to_state) VALUES (9, 'passing', "
                        "'critical')"),
         [](const FleetSnapshot &d) {
             return has(d.healthEvents, [](const HealthEvent &e) {
                 return e.instanceId == 9 && e.toState == HealthState::Critical;
             });
         }},
        {"insert failover event",
         QStringLiteral("INSERT INTO failover_events (failover_group, service_id, from_instance_id, trigger, "
                        "actor, reason, fencing_generation) "
                        "VALUES ('crm-sh', 6, 9, 'manual', 'ops@test', 'drill', 2)"),
         [](const FleetSnapshot &d) {
             return has(d.failoverEvents,
                        [](const FailoverEvent &e) { return e.outcome == FailoverOutcome::Pending; });
         }},
        {"update failover event",
         QStringLiteral("UPDATE failover_events SET outcome = 'committed', committed_at = now()"),
         [](const FleetSnapshot &d) {
             return has(d.failoverEvents, [](const FailoverEvent &e) {
                 return e.outcome == FailoverOutcome::Committed && e.committedAt.isValid();
             });
         }},
        {"insert audit",
         QStringLiteral("INSERT INTO audit_log (actor, host, action, target) VALUES ('ops', 'desk', "
                        "'failover.manual', 'crm-sh')"),
         [](const FleetSnapshot &d) {
             return has(d.auditEntries,
                        [](const AuditEntry &a) { return a.actor == QLatin1String("ops@desk"); });
         }},
        {"delete policy", QStringLiteral("DELETE FROM check_policies WHERE id = 2"),
         [](const FleetSnapshot &d) {
             return d.deletedPolicies.contains(2);
         }},
        {"delete instance", QStringLiteral("DELETE FROM service_instances WHERE id = 9"),
         [](const FleetSnapshot &d) {
             return d.deletedInstances.contains(9);
         }},
        {"delete service", QStringLiteral("DELETE FROM services WHERE id = 6"),
         [](const FleetSnapshot &d) {
             return d.deletedServices.contains(6);
         }},
        {"delete node", QStringLiteral("DELETE FROM nodes WHERE id = 5"),
         [](const FleetSnapshot &d) {
             return d.deletedNodes.contains(5);
         }},
        {"delete cluster", QStringLiteral("DELETE FROM clusters WHERE id = 11"),
         [](const FleetSnapshot &d) {
             return d.deletedClusters.contains(11);
         }},
        {"delete region", QStringLiteral("DELETE FROM regions WHERE id = 3"),
         [](const FleetSnapshot &d) {
             return d.deletedRegions.contains(3);
         }},
    };

    qint64 slowest = 0;
    for (const Step &step : steps) {
        rec.deltas.clear();
        QElapsedTimer clock;
        clock.start();
        RegistryTestDb::exec(dsn, step.sql);
        QTRY_VERIFY2_WITH_TIMEOUT(rec.anyDelta(step.seen), step.name, deadlineMs);
        slowest = std::max(slowest, clock.elapsed());
    }
    qInfo("%s: %d changes each seen in a delta, slowest after %lld ms", QTest::currentDataTag(),
          int(steps.size()), slowest);
    QCOMPARE(rec.fulls.size(), 1); // followed by deltas only, never a reload
    QVERIFY(rec.rejected.isEmpty());
}

void TestRegistryClient::lateCommitIsDeliveredOnce()
{
    const QString dsn = database(QStringLiteral("tst_registryclient_late"), 4, 8);
    QVERIFY(!dsn.isEmpty());
    RegistryConfig config;
    config.dsn = dsn;
    config.useCache = false;
    config.pollIntervalMs = 300;
    RegistryClient client(config);
    Recorder rec;
    rec.attach(client, this);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.fulls.size(), 1, 10000);

    // A takes the lower change_seq and commits last.
    pqxx::connection slow(dsn.toStdString());
    pqxx::work late(slow);
    late.exec("UPDATE nodes SET status = 'down' WHERE id = 1");
    const qint64 lateSeq = late.exec1("SELECT change_seq FROM nodes WHERE id = 1")[0].as<qint64>();
    RegistryTestDb::exec(dsn, QStringLiteral("UPDATE nodes SET status = 'draining' WHERE id = 2"));
    auto hasNode = [&rec](qint64 id) {
        int count = 0;
        for (const FleetSnapshot &d : std::as_const(rec.deltas))
            count += int(
                std::count_if(d.nodes.cbegin(), d.nodes.cend(), [id](const Node &n) { return n.id == id; }));
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(hasNode(2), 1, 2000);
    QVERIFY(rec.deltas.last().watermark > lateSeq); // the watermark has passed the late row
    late.commit();
    QTRY_COMPARE_WITH_TIMEOUT(hasNode(1), 1, 2000);
    QTest::qWait(3 * config.pollIntervalMs); // more polls re-read the window: still once
    QCOMPARE(hasNode(1), 1);
    QCOMPARE(hasNode(2), 1);
}

void TestRegistryClient::malformedRowsAreSkippedAndReportedOnce()
{
    const QString dsn = database(QStringLiteral("tst_registryclient_malformed"), 4, 8);
    QVERIFY(!dsn.isEmpty());
    // What the schema would refuse, let in by dropping its checks in this scratch database.
    RegistryTestDb::exec(
        dsn,
        QStringLiteral(
            "ALTER TABLE service_instances DROP CONSTRAINT service_instances_role_check,"
            "  DROP CONSTRAINT service_instances_health_check_url_check;"
            "ALTER TABLE nodes DROP CONSTRAINT nodes_status_check;"
            "ALTER TABLE services ALTER COLUMN description DROP NOT NULL;"
            "INSERT INTO service_instances (id, service_id, node_id, failover_group, endpoint) VALUES"
            "  (101, 1, 1, 'bad-endpoint', 'node-1.looma.internal');"
            "INSERT INTO service_instances (id, service_id, node_id, failover_group, endpoint, role) VALUES"
            "  (102, 1, 1, 'bad-role', 'node-1:8206', 'leader');"
            "INSERT INTO service_instances (id, service_id, node_id, failover_group, endpoint, "
            "health_check_url) VALUES"
            "  (103, 1, 1, 'bad-url', 'node-1:8206', 'not a url');"
            "INSERT INTO service_instances (id, service_id, node_id, failover_group, endpoint, "
            "health_check_url) VALUES"
            "  (104, 1, 1, 'huge', 'node-1:8206', 'http://a/' || repeat('x', 1048576));"
            "INSERT INTO nodes (id, cluster_id, hostname, ip, status) VALUES (105, 1, 'node-bad', "
            "'10.8.0.1', 'sleeping');"
            "INSERT INTO services (id, name, kind, default_port, description) VALUES (106, 'nulldesc', 'ai', "
            "9000, NULL);"));

    RegistryConfig config;
    config.dsn = dsn;
    config.useCache = false;
    config.pollIntervalMs = 300;
    RegistryClient client(config);
    Recorder rec;
    rec.attach(client, this);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.fulls.size(), 1, 10000);

    const FleetSnapshot &s = rec.fulls.first();
    QCOMPARE(s.instances.size(), 8);
    QCOMPARE(s.nodes.size(), 4);
    QCOMPARE(s.services.size(), 5);
    QTRY_COMPARE(rec.rejected.size(), 6);
    QStringList seen;
    for (const RejectedRow &r : std::as_const(rec.rejected)) {
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(r.reason.size() < 400);
        seen.append(QStringLiteral("%1/%2").arg(r.table).arg(r.id));
    }
    seen.sort();
    QCOMPARE(seen,
             (QStringList{QStringLiteral("nodes/105"), QStringLiteral("service_instances/101"),
                          QStringLiteral("service_instances/102"), QStringLiteral("service_instances/103"),
                          QStringLiteral("service_instances/104"), QStringLiteral("services/106")}));

    // A reload and a few polls later the same rows are still skipped but not reported again.
    const int signalsBefore = rec.rejectedSignals;
    client.reload();
    QTRY_COMPARE_WITH_TIMEOUT(rec.fulls.size(), 2, 10000);
    RegistryTestDb::exec(dsn, QStringLiteral("UPDATE service_instances SET weight = 1 WHERE id IN (1, 102)"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.anyDelta([](const FleetSnapshot &d) { return !d.instances.isEmpty(); }),
                             2000);
    QTest::qWait(1000);
    QCOMPARE(rec.rejectedSignals, signalsBefore);
    QCOMPARE(rec.fulls.last().instances.size(), 8);
}

void TestRegistryClient::runDeliversOnCallersThread()
{
    const QString dsn = database(QStringLiteral("tst_registryclient_run"), 4, 8);
    QVERIFY(!dsn.isEmpty());
    RegistryConfig config;
    config.dsn = dsn;
    config.useCache = false;
    RegistryClient client(config);
    Recorder rec;
    rec.attach(client, this);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.fulls.size(), 1, 10000);

    QString queryThread;
    qint64 count = -1;
    QThread *resultThread = nullptr;
    client.run<qint64>(
        [&queryThread](pqxx::connection_base &c) {
            queryThread = QThread::currentThread()->objectName();
            pqxx::nontransaction tx(c);
            return tx.exec1("SELECT count(*) FROM service_instances")[0].as<qint64>();
        },
        this,
        [&](const qint64 &n) {
            count = n;
            resultThread = QThread::currentThread();
        });
    QTRY_COMPARE(count, 8);
    QCOMPARE(resultThread, QThread::currentThread());
    QCOMPARE(queryThread, QStringLiteral("looma-registry"));

    QString error;
    client.run<int>(
        [](pqxx::connection_base &c) {
            pqxx::nontransaction tx(c);
            return tx.exec1("SELECT count(*) FROM no_such_table")[0].as<int>();
        },
        this, [](const int &) { QFAIL("a failed query delivered a result"); },
        [&error](const QString &message) { error = message; });
    QTRY_VERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));
    // A failed job leaves the connection usable: changes still arrive.
    RegistryTestDb::exec(dsn, QStringLiteral("UPDATE nodes SET cpu_cores = 64 WHERE id = 1"));
    QTRY_VERIFY_WITH_TIMEOUT(rec.anyDelta([](const FleetSnapshot &d) { return !d.nodes.isEmpty(); }), 2000);
    QCOMPARE(client.status().state, SourceStatus::State::Live);
}

void TestRegistryClient::cacheOpensStaleWithoutServer()
{
    const QString dsn = database(QStringLiteral("tst_registryclient_cache"), 4, 8);
    QVERIFY(!dsn.isEmpty());
    QTemporaryDir dir;
    RegistryConfig config;
    config.dsn = dsn;
    config.cachePath = dir.filePath(QStringLiteral("registry-snapshot.bin"));
    QDateTime loadedAt;
    {
        RegistryClient client(config);
        Recorder rec;
        rec.attach(client, this);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.fulls.size(), 1, 10000);
        loadedAt = rec.fulls.first().fetchedAt;
    } // stopping writes the cache

    // Nothing listens on port 1: only the cache can fill the console.
    config.dsn = QStringLiteral("postgresql://looma@127.0.0.1:1/looma");
    config.reconnectMinMs = 200;
    RegistryClient offline(config);
    Recorder rec;
    rec.attach(offline, this);
    offline.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.cached.size(), 1, 2000);
    QCOMPARE(rec.cached.first().instances.size(), 8);
    QCOMPARE(rec.cached.first().nodes.size(), 4);
    QTRY_COMPARE(offline.status().state, SourceStatus::State::Stale);
    QTRY_VERIFY(offline.status().error.contains(QLatin1String("Cannot connect")));
    QCOMPARE(offline.status().lastSuccess, loadedAt);
    QVERIFY(offline.status().ageSeconds(QDateTime::currentDateTimeUtc()) >= 0);
    QTest::qWait(500);
    QVERIFY(rec.fulls.isEmpty());
    QVERIFY(rec.deltas.isEmpty());
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
