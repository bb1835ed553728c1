#include "CommandDispatch.h"
#include "GuiOptions.h"
#include "HeadlessCommand.h"
#include "MigrateCommand.h"
#include "ReportCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <cstring>
#include <functional>
#include <utility>
#include <vector>

namespace looma::cli {
namespace {

using Command = std::function<int(const QStringList &arguments)>;

// Each subcommand registers here: the word after the program name, and a function that receives
// the full argument list (program name first) and returns the process exit code.
std::vector<std::pair<const char *, Command>> commands()
{
    return {{"migrate", &MigrateCommand::run}};
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("looma-ops"));
    QCoreApplication::setOrganizationName(QStringLiteral("Looma"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOMA_VERSION));
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<int> runCommandIfAny(int argc, char *argv[])
{
    if (argc < 2)
        return std::nullopt;
    if (const auto code = HeadlessCommand::runIfRequested(argc, argv)) // a flag, not a word: --headless
        return code;
    if (std::strcmp(argv[1], "report") == 0) // renders documents: needs a QGuiApplication of its own
        return ReportCommand::main(argc, argv);
    for (const auto &[word, run] : commands()) {
        if (std::strcmp(argv[1], word) == 0) {
            QCoreApplication app(argc, argv);
            setApplicationIdentity();
            return run(QCoreApplication::arguments());
        }
    }
    if (asksForHelpOrVersion(argc, argv)) {
        // process() prints and exits; no display is needed to read the help.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QCommandLineParser parser;
        GuiOptions().addTo(parser);
        parser.process(app);
    }
    return std::nullopt;
}

} // namespace looma::cli
