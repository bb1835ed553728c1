// Integration: the checker against the REAL fleet simulator and PostgreSQL of the local stack.
// 10,000 seeded instances are checked; a few get a `down` fault; they must go critical after `fall`
// checks, and health_events must hold the transitions (and only those), written by the writer.
// The registry is copied into a scratch database first, so other integration tests see no writes.
#include "CheckScheduler.h"
#include "HealthEventWriter.h"
#include "StackEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace looma;
using looma::test::StackEnv;

class tst_HealthStack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void downInstancesGoCriticalAndOnlyTransitionsAreWritten();

private:
    QString psql(const QString &dsn, const QString &sql);
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {});

    StackEnv m_env;
    QString m_dsn;
    QNetworkAccessManager m_nam;
    QList<int> m_faultIds;
    static constexpr int Instances = 10000;
    static constexpr int Victims = 5;
};

QString tst_HealthStack::psql(const QString &dsn, const QString &sql)
{
    QProcess p;
    p.start(m_env.value(QStringLiteral("LOOMA_PG_BIN")) + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-F"), QStringLiteral("|"),
             QStringLiteral("-d"), dsn, QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("psql failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QNetworkReply *tst_HealthStack::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_env.fleetsimControlUrl() + path));
    request.setTransferTimeout(5000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(7000);
    reply->deleteLater();
    return reply;
}

void tst_HealthStack::initTestCase()
{
    m_env = StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QString error;
    m_dsn = m_env.createScratchDatabase(QStringLiteral("looma_health_it"), &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
    // Schema and the seeded fleet, copied whole.
    QProcess copy;
    const QString bin = m_env.value(QStringLiteral("LOOMA_PG_BIN"));
    copy.start(QStringLiteral("/bin/sh"),
               {QStringLiteral("-c"), QStringLiteral("\"$1/pg_dump\" -d \"$2\" | \"$1/psql\" -X -q -v ON_ERROR_STOP=1 -d \"$3\""),
                QStringLiteral("sh"), bin, m_env.pgDsn(), m_dsn});
    QVERIFY(copy.waitForFinished(120000));
    QVERIFY2(copy.exitCode() == 0, copy.readAllStandardError().constData());
}

void tst_HealthStack::cleanupTestCase()
{
    for (int id : std::as_const(m_faultIds))
        send("DELETE", QStringLiteral("/faults/%1").arg(id));
    if (!m_dsn.isEmpty())
        psql(m_env.pgDsn(), QStringLiteral("DROP DATABASE IF EXISTS looma_health_it WITH (FORCE)"));
}

void tst_HealthStack::downInstancesGoCriticalAndOnlyTransitionsAreWritten()
{
    const QStringList rows = psql(m_dsn, QStringLiteral("SELECT id, service_id, health_check_url, role FROM "
                                                        "service_instances ORDER BY id LIMIT %1")
                                             .arg(Instances))
                                 .split(u'\n');
    QCOMPARE(rows.size(), Instances);
    QList<ServiceInstance> instances;
    QList<qint64> victims;
    for (const QString &row : rows) {
        const QStringList f = row.split(u'|');
        QCOMPARE(f.size(), 4);
        ServiceInstance i;
        i.id = f.at(0).toLongLong();
        i.serviceId = f.at(1).toLongLong();
        i.healthCheckUrl = f.at(2);
        instances.append(i);
        // Never a primary: other integration tests may reason about primaries.
        if (victims.size() < Victims && f.at(3) != u"primary" && i.id % 997 == 0)
            victims.append(i.id);
    }
    QCOMPARE(victims.size(), Victims);

    // A short interval so the test takes seconds: 10,000 checks per 3 s, fall 3.
    CheckPolicy policy;
    policy.intervalMs = 3000;
    policy.timeoutMs = 1500;
    CheckScheduler scheduler;
    QThread writerThread;
    auto *writer = new HealthEventWriter(m_dsn, QStringLiteral("tst_health_stack@localhost"));
    writer->moveToThread(&writerThread);
    connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
    writerThread.start();
    connect(&scheduler, &CheckScheduler::transitionsReady, writer, &HealthEventWriter::write);
    QSignalSpy written(writer, &HealthEventWriter::batchWritten);
    QSignalSpy failed(writer, &HealthEventWriter::writeFailed);
    QSignalSpy figures(&scheduler, &CheckScheduler::figuresReady);

    QHash<qint64, QList<HealthTransition>> byInstance;
    int transitions = 0;
    connect(&scheduler, &CheckScheduler::transitionsReady, this, [&](const QList<HealthTransition> &batch) {
        for (const HealthTransition &t : batch)
            byInstance[t.instanceId].append(t);
        transitions += int(batch.size());
    });
    const auto countIn = [&](HealthState s) {
        int n = 0;
        for (const auto &list : std::as_const(byInstance))
            n += list.last().toState == s;
        return n;
    };

    scheduler.setFleet(instances, {policy});
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(countIn(HealthState::Passing) == Instances, 30000);

    QElapsedTimer sinceFault;
    sinceFault.start();
    for (qint64 id : std::as_const(victims)) {
        QNetworkReply *r = send("POST", QStringLiteral("/faults"),
                                QStringLiteral("{\"kind\":\"down\",\"target\":{\"instance\":%1}}").arg(id).toUtf8());
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        m_faultIds.append(QJsonDocument::fromJson(r->readAll()).object().value(QLatin1String("id")).toInt());
    }
    QTRY_VERIFY_WITH_TIMEOUT(countIn(HealthState::Critical) == Victims, 30000);
    // fall = 3 checks 3 s apart: never critical before two intervals have passed.
    QVERIFY2(sinceFault.elapsed() >= 2 * policy.intervalMs - 200, qPrintable(QString::number(sinceFault.elapsed())));
    for (qint64 id : std::as_const(victims)) {
        const QList<HealthTransition> &t = byInstance.value(id);
        QCOMPARE(t.size(), 3); // unknown->passing, passing->warning, warning->critical
        QCOMPARE(t.at(1).toState, HealthState::Warning);
        QCOMPARE(t.at(2).toState, HealthState::Critical);
        QCOMPARE(t.at(2).consecutiveFailures, policy.fall);
    }
    QCOMPARE(countIn(HealthState::Passing), Instances - Victims);

    QTest::qWait(1500); // one more batch to the writer
    scheduler.stop();
    QTRY_VERIFY_WITH_TIMEOUT(psql(m_dsn, QStringLiteral("SELECT count(*) FROM health_events")).toInt() == transitions,
                             10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    QCOMPARE(transitions, Instances + 2 * Victims);
    // Many more probes than rows: transitions only, never every probe.
    double checks = 0;
    for (const QList<QVariant> &args : std::as_const(figures))
        checks += args.at(0).value<SchedulerFigures>().checksPerSecond;
    QVERIFY2(checks > 2.0 * transitions, qPrintable(QString::number(checks)));

    QStringList ids;
    for (qint64 id : std::as_const(victims))
        ids << QString::number(id);
    QCOMPARE(psql(m_dsn, QStringLiteral("SELECT count(*) FROM service_instances WHERE status = 'critical' AND id IN (%1)")
                             .arg(ids.join(u','))),
             QString::number(Victims));
    QCOMPARE(psql(m_dsn, QStringLiteral("SELECT count(*) FROM health_events WHERE to_state = 'critical' AND "
                                        "observer = 'tst_health_stack@localhost' AND detail LIKE '%503%'")),
             QString::number(Victims));
    QCOMPARE(psql(m_dsn, QStringLiteral("SELECT count(*) FROM (SELECT id FROM service_instances ORDER BY id LIMIT %1) "
                                        "s JOIN service_instances si USING (id) WHERE si.status = 'passing'")
                             .arg(Instances)),
             QString::number(Instances - Victims));

    writerThread.quit();
    writerThread.wait();
}

QTEST_GUILESS_MAIN(tst_HealthStack)
#include "tst_health_stack.moc"
