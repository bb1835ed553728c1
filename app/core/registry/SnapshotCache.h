#pragma once

#include "FleetSnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace looma {

// The last full fleet state on disk, so the console opens at once (marked stale) even when no
// registry is reachable. A versioned binary file written atomically (QSaveFile); a file from
// another format version, truncated or corrupt, is ignored rather than trusted.
class SnapshotCache final
{
    Q_DECLARE_TR_FUNCTIONS(looma::SnapshotCache)

public:
    // Empty path: <CacheLocation>/registry-snapshot.bin.
    explicit SnapshotCache(QString path = {});

    QString path() const { return m_path; }

    // Blocking file I/O: call on the registry worker thread (or in tests).
    bool save(const FleetSnapshot &snapshot, QString *error = nullptr) const;
    std::optional<FleetSnapshot> load(QString *error = nullptr) const;

    static QString defaultPath();

private:
    QString m_path;
};

} // namespace looma
