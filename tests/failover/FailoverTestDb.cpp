#include "FailoverTestDb.h"

#include "Migrator.h"
#include "StackEnv.h"

#include <pqxx/pqxx>

namespace looma::test {

QString FailoverTestDb::create(const StackEnv &env, const QString &name, QString *error)
{
    const QString dsn = env.createScratchDatabase(name, error);
    if (dsn.isEmpty())
        return {};
    try {
        pqxx::connection connection(dsn.toStdString());
        Migrator().migrate(connection);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return {};
    }
    return dsn;
}

SeededGroup FailoverTestDb::seed(pqxx::connection_base &connection)
{
    SeededGroup g;
    pqxx::work tx(connection);
    g.region1 = tx.exec1("INSERT INTO regions (cloud, region, zone) VALUES ('tencent', 'ap-guangzhou', "
                         "'ap-guangzhou-3') RETURNING id")[0].as<long long>();
    const auto region2 = tx.exec1("INSERT INTO regions (cloud, region, zone) VALUES ('alibaba', 'cn-hangzhou', "
                                  "'cn-hangzhou-h') RETURNING id")[0].as<long long>();
    const auto c1 = tx.exec_params1("INSERT INTO clusters (region_id, name) VALUES ($1, 'gz-ai') RETURNING id",
                                    g.region1)[0].as<long long>();
    const auto c2 = tx.exec_params1("INSERT INTO clusters (region_id, name) VALUES ($1, 'hz-ai') RETURNING id",
                                    region2)[0].as<long long>();
    auto node = [&](long long cluster, const char *host, const char *ip) {
        return tx.exec_params1("INSERT INTO nodes (cluster_id, hostname, ip) VALUES ($1, $2, $3) RETURNING id",
                               cluster, host, ip)[0].as<long long>();
    };
    g.node1 = node(c1, "gz-ai-1", "10.1.0.1");
    const auto n2 = node(c1, "gz-ai-2", "10.1.0.2");
    const auto n3 = node(c2, "hz-ai-1", "10.2.0.1");
    const auto svc = tx.exec1("INSERT INTO services (name, kind, default_port) VALUES ('matching-service', 'ai', "
                              "8208) RETURNING id")[0].as<long long>();
    auto inst = [&](long long n, const char *endpoint, const char *role, const char *status) {
        return tx.exec_params1("INSERT INTO service_instances (service_id, node_id, failover_group, endpoint, role, "
                               "status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                               svc, n, g.group.toStdString(), endpoint, role, status)[0].as<long long>();
    };
    g.primary = inst(g.node1, "10.1.0.1:8208", "primary", "critical");
    g.standbyA = inst(n2, "10.1.0.2:8208", "standby", "passing");
    g.standbyB = inst(n3, "10.2.0.1:8208", "standby", "passing");
    tx.commit();
    return g;
}

QString FailoverTestDb::snapshot(pqxx::connection_base &connection, const QString &group)
{
    return text(connection, QStringLiteral("SELECT string_agg(id || ':' || role || ':' || status || ':' || generation, "
                                           "',' ORDER BY id) FROM service_instances WHERE failover_group = '%1'")
                                .arg(group));
}

int FailoverTestDb::primaryCount(pqxx::connection_base &connection, const QString &group)
{
    return int(scalar(connection, QStringLiteral("SELECT count(*) FROM service_instances WHERE failover_group = '%1' "
                                                 "AND role = 'primary'")
                                      .arg(group)));
}

qint64 FailoverTestDb::primaryOf(pqxx::connection_base &connection, const QString &group)
{
    return scalar(connection, QStringLiteral("SELECT coalesce(max(id), 0) FROM service_instances "
                                             "WHERE failover_group = '%1' AND role = 'primary'")
                                  .arg(group));
}

qint64 FailoverTestDb::scalar(pqxx::connection_base &connection, const QString &sql)
{
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql.toStdString())[0].as<long long>();
}

QString FailoverTestDb::text(pqxx::connection_base &connection, const QString &sql)
{
    pqxx::nontransaction tx(connection);
    const pqxx::field f = tx.exec1(sql.toStdString())[0];
    return f.is_null() ? QString() : QString::fromStdString(f.as<std::string>());
}

} // namespace looma::test
