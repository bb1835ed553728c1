#pragma once

#include "FleetSnapshot.h"

#include <QString>

namespace looma::test {

class StackEnv;

// Scratch registry databases for the integration tests: created, migrated, seeded and poked with
// SQL through libpqxx (blocking is fine on a test's main thread).
class RegistryTestDb final
{
public:
    // A fresh database named after the test, with the built-in migrations applied. Empty on failure,
    // with the reason in *error.
    static QString createMigrated(const StackEnv &env, const QString &name, QString *error);

    // Runs SQL (one or more statements) in one transaction; throws on failure.
    static void exec(const QString &dsn, const QString &sql);
    static qint64 scalar(const QString &dsn, const QString &sql);

    // regions, 10 clusters, `nodes` nodes, five AI services, `instances` instances in
    // primary/standby pairs, a default check policy.
    static void seed(const QString &dsn, int nodes, int instances);

    // A fresh full read of the database, as the registry client would deliver it.
    static FleetSnapshot readFull(const QString &dsn);
};

} // namespace looma::test
