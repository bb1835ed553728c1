#pragma once

#include <optional>

namespace looma::cli {

// If argv names a subcommand (argv[1] is "migrate", "report", ...) or a window-less mode, runs it
// with a QCoreApplication and returns its exit code; otherwise returns nullopt and the GUI starts.
std::optional<int> runCommandIfAny(int argc, char *argv[]);

} // namespace looma::cli
