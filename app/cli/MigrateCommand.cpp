#include "MigrateCommand.h"

#include "Migrator.h"
#include "RegistryConfig.h"
#include "RegistryConnection.h"
#include "RegistryError.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <pqxx/pqxx>

namespace looma::cli {

int MigrateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Apply the registry schema migrations built into this console."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("migrate"), tr("The subcommand."));
    const QCommandLineOption dsnOption(
        QStringLiteral("dsn"),
        tr("libpq connection string or URI. Without it, libpq's defaults apply "
           "(PGHOST, PGDATABASE, ... , service file, PGPASSFILE)."),
        tr("DSN"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           tr("libpq service name (pg_service.conf)."), tr("NAME"));
    parser.addOption(dsnOption);
    parser.addOption(serviceOption);
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);

    RegistryConfig config;
    config.dsn = parser.value(dsnOption);
    config.service = parser.value(serviceOption);

    const Migrator migrator;
    if (migrator.migrations().isEmpty()) {
        err << tr("No migrations are built into this console.") << Qt::endl;
        return 1;
    }
    try {
        const auto connection = RegistryConnection::open(config);
        const QString where = RegistryConnection::describe(*connection);
        const MigrationReport report = migrator.migrate(*connection);
        for (const QString &warning : report.warnings)
            err << tr("warning: %1").arg(warning) << Qt::endl;
        if (report.applied.isEmpty()) {
            out << tr("Registry %1 is up to date at schema version %2; nothing to do.")
                       .arg(where)
                       .arg(report.toVersion)
                << Qt::endl;
        } else {
            for (const QString &label : report.applied)
                out << tr("applied %1").arg(label) << Qt::endl;
            out << tr("Registry %1 migrated from schema version %2 to %3.")
                       .arg(where)
                       .arg(report.fromVersion)
                       .arg(report.toVersion)
                << Qt::endl;
        }
        return 0;
    } catch (const RegistryError &e) {
        err << tr("looma-ops migrate: %1").arg(e.message()) << Qt::endl;
        return e.kind() == RegistryError::Kind::SchemaTooNew ? 3 : 2;
    } catch (const std::exception &e) {
        err << tr("looma-ops migrate: %1").arg(QString::fromStdString(e.what()).trimmed()) << Qt::endl;
        return 2;
    }
}

} // namespace looma::cli
