#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace looma::cli {

// `looma-ops migrate [--dsn DSN] [--service NAME]`: brings the registry schema up to the newest
// version this build carries, prints what it did, and exits non-zero with a reason on failure.
class MigrateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(looma::cli::MigrateCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace looma::cli
