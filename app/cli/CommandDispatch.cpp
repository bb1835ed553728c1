#include "CommandDispatch.h"

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
    return {};
}

} // namespace

std::optional<int> runCommandIfAny(int argc, char *argv[])
{
    if (argc < 2)
        return std::nullopt;
    for (const auto &[word, run] : commands()) {
        if (std::strcmp(argv[1], word) == 0) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("looma-ops"));
            QCoreApplication::setOrganizationName(QStringLiteral("Looma"));
            QCoreApplication::setApplicationVersion(QStringLiteral(LOOMA_VERSION));
            return run(QCoreApplication::arguments());
        }
    }
    return std::nullopt;
}

} // namespace looma::cli
