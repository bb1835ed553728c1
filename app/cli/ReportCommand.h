#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace looma::cli {

// `looma-ops report --from ISO8601 --to ISO8601 [--scope all|cloud:NAME|service:NAME]
//  --format pdf|html|csv --lang zh_CN|en --output PATH [--registry DSN] [--prometheus URL]`
// Renders with a QGuiApplication on the offscreen platform when there is no display.
// Exit codes: 0 written; 2 bad arguments; 3 a source unreachable (the report is still written,
// with the gap stated in it); 4 the file could not be written.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(looma::cli::ReportCommand)

public:
    enum ExitCode { Ok = 0, BadArguments = 2, SourceUnreachable = 3, WriteFailed = 4 };
    // Creates its own application object (a GUI one, for fonts and images), hence argc/argv.
    static int main(int &argc, char **argv);
};

} // namespace looma::cli
