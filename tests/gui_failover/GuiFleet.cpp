#include "GuiFleet.h"

#include <QUrl>

#include <pqxx/pqxx>

namespace looma::test {

GuiFleet GuiFleet::seed(pqxx::connection_base &connection)
{
    GuiFleet fleet;
    fleet.group = FailoverTestDb::seed(connection);
    pqxx::work tx(connection);
    const auto cluster = tx.exec1("SELECT id FROM clusters WHERE name = 'hz-ai'")[0].as<long long>();
    const auto node = tx.exec_params1("INSERT INTO nodes (cluster_id, hostname, ip) VALUES ($1, 'hz-ai-2', "
                                      "'10.2.0.2') RETURNING id",
                                      cluster)[0].as<long long>();
    const auto matching = tx.exec1("SELECT id FROM services WHERE name = 'matching-service'")[0].as<long long>();
    fleet.unhealthyStandby = tx.exec_params1("INSERT INTO service_instances (service_id, node_id, failover_group, "
                                             "endpoint, role, status) VALUES ($1, $2, $3, '10.2.0.2:8208', "
                                             "'standby', 'critical') RETURNING id",
                                             matching, node, fleet.group.group.toStdString())[0].as<long long>();
    const auto chat = tx.exec1("INSERT INTO services (name, kind, default_port) VALUES ('chat-service', 'ai', 8209) "
                               "RETURNING id")[0].as<long long>();
    tx.exec_params0("INSERT INTO service_instances (service_id, node_id, failover_group, endpoint, role, status) "
                    "VALUES ($1, $2, 'chat-hz', '10.2.0.2:8209', 'primary', 'passing')",
                    chat, node);
    tx.commit();
    return fleet;
}

QString GuiFleet::loginAs(pqxx::connection_base &connection, const QString &dsn, const QString &role,
                          const QString &memberOf)
{
    pqxx::nontransaction tx(connection);
    tx.exec0("DROP ROLE IF EXISTS " + tx.quote_name(role.toStdString()));
    tx.exec0("CREATE ROLE " + tx.quote_name(role.toStdString()) + " LOGIN IN ROLE " +
             tx.quote_name(memberOf.toStdString()));
    QUrl url(dsn);
    url.setUserName(role);
    return url.toString();
}

} // namespace looma::test
