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
    , noScheduler(QStringLiteral("no-scheduler"),
                  tr("Watch only: run no health checks and no automatic failover in this window."))
    , page(QStringLiteral("page"),
           tr("Open on this page: crossCloud, clusters, aiServices, crm, events, failover, reports, settings."),
           tr("page"))
    , screenshot(QStringLiteral("screenshot"),
                 tr("Save a PNG of the window once the registry and Prometheus have answered, then quit."),
                 tr("file"))
{
}

void GuiOptions::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Looma Ops Console: cross-cloud status, AI services, CRM dashboards and failover for Looma CRM.\n"
           "Subcommands: migrate, report (run 'looma-ops SUBCOMMAND --help').\n"
           "Without a window: looma-ops --headless (run 'looma-ops --headless --help')."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(readOnly);
    parser.addOption(language);
    parser.addOption(configFile);
    parser.addOption(registry);
    parser.addOption(prometheus);
    parser.addOption(noScheduler);
    parser.addOption(page);
    parser.addOption(screenshot);
}

} // namespace looma::cli
