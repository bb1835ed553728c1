#include "MainWindow.h"
#include "cli/CommandDispatch.h"

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
    parser.setApplicationDescription(QApplication::translate("main", "Looma CRM operations console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    looma::MainWindow window;
    window.show();
    return QApplication::exec();
}
