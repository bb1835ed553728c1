#pragma once

#include <QString>

namespace pqxx {
class connection_base;
}

namespace looma::test {

class StackEnv;

// A migrated scratch database with one failover group, for the failover integration tests.
struct SeededGroup
{
    QString group = QStringLiteral("matching-gz");
    qint64 primary = 0;   // on node1 (tencent, region1)
    qint64 standbyA = 0;  // on node2 (tencent, region1)
    qint64 standbyB = 0;  // on node3 (alibaba, region2)
    qint64 node1 = 0;
    qint64 region1 = 0;
};

class FailoverTestDb final
{
public:
    // Creates (or re-creates) database `name`, applies the built-in migrations through the
    // registry's Migrator (so 0002_roles.sql is exercised the way deployments run it), and
    // returns its DSN; empty with *error on failure.
    static QString create(const StackEnv &env, const QString &name, QString *error);
    static SeededGroup seed(pqxx::connection_base &connection);

    // role|status|generation of every instance of the group, ordered by id: equal snapshots
    // before and after prove "nothing changed".
    static QString snapshot(pqxx::connection_base &connection, const QString &group);
    static int primaryCount(pqxx::connection_base &connection, const QString &group);
    static qint64 primaryOf(pqxx::connection_base &connection, const QString &group);
    static qint64 scalar(pqxx::connection_base &connection, const QString &sql);
    static QString text(pqxx::connection_base &connection, const QString &sql);
};

} // namespace looma::test
