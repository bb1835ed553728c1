#include "MainWindow.h"
#include "cli/CommandDispatch.h"
#include "cli/GuiOptions.h"

#include <QApplication>
#include <QCommandLineParser>

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

    QCommandLineParser parser;
    const looma::cli::GuiOptions options;
    options.addTo(parser);
    parser.process(app);

    looma::MainWindow window;
    window.show();
    return QApplication::exec();
}
