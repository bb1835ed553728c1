#include "SessionConfig.h"

#include "AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace looma {

RegistryConfig SessionConfig::registryConfig(const RegistrySettings &settings)
{
    RegistryConfig config;
    config.dsn = settings.dsn.trimmed();
    config.service = settings.serviceName.trimmed();
    config.sslMode = toSettingsText(settings.sslMode);
    config.cachePath = cachePathFor(config);
    return config;
}

PromConfig SessionConfig::prometheusConfig(const PrometheusSettings &settings)
{
    PromConfig config;
    config.baseUrl = QUrl(settings.url.trimmed());
    switch (settings.auth) {
    case PrometheusAuth::None:
        config.auth = PromConfig::Auth::None;
        break;
    case PrometheusAuth::Bearer:
        config.auth = PromConfig::Auth::BearerTokenFile;
        config.tokenFile = settings.bearerTokenFile;
        break;
    case PrometheusAuth::Basic:
        config.auth = PromConfig::Auth::BasicPasswordFile;
        config.basicUser = settings.basicUser;
        config.passwordFile = settings.basicPasswordFile;
        break;
    }
    config.caFile = settings.caFile;
    return config;
}

QString SessionConfig::cachePathFor(const RegistryConfig &config)
{
    const QByteArray who = (config.dsn.isEmpty() ? u"service=" + config.service : config.dsn).toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha1).toHex().left(12));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QDir(dir).filePath(QStringLiteral("registry-%1.snapshot").arg(hash));
}

SessionConfig SessionConfig::fromSettings(const AppSettings &settings, const QString &registryOverride,
                                          const QString &prometheusOverride)
{
    SessionConfig out;
    RegistrySettings registry = settings.registry();
    if (!registryOverride.isEmpty()) {
        registry.dsn = registryOverride;
        registry.serviceName.clear();
    }
    PrometheusSettings prometheus = settings.prometheus();
    if (!prometheusOverride.isEmpty())
        prometheus.url = prometheusOverride;
    out.registryConfigured = registry.isConfigured();
    out.prometheusConfigured = prometheus.isConfigured();
    out.registry = registryConfig(registry);
    out.registry.pollIntervalMs = settings.refresh().registrySeconds * 1000;
    out.prometheus = prometheusConfig(prometheus);
    out.refreshMs = settings.refresh().prometheusSeconds * 1000;
    const LabelSettings labels = settings.labels();
    out.nodeLabel = labels.node;
    out.serviceLabel = labels.service;
    out.clusterLabel = labels.cluster;
    return out;
}

} // namespace looma
