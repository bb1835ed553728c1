#include "GuiOptions.h"

#include <QCommandLineParser>

namespace looma::cli {

GuiOptions::GuiOptions()
    : readOnly(QStringLiteral("read-only"), tr("Disable every action: no failover, no maintenance changes."))
    , language(QStringLiteral("lang"), tr("User interface language (zh_CN or en)."), tr("language"))
    , configFile(QStringLiteral("config"), tr("Read settings from this file instead of the default."), tr("file"))
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
}

} // namespace looma::cli
