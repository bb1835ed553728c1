#include "Migrator.h"
#include "RegistryError.h"
#include "RegistryTestDb.h"
#include "StackEnv.h"

#include <QProcess>
#include <QTest>
#include <pqxx/pqxx>
#include <thread>

using namespace looma;
using looma::test::RegistryTestDb;
using looma::test::StackEnv;

namespace {

// Tables, triggers, indexes and functions in the public schema, plus schema_version contents: if a
// second migration run changed anything, this changes.
const QString fingerprintSql =
    QStringLiteral("SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                   "        WHERE n.nspname = 'public') * 1000000"
                   "     + (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal) * 1000"
                   "     + (SELECT count(*) FROM schema_version)");

} // namespace

class TestMigrator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtinMigrationsAreOrdered();
    void appliesToEmptyDatabaseOnce();
    void concurrentMigratorsDoNotRace();
    void newerSchemaIsRefused();
    void commandLineReportsAndFails();

private:
    StackEnv m_env;
};

void TestMigrator::initTestCase()
{
    m_env = StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
}

void TestMigrator::builtinMigrationsAreOrdered()
{
    const Migrator migrator;
    QVERIFY(!migrator.migrations().isEmpty());
    QCOMPARE(migrator.migrations().first().version, 1);
    QCOMPARE(migrator.migrations().first().name, QStringLiteral("registry"));
    QCOMPARE(migrator.migrations().first().checksum.size(), 64);
    for (qsizetype i = 1; i < migrator.migrations().size(); ++i)
        QVERIFY(migrator.migrations().at(i - 1).version < migrator.migrations().at(i).version);
}

void TestMigrator::appliesToEmptyDatabaseOnce()
{
    QString error;
    const QString dsn = m_env.createScratchDatabase(QStringLiteral("tst_migrator_once"), &error);
    QVERIFY2(!dsn.isEmpty(), qPrintable(error));
    pqxx::connection connection(dsn.toStdString());
    const Migrator migrator;

    QCOMPARE(Migrator::currentVersion(connection), 0);
    const MigrationReport first = migrator.migrate(connection);
    QCOMPARE(first.fromVersion, 0);
    QCOMPARE(first.toVersion, migrator.newestVersion());
    QCOMPARE(first.applied.first(), QStringLiteral("0001_registry"));
    QCOMPARE(
        RegistryTestDb::scalar(dsn, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                   "table_schema = 'public' AND table_name IN ('regions', "
                                                   "'clusters', 'nodes', 'services', 'service_instances', "
                                                   "'check_policies', 'health_events', 'failover_events', "
                                                   "'audit_log')")),
        9);
    const qint64 appliedAt = RegistryTestDb::scalar(
        dsn,
        QStringLiteral(
            "SELECT (extract(epoch FROM applied_at) * 1000000)::int8 FROM schema_version WHERE version = 1"));
    const qint64 before = RegistryTestDb::scalar(dsn, fingerprintSql);

    const MigrationReport second = migrator.migrate(connection);
    QVERIFY(second.applied.isEmpty());
    QCOMPARE(second.fromVersion, migrator.newestVersion());
    QVERIFY(second.warnings.isEmpty());
    QCOMPARE(RegistryTestDb::scalar(dsn, fingerprintSql), before);
    QCOMPARE(
        RegistryTestDb::scalar(dsn, QStringLiteral("SELECT (extract(epoch FROM applied_at) * 1000000)::int8 "
                                                   "FROM schema_version WHERE version = 1")),
        appliedAt);
}

void TestMigrator::concurrentMigratorsDoNotRace()
{
    QString error;
    const QString dsn = m_env.createScratchDatabase(QStringLiteral("tst_migrator_race"), &error);
    QVERIFY2(!dsn.isEmpty(), qPrintable(error));
    MigrationReport reports[2];
    QString failures[2];
    auto migrate = [&dsn](MigrationReport *report, QString *failure) {
        try {
            pqxx::connection connection(dsn.toStdString());
            *report = Migrator().migrate(connection);
        } catch (const std::exception &e) {
            *failure = QString::fromUtf8(e.what());
        }
    };
    std::thread a(migrate, &reports[0], &failures[0]);
    std::thread b(migrate, &reports[1], &failures[1]);
    a.join();
    b.join();
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0]));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1]));
    // Exactly one of them applied the schema; the other waited on the lock and found nothing to do.
    QCOMPARE(reports[0].applied.size() + reports[1].applied.size(), Migrator().migrations().size());
    QVERIFY(reports[0].applied.isEmpty() || reports[1].applied.isEmpty());
    QCOMPARE(RegistryTestDb::scalar(dsn, QStringLiteral("SELECT count(*) FROM schema_version")),
             Migrator().migrations().size());
}

void TestMigrator::newerSchemaIsRefused()
{
    QString error;
    const QString dsn = RegistryTestDb::createMigrated(m_env, QStringLiteral("tst_migrator_newer"), &error);
    QVERIFY2(!dsn.isEmpty(), qPrintable(error));
    RegistryTestDb::exec(dsn, QStringLiteral("INSERT INTO schema_version (version, name, checksum) "
                                             "VALUES (99, 'from_the_future', 'x')"));
    pqxx::connection connection(dsn.toStdString());
    try {
        Migrator().migrate(connection);
        QFAIL("a newer schema was accepted");
    } catch (const RegistryError &e) {
        QCOMPARE(e.kind(), RegistryError::Kind::SchemaTooNew);
        QVERIFY2(e.message().contains(QLatin1String("99")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("version %1").arg(Migrator().newestVersion())),
                 qPrintable(e.message()));
    }
    // Refused means untouched.
    QCOMPARE(RegistryTestDb::scalar(dsn, QStringLiteral("SELECT count(*) FROM schema_version")),
             Migrator().migrations().size() + 1);
}

void TestMigrator::commandLineReportsAndFails()
{
    QString error;
    const QString dsn = m_env.createScratchDatabase(QStringLiteral("tst_migrator_cli"), &error);
    QVERIFY2(!dsn.isEmpty(), qPrintable(error));
    auto run = [](const QStringList &args, QString *out, QString *err) {
        QProcess p;
        p.start(QStringLiteral(LOOMA_OPS_BINARY), args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("0001_registry")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("nothing to do")), qPrintable(out));

    RegistryTestDb::exec(
        dsn, QStringLiteral("INSERT INTO schema_version (version, name, checksum) VALUES (42, 'x', 'x')"));
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn}, &out, &err), 3);
    QVERIFY2(err.contains(QLatin1String("42")) && err.contains(QLatin1String("newer")), qPrintable(err));

    // Nothing listens on port 1: unreachable, said so, non-zero.
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--dsn"),
                  QStringLiteral("postgresql://looma@127.0.0.1:1/looma?connect_timeout=2")},
                 &out, &err),
             2);
    QVERIFY2(err.contains(QLatin1String("Cannot connect")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
