#pragma once

#include "FailoverTestDb.h"

#include <QString>

namespace pqxx {
class connection_base;
}

namespace looma::test {

// A small fleet for the page tests: the failover tests' group (a critical primary in Guangzhou,
// passing standbys in Guangzhou and Hangzhou) plus an unhealthy standby and a second, healthy
// group of another service.
struct GuiFleet
{
    SeededGroup group;
    qint64 unhealthyStandby = 0;
    QString otherGroup = QStringLiteral("chat-hz");

    static GuiFleet seed(pqxx::connection_base &connection);
    // A LOGIN role in `memberOf` (looma_viewer / looma_operator) and the DSN that connects as it.
    static QString loginAs(pqxx::connection_base &connection, const QString &dsn, const QString &role,
                           const QString &memberOf);
};

} // namespace looma::test
