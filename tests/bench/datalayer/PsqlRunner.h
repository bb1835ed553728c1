#pragma once

#include <QByteArray>
#include <QString>

namespace looma::bench {

// Runs a SQL script through the real psql client, blocking, and times it from process start to
// exit (so psql's own start and connection are inside the figure, as the console's connect is in
// its own). The reference side of the benchmark's ratios, and the "someone edits the registry"
// side of the NOTIFY figures. Safe to use from any thread: it keeps no state between runs.
class PsqlRunner final
{
public:
    PsqlRunner() = default;
    PsqlRunner(QString psql, QString dsn);

    struct Result
    {
        bool ok = false;
        double ms = 0;
        QByteArray output; // empty when the output was discarded
        QString error;
    };

    // -X -q -At -v ON_ERROR_STOP=1 -f <script>; output to /dev/null unless captureOutput.
    Result run(const QString &script, bool captureOutput) const;

    bool isValid() const { return !m_psql.isEmpty() && !m_dsn.isEmpty(); }

private:
    QString m_psql;
    QString m_dsn;
};

} // namespace looma::bench
