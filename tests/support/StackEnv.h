#pragma once

#include <QString>
#include <QStringList>

namespace looma::test {

// The local stack a CTest fixture started (scripts/stack.sh writes stack.env; CTest passes its
// path in LOOMA_STACK_ENV). Integration tests read the servers' addresses from here.
class StackEnv final
{
public:
    // Reads the file named by LOOMA_STACK_ENV; on failure returns an env with error() set.
    static StackEnv load();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString value(const QString &key) const;

    QString pgDsn() const { return value(QStringLiteral("LOOMA_PG_DSN")); }
    QString promUrl() const { return value(QStringLiteral("LOOMA_PROM_URL")); }
    QString fleetsimControlUrl() const { return value(QStringLiteral("LOOMA_FLEETSIM_CONTROL_URL")); }

    // A DSN for another database on the same server (same host, port and user).
    QString dsnForDatabase(const QString &database) const;

    // Creates (dropping first if present) an empty database and returns its DSN; empty on failure,
    // with the reason in *error. The caller applies migrations itself if it needs them.
    QString createScratchDatabase(const QString &name, QString *error = nullptr) const;

private:
    QStringList m_lines;
    QString m_error;
};

} // namespace looma::test
