#include "PromConfig.h"

#include <QFile>

namespace looma {

namespace {

bool readSecret(const QString &path, QByteArray *secret, QString *error)
{
    if (path.isEmpty()) {
        *error = PromConfig::tr("No secret file is configured for Prometheus authentication.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PromConfig::tr("Cannot read the Prometheus secret file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (file.size() > PromConfig::MaxSecretFileBytes) {
        *error = PromConfig::tr("The Prometheus secret file %1 is too large to be a token or password.")
                     .arg(path);
        return false;
    }
    // Editors and `echo` add a final newline; it is never part of the secret.
    *secret = file.readAll().trimmed();
    if (secret->isEmpty()) {
        *error = PromConfig::tr("The Prometheus secret file %1 is empty.").arg(path);
        return false;
    }
    return true;
}

} // namespace

QString PromConfig::validate() const
{
    if (!isConfigured())
        return tr("No Prometheus URL is configured.");
    const QString scheme = baseUrl.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The Prometheus URL must start with http:// or https://, not \"%1\".")
            .arg(baseUrl.toString());
    if (baseUrl.host().isEmpty())
        return tr("The Prometheus URL %1 has no host.").arg(baseUrl.toString());
    if (auth == Auth::BearerTokenFile && tokenFile.isEmpty())
        return tr("Bearer authentication needs a token file.");
    if (auth == Auth::BasicPasswordFile && (basicUser.isEmpty() || passwordFile.isEmpty()))
        return tr("Basic authentication needs a user name and a password file.");
    if (timeoutMs < 100)
        return tr("The Prometheus timeout must be at least 100 ms.");
    if (maxResponseBytes < 1024)
        return tr("The Prometheus response size limit must be at least 1 KB.");
    if (maxInFlight < 1)
        return tr("At least one Prometheus query must be allowed in flight.");
    if (scrapeIntervalSeconds < 1)
        return tr("The scrape interval must be at least 1 second.");
    return {};
}

QUrl PromConfig::endpoint(QStringView apiPath) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + apiPath);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool PromConfig::authorizationHeader(QByteArray *header, QString *error) const
{
    header->clear();
    QByteArray secret;
    switch (auth) {
    case Auth::None:
        return true;
    case Auth::BearerTokenFile:
        if (!readSecret(tokenFile, &secret, error))
            return false;
        *header = QByteArrayLiteral("Bearer ") + secret;
        return true;
    case Auth::BasicPasswordFile:
        if (!readSecret(passwordFile, &secret, error))
            return false;
        *header = QByteArrayLiteral("Basic ") + QByteArray(basicUser.toUtf8() + ':' + secret).toBase64();
        return true;
    }
    return true;
}

QVariantMap PromConfig::toVariantMap() const
{
    return {
        {QStringLiteral("url"), baseUrl.toString()},
        {QStringLiteral("auth"), authName(auth)},
        {QStringLiteral("tokenFile"), tokenFile},
        {QStringLiteral("basicUser"), basicUser},
        {QStringLiteral("passwordFile"), passwordFile},
        {QStringLiteral("caFile"), caFile},
        {QStringLiteral("timeoutMs"), timeoutMs},
        {QStringLiteral("maxResponseBytes"), maxResponseBytes},
        {QStringLiteral("maxInFlight"), maxInFlight},
        {QStringLiteral("scrapeIntervalSeconds"), scrapeIntervalSeconds},
    };
}

PromConfig PromConfig::fromVariantMap(const QVariantMap &map)
{
    PromConfig c;
    c.baseUrl = QUrl(map.value(QStringLiteral("url")).toString());
    c.auth = authFromName(map.value(QStringLiteral("auth")).toString());
    c.tokenFile = map.value(QStringLiteral("tokenFile")).toString();
    c.basicUser = map.value(QStringLiteral("basicUser")).toString();
    c.passwordFile = map.value(QStringLiteral("passwordFile")).toString();
    c.caFile = map.value(QStringLiteral("caFile")).toString();
    c.timeoutMs = map.value(QStringLiteral("timeoutMs"), DefaultTimeoutMs).toInt();
    c.maxResponseBytes
        = map.value(QStringLiteral("maxResponseBytes"), DefaultMaxResponseBytes).toLongLong();
    c.maxInFlight = map.value(QStringLiteral("maxInFlight"), DefaultMaxInFlight).toInt();
    c.scrapeIntervalSeconds
        = map.value(QStringLiteral("scrapeIntervalSeconds"), DefaultScrapeIntervalSeconds).toInt();
    return c;
}

QString PromConfig::authName(Auth auth)
{
    switch (auth) {
    case Auth::None: return QStringLiteral("none");
    case Auth::BearerTokenFile: return QStringLiteral("bearer");
    case Auth::BasicPasswordFile: return QStringLiteral("basic");
    }
    return QStringLiteral("none");
}

PromConfig::Auth PromConfig::authFromName(const QString &name)
{
    if (name == QLatin1String("bearer"))
        return Auth::BearerTokenFile;
    if (name == QLatin1String("basic"))
        return Auth::BasicPasswordFile;
    return Auth::None;
}

} // namespace looma
