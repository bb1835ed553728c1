#pragma once

#include <QString>
#include <optional>

namespace looma {

// Choices the settings file stores as words (see SettingsValues.cpp), so a hand edit stays readable.
enum class SslMode
{
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull
};
enum class PrometheusAuth
{
    None,
    Bearer,
    Basic
};
enum class LanguageChoice
{
    System,
    ZhCN,
    En
};
enum class ThemeChoice
{
    System,
    Light,
    Dark
};

namespace limits {
constexpr int minRefreshSeconds = 1;
constexpr int maxRefreshSeconds = 3600;
constexpr int defaultRefreshSeconds = 15;
constexpr int minCooldownMinutes = 0;
constexpr int maxCooldownMinutes = 1440;
constexpr int defaultCooldownMinutes = 10;
constexpr int minPartitionGuardPercent = 1;
constexpr int maxPartitionGuardPercent = 100;
constexpr int defaultPartitionGuardPercent = 30;
} // namespace limits

// Where the registry lives. A password never sits here: libpq reads it from PGPASSFILE / ~/.pgpass or
// the service file, so the settings file can be shared and backed up without leaking it.
struct RegistrySettings
{
    QString dsn;         // libpq keyword/value string or postgresql:// URI, without a password
    QString serviceName; // a service in pg_service.conf, used instead of a DSN
    SslMode sslMode = SslMode::Prefer;

    bool isConfigured() const { return !dsn.trimmed().isEmpty() || !serviceName.trimmed().isEmpty(); }
    bool operator==(const RegistrySettings &o) const
    {
        return dsn == o.dsn && serviceName == o.serviceName && sslMode == o.sslMode;
    }
    bool operator!=(const RegistrySettings &o) const { return !(*this == o); }
};

// Prometheus and how to authenticate to it. Secrets are named by file path only.
struct PrometheusSettings
{
    QString url;
    PrometheusAuth auth = PrometheusAuth::None;
    QString bearerTokenFile;
    QString basicUser;
    QString basicPasswordFile;
    QString caFile; // extra CA bundle (PEM); empty = the system store

    bool isConfigured() const { return !url.trimmed().isEmpty(); }
    bool operator==(const PrometheusSettings &o) const
    {
        return url == o.url && auth == o.auth && bearerTokenFile == o.bearerTokenFile &&
               basicUser == o.basicUser && basicPasswordFile == o.basicPasswordFile && caFile == o.caFile;
    }
    bool operator!=(const PrometheusSettings &o) const { return !(*this == o); }
};

struct RefreshSettings
{
    int registrySeconds = limits::defaultRefreshSeconds;
    int prometheusSeconds = limits::defaultRefreshSeconds;

    bool operator==(const RefreshSettings &o) const
    {
        return registrySeconds == o.registrySeconds && prometheusSeconds == o.prometheusSeconds;
    }
    bool operator!=(const RefreshSettings &o) const { return !(*this == o); }
};

// Which Prometheus labels carry the node, service and cluster, so a fleet with other names fits.
struct LabelSettings
{
    QString node = QStringLiteral("node");
    QString service = QStringLiteral("service");
    QString cluster = QStringLiteral("cluster");

    bool operator==(const LabelSettings &o) const
    {
        return node == o.node && service == o.service && cluster == o.cluster;
    }
    bool operator!=(const LabelSettings &o) const { return !(*this == o); }
};

struct SchedulerPolicy
{
    int cooldownMinutes = limits::defaultCooldownMinutes;             // per group, after a failover
    int partitionGuardPercent = limits::defaultPartitionGuardPercent; // share of failing checks

    bool operator==(const SchedulerPolicy &o) const
    {
        return cooldownMinutes == o.cooldownMinutes && partitionGuardPercent == o.partitionGuardPercent;
    }
    bool operator!=(const SchedulerPolicy &o) const { return !(*this == o); }
};

// Everything the Settings page edits, as one value: the page edits a copy and applies it whole.
struct SettingsValues
{
    RegistrySettings registry;
    PrometheusSettings prometheus;
    RefreshSettings refresh;
    LabelSettings labels;
    SchedulerPolicy scheduler;
    LanguageChoice language = LanguageChoice::System;
    ThemeChoice theme = ThemeChoice::System;
    bool readOnly = false;

    bool operator==(const SettingsValues &o) const
    {
        return registry == o.registry && prometheus == o.prometheus && refresh == o.refresh &&
               labels == o.labels && scheduler == o.scheduler && language == o.language && theme == o.theme &&
               readOnly == o.readOnly;
    }
    bool operator!=(const SettingsValues &o) const { return !(*this == o); }
};

QString toSettingsText(SslMode value);
QString toSettingsText(PrometheusAuth value);
QString toSettingsText(LanguageChoice value);
QString toSettingsText(ThemeChoice value);

std::optional<SslMode> sslModeFromText(QStringView text);
std::optional<PrometheusAuth> prometheusAuthFromText(QStringView text);
std::optional<LanguageChoice> languageFromText(QStringView text);
std::optional<ThemeChoice> themeFromText(QStringView text);

} // namespace looma
