#include "PsqlRunner.h"

#include "BenchSupport.h"

#include <QProcess>
#include <QTemporaryFile>

namespace looma::bench {

PsqlRunner::PsqlRunner(QString psql, QString dsn)
    : m_psql(std::move(psql))
    , m_dsn(std::move(dsn))
{}

PsqlRunner::Result PsqlRunner::run(const QString &script, bool captureOutput) const
{
    Result result;
    QTemporaryFile file;
    if (!file.open()) {
        result.error = QStringLiteral("cannot write a temporary script file");
        return result;
    }
    file.write(script.toUtf8());
    file.flush();

    QProcess process;
    if (!captureOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    const QStringList args = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                              QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                              QStringLiteral("-d"), m_dsn, QStringLiteral("-f"), file.fileName()};
    QElapsedTimer clock;
    clock.start();
    process.start(m_psql, args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        result.error = QStringLiteral("psql did not run: %1").arg(process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.ms = msSince(clock);
    if (captureOutput)
        result.output = process.readAllStandardOutput();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok)
        result.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}

} // namespace looma::bench
