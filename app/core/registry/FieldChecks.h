#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace looma {

// Validators for registry values whose shape the schema cannot fully enforce (or whose CHECK
// someone may have dropped). Each returns an empty string when the value is acceptable, otherwise
// the reason in words. Pure functions: unit-tested with data tables.
class FieldChecks final
{
    Q_DECLARE_TR_FUNCTIONS(looma::FieldChecks)

public:
    // host:port or [v6-address]:port, port 1..65535; the port is required.
    static QString endpoint(QStringView value);
    // Empty (no URL) or an absolute http/https URL with a host.
    static QString healthCheckUrl(QStringView value);
    // Dotted IPv4 or IPv6 text as PostgreSQL's host(inet) prints it.
    static QString ipAddress(QStringView value);
    // DNS-style host name: letters, digits, '-', '_', '.'; labels up to 63 characters.
    static QString hostname(QStringView value);
    // Absolute path for an HTTP check ("/health").
    static QString checkPath(QStringView value);
};

} // namespace looma
