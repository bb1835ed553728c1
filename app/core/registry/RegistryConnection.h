#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <pqxx/connection>

namespace looma {

struct RegistryConfig;

// Opens libpqxx connections from a RegistryConfig, turning libpq's failures (unreachable, refused,
// authentication, unknown service) into a RegistryError the user can read.
class RegistryConnection final
{
    Q_DECLARE_TR_FUNCTIONS(looma::RegistryConnection)

public:
    // Blocking: call on a worker thread or from a command-line tool, never on the GUI thread.
    static std::unique_ptr<pqxx::connection> open(const RegistryConfig &config);

    // "host:port/dbname" of an open connection, for messages.
    static QString describe(pqxx::connection &connection);
};

} // namespace looma
