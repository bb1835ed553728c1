#include "StackEnv.h"

#include <QFile>
#include <QProcess>
#include <QUrl>

namespace looma::test {

StackEnv StackEnv::load()
{
    StackEnv env;
    const QString path = qEnvironmentVariable("LOOMA_STACK_ENV");
    if (path.isEmpty()) {
        env.m_error = QStringLiteral("LOOMA_STACK_ENV is not set: run this test through CTest (stack fixture)");
        return env;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        env.m_error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return env;
    }
    env.m_lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return env;
}

QString StackEnv::value(const QString &key) const
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &line : m_lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QString StackEnv::dsnForDatabase(const QString &database) const
{
    QUrl url(pgDsn());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString StackEnv::createScratchDatabase(const QString &name, QString *error) const
{
    const QString psql = value(QStringLiteral("LOOMA_PG_BIN")) + QStringLiteral("/psql");
    QProcess process;
    process.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), pgDsn(), QStringLiteral("-c"),
                         QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name),
                         QStringLiteral("-c"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return dsnForDatabase(name);
}

} // namespace looma::test
