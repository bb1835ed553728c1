#include "Migrator.h"

#include "RegistryError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <pqxx/pqxx>

namespace looma {
namespace {

const char createVersionTable[] = "CREATE TABLE IF NOT EXISTS schema_version ("
                                  " version    integer     PRIMARY KEY,"
                                  " name       text        NOT NULL,"
                                  " applied_at timestamptz NOT NULL DEFAULT now(),"
                                  " checksum   text        NOT NULL)";

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

// Runs body, turning libpqxx exceptions into RegistryError with the given context.
template <typename Body> auto translated(const QString &context, Body &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const RegistryError &) {
        throw;
    } catch (const pqxx::broken_connection &e) {
        throw RegistryError(
            RegistryError::Kind::Connection,
            Migrator::tr("Lost the connection to the registry while %1: %2").arg(context, fromStd(e.what())));
    } catch (const std::exception &e) {
        throw RegistryError(RegistryError::Kind::Query,
                            Migrator::tr("Registry error while %1: %2").arg(context, fromStd(e.what())));
    }
}

// Session-level lock released on every path, including exceptions, so a failed migration never
// leaves the next console waiting forever (the server would release it on disconnect anyway).
class AdvisoryLock final
{
public:
    explicit AdvisoryLock(pqxx::connection_base &connection)
        : m_connection(connection)
    {
        pqxx::nontransaction tx(m_connection);
        tx.exec_params("SELECT pg_advisory_lock($1)", Migrator::advisoryLockKey);
    }
    ~AdvisoryLock()
    {
        try {
            if (m_connection.is_open()) {
                pqxx::nontransaction tx(m_connection);
                tx.exec_params("SELECT pg_advisory_unlock($1)", Migrator::advisoryLockKey);
            }
        } catch (const std::exception &) {
            // The server drops session locks with the session; nothing more to do here.
        }
    }
    AdvisoryLock(const AdvisoryLock &) = delete;
    AdvisoryLock &operator=(const AdvisoryLock &) = delete;

private:
    pqxx::connection_base &m_connection;
};

} // namespace

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> Migrator::builtinMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue; // not a migration; the resource may hold other SQL later
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.sql = f.readAll();
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex());
        out.append(m);
    }
    return out;
}

int Migrator::newestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(pqxx::connection_base &connection)
{
    return translated(tr("reading the schema version"), [&] {
        pqxx::nontransaction tx(connection);
        const pqxx::row exists = tx.exec1("SELECT to_regclass('schema_version') IS NOT NULL");
        if (!exists[0].as<bool>())
            return 0;
        const pqxx::row row = tx.exec1("SELECT coalesce(max(version), 0) FROM schema_version");
        return row[0].as<int>();
    });
}

void Migrator::checkCompatible(int databaseVersion) const
{
    if (databaseVersion > newestVersion()) {
        throw RegistryError(RegistryError::Kind::SchemaTooNew,
                            tr("The registry schema is at version %1, newer than version %2, the newest this "
                               "console knows. Upgrade the console; it will not touch a newer schema.")
                                .arg(databaseVersion)
                                .arg(newestVersion()));
    }
}

MigrationReport Migrator::migrate(pqxx::connection_base &connection) const
{
    return translated(tr("migrating the schema"), [&] {
        const AdvisoryLock lock(connection);
        {
            pqxx::work tx(connection);
            tx.exec0(createVersionTable);
            tx.commit();
        }
        MigrationReport report;
        report.fromVersion = currentVersion(connection);
        checkCompatible(report.fromVersion);

        {
            pqxx::nontransaction tx(connection);
            const pqxx::result applied = tx.exec("SELECT version, checksum FROM schema_version");
            for (const pqxx::row &row : applied) {
                const int version = row[0].as<int>();
                const QString checksum = QString::fromStdString(row[1].as<std::string>());
                for (const Migration &m : m_migrations) {
                    if (m.version == version && m.checksum != checksum) {
                        report.warnings.append(
                            tr("Migration %1_%2 changed since it was applied (checksum differs); "
                               "it is not re-run.")
                                .arg(m.version, 4, 10, QLatin1Char('0'))
                                .arg(m.name));
                    }
                }
            }
        }

        for (const Migration &m : m_migrations) {
            if (m.version <= report.fromVersion)
                continue;
            const QString label = QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
            translated(tr("applying %1").arg(label), [&] {
                pqxx::work tx(connection);
                tx.exec(m.sql.toStdString());
                tx.exec_params("INSERT INTO schema_version (version, name, checksum) VALUES ($1, $2, $3)",
                               m.version, m.name.toStdString(), m.checksum.toStdString());
                tx.commit();
            });
            report.applied.append(label);
        }
        report.toVersion = std::max(report.fromVersion, newestVersion());
        return report;
    });
}

} // namespace looma
