#include "RegistryConnection.h"

#include "RegistryConfig.h"
#include "RegistryError.h"

#include <pqxx/pqxx>

namespace looma {

std::unique_ptr<pqxx::connection> RegistryConnection::open(const RegistryConfig &config)
{
    const QString conninfo = config.connectionString();
    const QString shown =
        config.dsn.isEmpty() && config.service.isEmpty()
            ? tr("libpq defaults (PG* environment, service file)")
            : RegistryConfig::redacted(config.dsn.isEmpty() ? QStringLiteral("service=") + config.service
                                                            : config.dsn);
    try {
        return std::make_unique<pqxx::connection>(conninfo.toStdString());
    } catch (const std::exception &e) {
        throw RegistryError(RegistryError::Kind::Connection,
                            tr("Cannot connect to the registry (%1): %2")
                                .arg(shown, QString::fromStdString(e.what()).trimmed()));
    }
}

QString RegistryConnection::describe(pqxx::connection &connection)
{
    const char *host = connection.hostname();
    const char *port = connection.port();
    return QStringLiteral("%1:%2/%3")
        .arg(QString::fromUtf8(host ? host : ""), QString::fromUtf8(port ? port : ""),
             QString::fromUtf8(connection.dbname()));
}

} // namespace looma
