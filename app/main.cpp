#include "AppSettings.h"
#include "ConsoleSession.h"
#include "Icons.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SchedulerHost.h"
#include "Theme.h"
#include "WindowScreenshot.h"
#include "cli/CommandDispatch.h"
#include "cli/GuiOptions.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

int main(int argc, char *argv[])
{
    // Subcommands (migrate, report, ...) and headless mode run without a display.
    if (const auto code = looma::cli::runCommandIfAny(argc, argv))
        return *code;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("looma-ops"));
    QApplication::setApplicationDisplayName(QStringLiteral("Looma Ops Console"));
    QApplication::setOrganizationName(QStringLiteral("Looma"));
    QApplication::setApplicationVersion(QStringLiteral(LOOMA_VERSION));
    // Matches the installed .desktop file, so Wayland compositors find the icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.looma.OpsConsole"));
    QApplication::setWindowIcon(looma::icons::application());

    QCommandLineParser parser;
    const looma::cli::GuiOptions options;
    options.addTo(parser);
    parser.process(app);

    looma::AppSettings settings(parser.value(options.configFile));
    if (parser.isSet(options.readOnly))
        settings.forceReadOnlyForSession();

    looma::LanguageChoice language = settings.language();
    if (parser.isSet(options.language)) {
        if (const auto chosen = looma::languageFromText(parser.value(options.language)))
            language = *chosen;
        else
            qWarning("looma-ops: unknown --lang '%s'; use zh_CN or en",
                     qPrintable(parser.value(options.language)));
    }
    looma::LanguageManager languages;
    languages.apply(language);
    looma::Theme::apply(settings.theme());
    for (const QString &problem : settings.problems())
        qWarning("looma-ops: %s", qPrintable(problem));

    // The session is built before the window so the pages connect to live clients from the start.
    looma::ConsoleSession session(&settings);
    session.setRegistryOverride(parser.value(options.registry));
    session.setPrometheusOverride(parser.value(options.prometheus));
    session.start();
    looma::MainWindow window(settings, languages, &session);
    // The in-process scheduler: health checks and automatic failover under the safety rules
    // (leadership, cooldown, maintenance, second observer, partition guard). Read-only mode keeps
    // it checking but never acting.
    looma::SchedulerHost scheduler(&session, &settings);
    if (!parser.isSet(options.noScheduler)) {
        window.setSchedulerHost(&scheduler);
        scheduler.start();
    }
    if (parser.isSet(options.page))
        window.showPage(parser.value(options.page));
    window.show();
    std::unique_ptr<looma::WindowScreenshot> shot;
    if (parser.isSet(options.screenshot)) {
        shot = std::make_unique<looma::WindowScreenshot>(&window, &session, parser.value(options.screenshot));
        shot->start();
    }
    return QApplication::exec();
}
