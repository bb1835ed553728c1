#include "PromError.h"

#include <utility>

namespace looma {

PromError::PromError(Kind k, QString msg, int status, QString type)
    : kind(k), message(std::move(msg)), httpStatus(status), errorType(std::move(type))
{
}

bool PromError::marksSourceStale() const
{
    switch (kind) {
    case Kind::None:
    case Kind::Cancelled:
        return false;
    case Kind::Api:
        // bad_data is a broken query of ours; the server itself answered properly.
        return errorType != QLatin1String("bad_data");
    default:
        return true;
    }
}

QString PromError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Api: return QStringLiteral("api");
    case Kind::Parse: return QStringLiteral("parse");
    case Kind::TooLarge: return QStringLiteral("too-large");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Config: return QStringLiteral("config");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace looma
