#include "SeverityIcon.h"

#include "Icons.h"

namespace looma {

QIcon SeverityIcon::of(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return icons::load("status-failed");
    case Severity::Warning:
        return icons::load("status-stale");
    case Severity::Info:
        return icons::load("status-connecting");
    case Severity::Ok:
        break;
    }
    return icons::load("status-live");
}

} // namespace looma
