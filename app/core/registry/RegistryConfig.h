#pragma once

#include <QMetaType>
#include <QString>

namespace looma {

// How the console reaches and follows the registry. Empty dsn and service mean "libpq defaults"
// (PG* environment variables, ~/.pg_service.conf, PGPASSFILE), exactly as psql behaves.
struct RegistryConfig
{
    QString dsn;     // libpq conninfo ("host=... dbname=...") or URI ("postgresql://...")
    QString service; // libpq service name; used when dsn is empty
    QString sslMode; // disable/allow/prefer/require/verify-ca/verify-full; empty: libpq's default
    int connectTimeoutSeconds = 5;

    bool notify = true;               // LISTEN looma_registry; the poll timer remains the fallback
    int pollIntervalMs = 10000;       // watermark poll (the only change path when notify is off)
    int reconcileIntervalMs = 600000; // periodic full reload: the last word on anything missed
    int reconnectMinMs = 500;         // first reconnect delay, doubled per failure ...
    int reconnectMaxMs = 30000;       // ... up to this
    qint64 lateCommitOverlap = 1000;  // change sequences re-read below the watermark (late commits)
    int historyLimit = 1000;          // newest history rows in a full snapshot, per history table

    QString cachePath; // snapshot cache file; empty: CacheLocation/registry-snapshot.bin
    bool useCache = true;

    // The conninfo handed to libpq: dsn or "service=...", plus sslmode, connect_timeout,
    // application_name and TCP keepalives unless the dsn already sets them. Keyword and URI forms.
    QString connectionString() const;

    // The dsn with any password replaced by "***", for messages and logs.
    static QString redacted(const QString &conninfo);
};

} // namespace looma

Q_DECLARE_METATYPE(looma::RegistryConfig)
