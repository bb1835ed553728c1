#include "GuiOptions.h"

#include <QCommandLineParser>

namespace looma::cli {

GuiOptions::GuiOptions()
    : readOnly(QStringLiteral("read-only"), tr("Disable every action: no failover, no maintenance changes."))
    , language(QStringLiteral("lang"), tr("User interface language (zh_CN or en)."), tr("language"))
    , configFile(QStringLiteral("config"), tr("Read settings from this file instead of the default."), tr("file"))
    , registry(QStringLiteral("registry"),
               tr("Use this registry (libpq DSN or postgresql:// URI, no password) for this run only."), tr("dsn"))
    , prometheus(QStringLiteral("prometheus"), tr("Use this Prometheus URL for this run only."), tr("url"))
{
}

void GuiOptions::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Looma Ops Console: cross-cloud status, AI services, CRM dashboards and failover for Looma CRM.\n"
           "Subcommands: migrate, report (run 'looma-ops SUBCOMMAND --help')."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(readOnly);
    parser.addOption(language);
    parser.addOption(configFile);
    parser.addOption(registry);
    parser.addOption(prometheus);
}

} // namespace looma::cli
