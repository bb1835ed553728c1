#include "SchedulerTypes.h"

namespace looma {

QString toText(HealthSourceKind kind)
{
    return kind == HealthSourceKind::Prometheus ? QStringLiteral("prometheus") : QStringLiteral("probes");
}

QString toText(ObserverVerdict verdict)
{
    switch (verdict) {
    case ObserverVerdict::NoObserver: return QStringLiteral("none");
    case ObserverVerdict::Up: return QStringLiteral("up");
    case ObserverVerdict::Down: return QStringLiteral("down");
    }
    return QStringLiteral("none");
}

} // namespace looma
