#include "RegistryListener.h"
#include "RegistryTestDb.h"
#include "StackEnv.h"

#include <QElapsedTimer>
#include <QTest>
#include <pqxx/pqxx>

using namespace looma;
using looma::test::RegistryTestDb;
using looma::test::StackEnv;

// The schema's triggers NOTIFY looma_registry with the table name, once per statement, and a
// libpqxx receiver on another connection gets it.
class TestRegistryNotify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowChangeNotifiesListener_data();
    void rowChangeNotifiesListener();
    void oneNotificationPerStatement();

private:
    QString database();
    QString m_dsn;
};

QString TestRegistryNotify::database()
{
    if (m_dsn.isEmpty()) {
        const StackEnv env = StackEnv::load();
        if (!env.isValid())
            qFatal("%s", qPrintable(env.error()));
        QString error;
        m_dsn = RegistryTestDb::createMigrated(env, QStringLiteral("tst_registrynotify"), &error);
        if (m_dsn.isEmpty())
            qFatal("%s", qPrintable(error));
        RegistryTestDb::seed(m_dsn, 4, 8);
    }
    return m_dsn;
}

void TestRegistryNotify::rowChangeNotifiesListener_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("tables");
    QTest::newRow("insert region") << QStringLiteral(
                                          "INSERT INTO regions (cloud, region, zone) VALUES ('alibaba', "
                                          "'cn-beijing', 'cn-beijing-a')")
                                   << QStringList{QStringLiteral("regions")};
    QTest::newRow("update node") << QStringLiteral("UPDATE nodes SET status = 'down' WHERE id = 1")
                                 << QStringList{QStringLiteral("nodes")};
    // The foreign keys' cascade (health_events) and SET NULL (failover_events) are statements on those
    // tables too, so their triggers notify as well, even when no row there changed.
    QTest::newRow("delete instance") << QStringLiteral("DELETE FROM service_instances WHERE id = 8")
                                     << QStringList{QStringLiteral("failover_events"),
                                                    QStringLiteral("health_events"),
                                                    QStringLiteral("service_instances")};
    QTest::newRow("audit") << QStringLiteral(
                                  "INSERT INTO audit_log (actor, action) VALUES ('t', 'test.notify')")
                           << QStringList{QStringLiteral("audit_log")};
}

void TestRegistryNotify::rowChangeNotifiesListener()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, tables);
    pqxx::connection listening(database().toStdString());
    QStringList payloads;
    RegistryListener listener(
        listening, [&payloads](const std::string &p) { payloads.append(QString::fromStdString(p)); });

    RegistryTestDb::exec(database(), sql);
    QElapsedTimer clock;
    clock.start();
    while (payloads.size() < tables.size() && clock.elapsed() < 5000)
        listening.await_notification(1, 0);
    payloads.sort();
    QCOMPARE(payloads, tables);
}

void TestRegistryNotify::oneNotificationPerStatement()
{
    pqxx::connection listening(database().toStdString());
    QStringList payloads;
    RegistryListener listener(
        listening, [&payloads](const std::string &p) { payloads.append(QString::fromStdString(p)); });
    // Touches four rows in one statement: one notification, not four.
    RegistryTestDb::exec(database(),
                         QStringLiteral("UPDATE service_instances SET weight = 90 WHERE id <= 4"));
    listening.await_notification(2, 0);
    listening.get_notifs();
    QCOMPARE(payloads, QStringList{QStringLiteral("service_instances")});
}

QTEST_GUILESS_MAIN(TestRegistryNotify)
#include "tst_registrynotify.moc"
