#pragma once

#include <QCoreApplication>
#include <optional>

namespace looma::cli {

// `looma-ops --headless [--registry DSN] [--prometheus URL] [--read-only] [--check-interval-ms N]
//  [--cooldown-s N] [--partition-share F] [--observer-name NAME] [--health-source probes|prometheus]
//  [--webhook URL] [--leader-interval-ms N] [--start-timeout-s N]`
// runs the scheduler without a window (QCoreApplication) and logs decisions, transitions and
// failovers to stdout, one timestamped line each. SIGTERM/SIGINT stop it cleanly.
// Exit codes: 0 clean stop, 2 bad arguments, 3 registry unreachable at start for longer than
// --start-timeout-s (default 30).
class HeadlessCommand final
{
    Q_DECLARE_TR_FUNCTIONS(looma::cli::HeadlessCommand)

public:
    // Runs when argv holds --headless (anywhere); otherwise nullopt.
    static std::optional<int> runIfRequested(int argc, char *argv[]);
    static int main(int argc, char *argv[]);
};

} // namespace looma::cli
