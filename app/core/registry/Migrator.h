#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pqxx {
class connection_base;
}

namespace looma {

// One schema migration: resources/sql/NNNN_name.sql compiled into the binary as :/sql/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name; // "registry" for 0001_registry.sql
    QByteArray sql;
    QString checksum; // SHA-256 of the file, hex; recorded so a changed file can be noticed
};

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied;  // "0001_registry", in order
    QStringList warnings; // e.g. an applied file whose checksum changed since
};

// Applies the built-in migrations in version order, each in its own transaction, and records each in
// schema_version. A session advisory lock serialises consoles that migrate at the same time; the
// second one waits, then finds nothing to do. A database whose version is newer than the newest file
// this build knows is refused: an old console must not write into a schema it does not understand.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(looma::Migrator)

public:
    explicit Migrator(QList<Migration> migrations = builtinMigrations());

    static QList<Migration> builtinMigrations();
    static constexpr qint64 advisoryLockKey = 0x4c6f6f6d614d6967; // "LoomaMig"

    const QList<Migration> &migrations() const { return m_migrations; }
    int newestVersion() const;

    // Highest version recorded in schema_version; 0 when the table does not exist. Throws RegistryError.
    static int currentVersion(pqxx::connection_base &connection);

    // Throws RegistryError (Kind::SchemaTooNew, Kind::Query, Kind::Connection).
    MigrationReport migrate(pqxx::connection_base &connection) const;

    // Throws RegistryError(SchemaTooNew) if the version is newer than this build knows.
    void checkCompatible(int databaseVersion) const;

private:
    QList<Migration> m_migrations;
};

} // namespace looma
