#include "Icons.h"

namespace looma::icons {

QIcon load(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QIcon application()
{
    return load("io.looma.OpsConsole");
}

} // namespace looma::icons
