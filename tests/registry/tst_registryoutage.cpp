#include "RegistryClient.h"
#include "RegistryTestDb.h"
#include "SnapshotMerger.h"
#include "StackEnv.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <unistd.h>

using namespace looma;
using looma::test::RegistryTestDb;
using looma::test::StackEnv;

namespace {

// Runs a command, as the postgres user when we are root (initdb and pg_ctl refuse root).
bool runTool(const QString &program, const QStringList &args, bool asPostgres, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgres && ::geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    args);
    else
        p.start(program, args);
    const bool finished = p.waitForFinished(120000);
    *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

template <typename T> QList<T> byId(QList<T> rows)
{
    std::sort(rows.begin(), rows.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return rows;
}

template <typename T> QList<qint64> ids(const QList<T> &rows)
{
    QList<qint64> out;
    for (const T &row : rows)
        out.append(row.id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

// The registry's own PostgreSQL goes away and comes back: the client marks its data stale (keeping
// it), reconnects with backoff and catches up by watermark without losing or repeating a row.
class TestRegistryOutage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void staleWhileDownThenCaughtUp();

private:
    bool stopServer(QString *output);
    bool startServer(QString *output);

    const QString m_dir = QStringLiteral(LOOMA_OUTAGE_STACK_DIR);
    StackEnv m_env;
    QString m_dsn;
};

void TestRegistryOutage::initTestCase()
{
    QString output;
    const bool started =
        runTool(QStringLiteral(LOOMA_SOURCE_DIR "/scripts/stack.sh"),
                {QStringLiteral("start"), QStringLiteral("--only"), QStringLiteral("postgres"),
                 QStringLiteral("--dir"), m_dir, QStringLiteral("--build"), QStringLiteral(LOOMA_BUILD_DIR)},
                false, &output);
    QVERIFY2(started, qPrintable(output));
    qputenv("LOOMA_STACK_ENV", (m_dir + QStringLiteral("/stack.env")).toLocal8Bit());
    m_env = StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QString error;
    m_dsn = RegistryTestDb::createMigrated(m_env, QStringLiteral("tst_registryoutage"), &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
    RegistryTestDb::seed(m_dsn, 20, 40);
    for (int i = 0; i < 10; ++i) {
        RegistryTestDb::exec(m_dsn,
                             QStringLiteral("INSERT INTO health_events (instance_id, from_state, to_state) "
                                            "VALUES (%1, 'passing', 'warning')")
                                 .arg(i + 1));
    }
}

void TestRegistryOutage::cleanupTestCase()
{
    QString output;
    if (!runTool(QStringLiteral(LOOMA_SOURCE_DIR "/scripts/stack.sh"),
                 {QStringLiteral("stop"), QStringLiteral("--dir"), m_dir}, false, &output))
        qWarning("stack stop failed: %s", qPrintable(output));
}

bool TestRegistryOutage::stopServer(QString *output)
{
    return runTool(m_env.value(QStringLiteral("LOOMA_PG_BIN")) + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), m_env.value(QStringLiteral("LOOMA_PG_DATA")), QStringLiteral("-m"),
                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                   true, output);
}

bool TestRegistryOutage::startServer(QString *output)
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                .arg(m_env.value(QStringLiteral("LOOMA_PG_PORT")),
                                     m_env.value(QStringLiteral("LOOMA_PG_SOCKET_DIR")));
    return runTool(m_env.value(QStringLiteral("LOOMA_PG_BIN")) + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), m_env.value(QStringLiteral("LOOMA_PG_DATA")), QStringLiteral("-l"),
                    m_dir + QStringLiteral("/pg.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                    QStringLiteral("30"), QStringLiteral("-o"), options, QStringLiteral("start")},
                   true, output);
}

void TestRegistryOutage::staleWhileDownThenCaughtUp()
{
    RegistryConfig config;
    config.dsn = m_dsn;
    config.useCache = false;
    config.pollIntervalMs = 500;
    config.reconnectMinMs = 1000;
    config.reconnectMaxMs = 1000;
    config.connectTimeoutSeconds = 2;
    RegistryClient client(config);
    QList<FleetSnapshot> fulls;
    QList<FleetSnapshot> deltas;
    QList<SourceStatus> statuses;
    connect(&client, &RegistryClient::snapshotReady, this,
            [&fulls](const FleetSnapshot &s) { fulls.append(s); });
    connect(&client, &RegistryClient::deltaReady, this,
            [&deltas](const FleetSnapshot &s) { deltas.append(s); });
    connect(&client, &RegistryClient::statusChanged, this,
            [&statuses](const SourceStatus &s) { statuses.append(s); });
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(fulls.size(), 1, 10000);
    QCOMPARE(fulls.first().instances.size(), 40);
    QCOMPARE(fulls.first().healthEvents.size(), 10);

    RegistryTestDb::exec(m_dsn, QStringLiteral("UPDATE nodes SET status = 'down' WHERE id = 1"));
    QTRY_VERIFY_WITH_TIMEOUT(!deltas.isEmpty(), 2000);
    const QDateTime lastLive = client.status().lastSuccess;
    QVERIFY(lastLive.isValid());

    QString output;
    QVERIFY2(stopServer(&output), qPrintable(output));
    const qsizetype deltasAtStop = deltas.size();
    QTRY_COMPARE_WITH_TIMEOUT(client.status().state, SourceStatus::State::Stale, 5000);
    const SourceStatus stale = client.status();
    QVERIFY(!stale.error.isEmpty());
    QVERIFY(stale.lastSuccess.isValid());
    QVERIFY(stale.lastSuccess >= lastLive);
    QTest::qWait(2500); // a couple of failed reconnects
    QVERIFY(client.status().ageSeconds(QDateTime::currentDateTimeUtc()) >= 2);
    qInfo("stale: age %lld s, error: %s", client.status().ageSeconds(QDateTime::currentDateTimeUtc()),
          qPrintable(client.status().error));
    // Nothing destructive while down: no empty snapshot, no deltas.
    QCOMPARE(fulls.size(), 1);
    QCOMPARE(deltas.size(), deltasAtStop);

    QVERIFY2(startServer(&output), qPrintable(output));
    // Changes of every kind, made while the client is (probably) still waiting to reconnect.
    RegistryTestDb::exec(
        m_dsn,
        QStringLiteral("UPDATE service_instances SET status = 'critical' WHERE id IN (2, 4, 6);"
                       "DELETE FROM service_instances WHERE id IN (39, 40);"
                       "INSERT INTO nodes (cluster_id, hostname, ip) VALUES (1, 'node-new', '10.7.0.1');"
                       "INSERT INTO health_events (instance_id, from_state, to_state)"
                       "  SELECT g, 'warning', 'critical' FROM generate_series(1, 5) g;"
                       "INSERT INTO audit_log (actor, action) VALUES ('ops', 'after-restart');"));
    const QList<qint64> wantedHealthIds = [&] {
        QList<qint64> out;
        const qint64 max = RegistryTestDb::scalar(m_dsn, QStringLiteral("SELECT max(id) FROM health_events"));
        for (qint64 id = max - 4; id <= max; ++id)
            out.append(id);
        return out;
    }();

    auto sawAudit = [&deltas] {
        for (const FleetSnapshot &d : std::as_const(deltas))
            for (const AuditEntry &a : d.auditEntries)
                if (a.action == QLatin1String("after-restart"))
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawAudit(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(client.status().state, SourceStatus::State::Live, 5000);
    QVERIFY(client.status().error.isEmpty());
    QCOMPARE(fulls.size(), 1); // caught up by watermark, no reload needed

    // No duplicates: every new history row arrived exactly once.
    QList<qint64> newHealthIds;
    for (qsizetype i = deltasAtStop; i < deltas.size(); ++i)
        for (const HealthEvent &e : std::as_const(deltas.at(i).healthEvents))
            newHealthIds.append(e.id);
    std::sort(newHealthIds.begin(), newHealthIds.end());
    QCOMPARE(newHealthIds, wantedHealthIds);

    // No losses: the first snapshot plus every delta equals what the database holds now.
    FleetSnapshot state = fulls.first();
    for (const FleetSnapshot &d : std::as_const(deltas))
        SnapshotMerger::apply(state, d, 1000000);
    const FleetSnapshot now = RegistryTestDb::readFull(m_dsn);
    QCOMPARE(byId(state.instances), byId(now.instances));
    QCOMPARE(byId(state.nodes), byId(now.nodes));
    QCOMPARE(byId(state.services), byId(now.services));
    QCOMPARE(byId(state.clusters), byId(now.clusters));
    QCOMPARE(ids(state.healthEvents), ids(now.healthEvents));
    QCOMPARE(ids(state.auditEntries), ids(now.auditEntries));
    QCOMPARE(state.instances.size(), 38);
}

QTEST_GUILESS_MAIN(TestRegistryOutage)
#include "tst_registryoutage.moc"
