#include "RegistryConfig.h"

#include <QRegularExpression>
#include <QUrl>

namespace looma {
namespace {

bool isUri(const QString &conninfo)
{
    return conninfo.startsWith(QLatin1String("postgresql://")) ||
           conninfo.startsWith(QLatin1String("postgres://"));
}

bool hasParam(const QString &conninfo, const QString &key)
{
    // Keyword form "key=value" or URI query "?key=" / "&key=".
    const QRegularExpression re(QStringLiteral("(^|[\\s?&])%1\\s*=").arg(QRegularExpression::escape(key)));
    return re.match(conninfo).hasMatch();
}

void addParam(QString &conninfo, const QString &key, const QString &value)
{
    if (value.isEmpty() || hasParam(conninfo, key))
        return;
    if (isUri(conninfo)) {
        conninfo += conninfo.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        conninfo += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    } else {
        if (!conninfo.isEmpty())
            conninfo += QLatin1Char(' ');
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        conninfo += key + QLatin1String("='") + quoted + QLatin1Char('\'');
    }
}

} // namespace

QString RegistryConfig::connectionString() const
{
    QString conninfo = dsn.trimmed();
    if (conninfo.isEmpty() && !service.isEmpty())
        addParam(conninfo, QStringLiteral("service"), service);
    addParam(conninfo, QStringLiteral("sslmode"), sslMode);
    if (connectTimeoutSeconds > 0)
        addParam(conninfo, QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    addParam(conninfo, QStringLiteral("application_name"), QStringLiteral("looma-ops"));
    // A silently dropped TCP path (no FIN, e.g. a cloud NAT timing out) would otherwise leave the
    // listening connection waiting for hours; keepalives notice it within about half a minute.
    addParam(conninfo, QStringLiteral("keepalives_idle"), QStringLiteral("15"));
    addParam(conninfo, QStringLiteral("keepalives_interval"), QStringLiteral("5"));
    addParam(conninfo, QStringLiteral("keepalives_count"), QStringLiteral("3"));
    return conninfo;
}

QString RegistryConfig::redacted(const QString &conninfo)
{
    QString out = conninfo;
    // URI: scheme://user:password@host
    out.replace(QRegularExpression(QStringLiteral("(://[^:/@]*):[^@/]*@")), QStringLiteral("\\1:***@"));
    // Keyword form and URI query parameter.
    out.replace(QRegularExpression(QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|[^\\s&]*)")),
                QStringLiteral("\\1***"));
    return out;
}

} // namespace looma
