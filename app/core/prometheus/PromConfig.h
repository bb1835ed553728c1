#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace looma {

// Where Prometheus is and how to talk to it. Secrets are never held here: only the paths of
// the files that contain them, so settings files and logs never carry a token or a password.
class PromConfig final
{
    Q_DECLARE_TR_FUNCTIONS(PromConfig)

public:
    enum class Auth { None, BearerTokenFile, BasicPasswordFile };

    static constexpr int DefaultTimeoutMs = 10'000;
    static constexpr qint64 DefaultMaxResponseBytes = 32LL * 1024 * 1024;
    // Prometheus evaluates at most 20 queries at once by default (--query.max-concurrency);
    // one console should use well under that so several consoles and Grafana fit beside it.
    static constexpr int DefaultMaxInFlight = 6;
    static constexpr int DefaultScrapeIntervalSeconds = 15;
    static constexpr qint64 MaxSecretFileBytes = 64 * 1024;

    QUrl baseUrl; // e.g. http://127.0.0.1:9090 or https://prom.example/prometheus
    Auth auth = Auth::None;
    QString tokenFile;    // Auth::BearerTokenFile
    QString basicUser;    // Auth::BasicPasswordFile
    QString passwordFile; // Auth::BasicPasswordFile
    QString caFile;       // PEM bundle trusted for https; empty: the system's CAs
    int timeoutMs = DefaultTimeoutMs;
    qint64 maxResponseBytes = DefaultMaxResponseBytes;
    int maxInFlight = DefaultMaxInFlight;
    int scrapeIntervalSeconds = DefaultScrapeIntervalSeconds; // the smallest useful range step

    bool isConfigured() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
    // Empty when usable; otherwise what is wrong, for the user.
    QString validate() const;

    // The URL of an API path such as "/api/v1/query", keeping any path prefix of baseUrl.
    QUrl endpoint(QStringView apiPath) const;

    // Reads the secret file now and builds the Authorization header value (empty for Auth::None).
    // Returns false with *error set if the file is missing, empty or implausibly large.
    bool authorizationHeader(QByteArray *header, QString *error) const;

    // Settings round trip: file paths only, never secrets.
    QVariantMap toVariantMap() const;
    static PromConfig fromVariantMap(const QVariantMap &map);

    static QString authName(Auth auth);
    static Auth authFromName(const QString &name); // unknown: None
};

} // namespace looma
