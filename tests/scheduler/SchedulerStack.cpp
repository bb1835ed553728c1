#include "SchedulerStack.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <pqxx/pqxx>

namespace looma::test {

SchedulerStack::~SchedulerStack()
{
    stop();
}

quint16 SchedulerStack::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool SchedulerStack::setUp(const QString &name, QString *error)
{
    m_env = StackEnv::load();
    if (!m_env.isValid()) {
        *error = m_env.error();
        return false;
    }
    m_dsn = m_env.createScratchDatabase(name, error);
    if (m_dsn.isEmpty())
        return false;
    QProcess migrate;
    migrate.start(QStringLiteral(LOOMA_OPS_BIN), {QStringLiteral("migrate"), QStringLiteral("--dsn"), m_dsn});
    if (!migrate.waitForFinished(60000) || migrate.exitCode() != 0) {
        *error = QStringLiteral("migrate failed: ") + QString::fromUtf8(migrate.readAllStandardError());
        return false;
    }
    // Two instance ports: the simulator serves instance id on base + (id mod 2).
    quint16 base = 0;
    for (int attempt = 0; attempt < 50 && base == 0; ++attempt) {
        const quint16 candidate = freePort();
        QTcpServer next;
        if (candidate < 65000 && next.listen(QHostAddress::LocalHost, candidate + 1))
            base = candidate;
    }
    m_controlPort = freePort();
    m_sim = std::make_unique<QProcess>();
    m_sim->setProcessChannelMode(QProcess::MergedChannels);
    m_sim->start(QStringLiteral(LOOMA_FLEETSIM_BIN),
                 {QStringLiteral("--nodes"), QStringLiteral("40"), QStringLiteral("--instances"), QStringLiteral("100"),
                  QStringLiteral("--control-port"), QString::number(m_controlPort), QStringLiteral("--base-port"),
                  QString::number(base), QStringLiteral("--ports"), QStringLiteral("2"),
                  QStringLiteral("--seed-registry"), m_dsn});
    QElapsedTimer clock;
    clock.start();
    QByteArray output;
    while (!output.contains("ready in") && clock.elapsed() < 30000 && m_sim->state() != QProcess::NotRunning) {
        m_sim->waitForReadyRead(200);
        output += m_sim->readAll();
    }
    if (!output.contains("ready in")) {
        *error = QStringLiteral("simulator did not start: ") + QString::fromUtf8(output);
        return false;
    }
    const bool tuned = exec(QStringLiteral("UPDATE check_policies SET interval_ms = 1000, timeout_ms = 300, rise = 2, fall = 3"))
        && exec(QStringLiteral("UPDATE service_instances SET weight = 100 WHERE role = 'standby'"));
    if (!tuned)
        *error = QStringLiteral("tuning the scratch registry failed");
    return tuned;
}

void SchedulerStack::stop()
{
    if (m_sim && m_sim->state() != QProcess::NotRunning) {
        m_sim->kill();
        m_sim->waitForFinished(5000);
    }
    m_sim.reset();
}

int SchedulerStack::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_controlPort).arg(path)));
    request.setTransferTimeout(5000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(7000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int SchedulerStack::fault(const QString &kind, const QJsonObject &target, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("kind"), kind);
    body.insert(QStringLiteral("target"), target);
    return send("POST", QStringLiteral("/faults"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

int SchedulerStack::clearFaults()
{
    return send("DELETE", QStringLiteral("/faults"), {});
}

QString SchedulerStack::scalar(const QString &sql, bool *ok) const
{
    try {
        pqxx::connection c(m_dsn.toStdString());
        pqxx::work tx(c);
        const pqxx::result r = tx.exec(sql.toStdString());
        tx.commit();
        if (ok)
            *ok = true;
        if (r.empty() || r[0][0].is_null())
            return {};
        return QString::fromStdString(r[0][0].as<std::string>());
    } catch (const std::exception &e) {
        qWarning("SQL failed: %s (%s)", e.what(), qPrintable(sql));
        if (ok)
            *ok = false;
        return {};
    }
}

bool SchedulerStack::exec(const QString &sql) const
{
    bool ok = false;
    scalar(sql, &ok);
    return ok;
}

qint64 SchedulerStack::primaryOf(const QString &group) const
{
    return number(QStringLiteral("SELECT id FROM service_instances WHERE role = 'primary' AND failover_group = '%1'")
                      .arg(group));
}

} // namespace looma::test
