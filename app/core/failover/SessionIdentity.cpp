#include "SessionIdentity.h"

#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace looma {

QString SessionIdentity::hostName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown-host") : host;
}

QString SessionIdentity::localActor()
{
    QString user;
    if (const passwd *pw = ::getpwuid(::geteuid()))
        user = QString::fromLocal8Bit(pw->pw_name);
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return user + QLatin1Char('@') + hostName();
}

QString SessionIdentity::withSessionOptions(const QString &dsn, const QString &applicationName)
{
    const QList<QPair<QString, QString>> defaults = {
        {QStringLiteral("connect_timeout"), QStringLiteral("5")},
        {QStringLiteral("keepalives"), QStringLiteral("1")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("5")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("2")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("10000")},
        {QStringLiteral("application_name"), applicationName},
    };
    const bool isUrl = dsn.startsWith(QLatin1String("postgresql://")) || dsn.startsWith(QLatin1String("postgres://"));
    if (isUrl) {
        QUrl url(dsn);
        QUrlQuery query(url);
        for (const auto &[key, value] : defaults) {
            if (!query.hasQueryItem(key))
                query.addQueryItem(key, value);
        }
        url.setQuery(query);
        return url.toString();
    }
    QString out = dsn.trimmed();
    for (const auto &[key, value] : defaults) {
        const QRegularExpression present(QStringLiteral("(^|\\s)%1\\s*=").arg(key));
        if (!out.contains(present))
            out += QLatin1Char(' ') + key + QLatin1Char('=') + value;
    }
    return out.trimmed();
}

} // namespace looma
