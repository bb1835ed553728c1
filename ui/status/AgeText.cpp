#include "AgeText.h"

#include <QCoreApplication>

namespace looma {

QString formatAge(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QCoreApplication::translate("AgeText", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("AgeText", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("AgeText", "%1 h %2 min").arg(hours).arg(minutes % 60);
    return QCoreApplication::translate("AgeText", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace looma
