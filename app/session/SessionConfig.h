#pragma once

#include "PromConfig.h"
#include "RegistryConfig.h"

#include <QString>

namespace looma {

class AppSettings;
struct PrometheusSettings;
struct RegistrySettings;

// The settings a session runs on, as the clients' own config types. Reading AppSettings happens
// here only, so the session's other classes depend on these plain values, not on the settings store.
struct SessionConfig
{
    bool registryConfigured = false;
    bool prometheusConfigured = false;
    RegistryConfig registry;
    PromConfig prometheus;
    QString nodeLabel = QStringLiteral("node");
    QString serviceLabel = QStringLiteral("service");
    QString clusterLabel = QStringLiteral("cluster");
    int refreshMs = 15000;

    // Overrides (from --registry / --prometheus) replace the stored addresses for this run.
    static SessionConfig fromSettings(const AppSettings &settings, const QString &registryOverride = {},
                                      const QString &prometheusOverride = {});
    static RegistryConfig registryConfig(const RegistrySettings &settings);
    static PromConfig prometheusConfig(const PrometheusSettings &settings);
    // A cache file per registry, so a console pointed at another registry never starts from the
    // first one's snapshot.
    static QString cachePathFor(const RegistryConfig &config);
};

} // namespace looma
