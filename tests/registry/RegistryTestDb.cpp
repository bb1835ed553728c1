#include "RegistryTestDb.h"

#include "Migrator.h"
#include "RegistryReader.h"
#include "StackEnv.h"

#include <pqxx/pqxx>

namespace looma::test {

QString RegistryTestDb::createMigrated(const StackEnv &env, const QString &name, QString *error)
{
    const QString dsn = env.createScratchDatabase(name, error);
    if (dsn.isEmpty())
        return {};
    try {
        pqxx::connection connection(dsn.toStdString());
        Migrator().migrate(connection);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return {};
    }
    return dsn;
}

void RegistryTestDb::exec(const QString &dsn, const QString &sql)
{
    pqxx::connection connection(dsn.toStdString());
    pqxx::work tx(connection);
    tx.exec(sql.toStdString());
    tx.commit();
}

qint64 RegistryTestDb::scalar(const QString &dsn, const QString &sql)
{
    pqxx::connection connection(dsn.toStdString());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql.toStdString())[0].as<qint64>();
}

void RegistryTestDb::seed(const QString &dsn, int nodes, int instances)
{
    exec(
        dsn,
        QStringLiteral(
            "INSERT INTO regions (cloud, region, zone, display_name) VALUES"
            " ('tencent', 'ap-guangzhou', 'ap-guangzhou-3', 'Guangzhou 3'),"
            " ('alibaba', 'cn-hangzhou', 'cn-hangzhou-h', 'Hangzhou H');"
            "INSERT INTO clusters (region_id, name, purpose)"
            " SELECT 1 + (g % 2), 'cluster-' || g, 'ai' FROM generate_series(1, 10) g;"
            "INSERT INTO nodes (cluster_id, hostname, ip, cpu_cores, memory_mb)"
            " SELECT 1 + (g % 10), 'node-' || g || '.looma.internal',"
            "        ('10.' || (g / 65536) % 256 || '.' || (g / 256) % 256 || '.' || g % 256)::inet, 8, 32768"
            " FROM generate_series(1, %1) g;"
            "INSERT INTO services (name, kind, default_port) VALUES ('ai-gateway', 'ai', 8206),"
            " ('resume-service', 'ai', 8207), ('matching-service', 'ai', 8208),"
            " ('chat-service', 'ai', 8209), ('vector-service', 'ai', 8210);"
            "INSERT INTO check_policies (service_id) VALUES (NULL);"
            "INSERT INTO service_instances (service_id, node_id, failover_group, endpoint, role, status,"
            "                               health_check_url)"
            " SELECT 1 + (g / 2) % 5, 1 + (g / 2) % %1, 'group-' || g / 2,"
            "        'node-' || (1 + (g / 2) % %1) || '.looma.internal:' || (8206 + (g / 2) % 5 + 10 * (g % "
            "2)),"
            "        CASE WHEN g % 2 = 0 THEN 'primary' ELSE 'standby' END, 'passing',"
            "        'http://node-' || (1 + (g / 2) % %1) || '.looma.internal:' || (8206 + (g / 2) % 5) || "
            "'/health'"
            " FROM generate_series(0, %2 - 1) g;")
            .arg(nodes)
            .arg(instances));
}

FleetSnapshot RegistryTestDb::readFull(const QString &dsn)
{
    pqxx::connection connection(dsn.toStdString());
    RegistryReader reader(1000, 1000000);
    return reader.readFull(connection).snapshot;
}

} // namespace looma::test
