// Integration: the simulator as the local stack runs it, with the real Prometheus and PostgreSQL.
#include "StackEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using looma::test::StackEnv;

class tst_FleetsimStack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void prometheusScrapesEveryRegion();
    void latencyP95IsPlausible();
    void registryHoldsTheFleet();
    void downFaultShowsAtOnceAndAfterOneScrape();
    void partitionSilencesHealthAndFailsTheScrape();

private:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, int timeoutMs = 5000);
    QJsonArray promQuery(const QString &expr);
    double promScalar(const QString &expr, double fallback = -1);
    QString psql(const QString &sql);
    QUrl control(const QString &path) const { return QUrl(m_env.fleetsimControlUrl() + path); }

    StackEnv m_env;
    QNetworkAccessManager m_nam;
};

tst_FleetsimStack::Reply tst_FleetsimStack::send(const QByteArray &verb, const QUrl &url,
                                                 const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

QJsonArray tst_FleetsimStack::promQuery(const QString &expr)
{
    QUrl url(m_env.promUrl() + QStringLiteral("/api/v1/query"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), expr);
    url.setQuery(query);
    const Reply r = send("GET", url);
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("result"))
        .toArray();
}

// The first sample's value of an instant query, or fallback when there is none yet.
double tst_FleetsimStack::promScalar(const QString &expr, double fallback)
{
    const QJsonArray result = promQuery(expr);
    if (result.isEmpty())
        return fallback;
    return result.first().toObject().value(QLatin1String("value")).toArray().at(1).toString().toDouble();
}

QString tst_FleetsimStack::psql(const QString &sql)
{
    QProcess process;
    process.start(m_env.value(QStringLiteral("LOOMA_PG_BIN")) + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-d"), m_env.pgDsn(),
                   QStringLiteral("-c"), sql});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("psql failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void tst_FleetsimStack::initTestCase()
{
    m_env = StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QCOMPARE(send("GET", control(QStringLiteral("/ready"))).status, 200);
}

void tst_FleetsimStack::cleanup()
{
    // Whatever a test left behind, the next one (and the next test binary) sees a healthy fleet.
    QCOMPARE(send("DELETE", control(QStringLiteral("/faults"))).status, 200);
}

void tst_FleetsimStack::prometheusScrapesEveryRegion()
{
    const QJsonArray regions = QJsonDocument::fromJson(send("GET", control(QStringLiteral("/fleet"))).body)
                                   .object()
                                   .value(QLatin1String("regions"))
                                   .toArray();
    QCOMPARE(regions.size(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(promScalar(QStringLiteral("count(up{job=\"fleetsim\"} == 1)")), 8.0, 30000);
    QCOMPARE(promScalar(QStringLiteral("count(up{job=\"fleetsim\"})")), 8.0);
    const double nodes = m_env.value(QStringLiteral("LOOMA_NODES")).toDouble();
    QTRY_COMPARE_WITH_TIMEOUT(promScalar(QStringLiteral("count(node_load1)")), nodes, 30000);
    QCOMPARE(promScalar(QStringLiteral("count(count by (cloud) (node_load1))")), 2.0);
}

void tst_FleetsimStack::latencyP95IsPlausible()
{
    const QString p95 =
        QStringLiteral("histogram_quantile(0.95, sum by (le) "
                       "(rate(looma_ai_request_duration_seconds_bucket{service=\"ai-gateway\"}[20s])))");
    // rate() needs two samples in the window: poll until Prometheus has them.
    QTRY_VERIFY_WITH_TIMEOUT(promScalar(p95) > 0, 40000);
    const double value = promScalar(p95);
    QVERIFY2(value > 0.12 && value < 0.3, qPrintable(QString::number(value)));
    const double rate =
        promScalar(QStringLiteral("sum(rate(looma_ai_requests_total{service=\"ai-gateway\"}[20s]))"));
    QVERIFY2(rate > 0, qPrintable(QString::number(rate)));
}

void tst_FleetsimStack::registryHoldsTheFleet()
{
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM nodes")), m_env.value(QStringLiteral("LOOMA_NODES")));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM service_instances")),
             m_env.value(QStringLiteral("LOOMA_INSTANCES")));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM services")), QStringLiteral("11"));
    QCOMPARE(
        psql(QStringLiteral("SELECT count(DISTINCT cloud) || '/' || count(DISTINCT region) FROM regions")),
        QStringLiteral("2/8"));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM check_policies WHERE service_id IS NULL")),
             QStringLiteral("1"));
    QCOMPARE(
        psql(QStringLiteral("SELECT count(*) FROM (SELECT failover_group FROM service_instances GROUP BY 1 "
                            "HAVING count(*) FILTER (WHERE role = 'primary') <> 1) g")),
        QStringLiteral("0"));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM nodes WHERE NOT ip << inet '127.0.0.0/8'")),
             QStringLiteral("0"));
    // The registry's primary of each AI service's own group is the one the simulator reports.
    const QJsonObject primaries = QJsonDocument::fromJson(send("GET", control(QStringLiteral("/fleet"))).body)
                                      .object()
                                      .value(QLatin1String("ai_primaries"))
                                      .toObject();
    QCOMPARE(primaries.size(), 5);
    for (auto it = primaries.begin(); it != primaries.end(); ++it) {
        QCOMPARE(psql(QStringLiteral(
                          "SELECT id FROM service_instances WHERE failover_group = '%1' AND role = 'primary'")
                          .arg(it.key())),
                 QString::number(it.value().toInteger()));
    }
    // New rows get ids past the seeded ones.
    QVERIFY(
        psql(QStringLiteral("SELECT nextval('service_instances_id_seq') > max(id) FROM service_instances")) ==
        QStringLiteral("t"));
}

void tst_FleetsimStack::downFaultShowsAtOnceAndAfterOneScrape()
{
    const QString id =
        psql(QStringLiteral("SELECT id FROM service_instances WHERE failover_group = 'matching-service' "
                            "AND role = 'primary'"));
    const QUrl health(
        psql(QStringLiteral("SELECT health_check_url FROM service_instances WHERE id = %1").arg(id)));
    QVERIFY2(health.isValid() && health.host() == QLatin1String("127.0.0.1"), qPrintable(health.toString()));
    QCOMPARE(send("GET", health).status, 200);
    const QString upQuery = QStringLiteral("looma_instance_up{instance_id=\"%1\"}").arg(id);
    QTRY_COMPARE_WITH_TIMEOUT(promScalar(upQuery), 1.0, 30000);

    const Reply injected =
        send("POST", control(QStringLiteral("/faults")),
             QStringLiteral("{\"kind\":\"down\",\"target\":{\"instance\":%1}}").arg(id).toUtf8());
    QCOMPARE(injected.status, 201);
    const Reply down = send("GET", health);
    QCOMPARE(down.status, 503);
    QCOMPARE(QJsonDocument::fromJson(down.body).object().value(QLatin1String("status")).toString(),
             QStringLiteral("critical"));
    QTRY_COMPARE_WITH_TIMEOUT(promScalar(upQuery), 0.0, 20000);

    const int faultId = QJsonDocument::fromJson(injected.body).object().value(QLatin1String("id")).toInt();
    QCOMPARE(send("DELETE", control(QStringLiteral("/faults/%1").arg(faultId))).status, 200);
    QCOMPARE(send("GET", health).status, 200);
}

void tst_FleetsimStack::partitionSilencesHealthAndFailsTheScrape()
{
    const QUrl health(psql(QStringLiteral(
        "SELECT si.health_check_url FROM service_instances si JOIN nodes n ON n.id = si.node_id "
        "JOIN clusters c ON c.id = n.cluster_id JOIN regions r ON r.id = c.region_id "
        "WHERE r.region = 'cn-shenzhen' ORDER BY si.id LIMIT 1")));
    QCOMPARE(send("GET", health).status, 200);
    const QString upQuery = QStringLiteral("up{job=\"fleetsim\",region=\"cn-shenzhen\"}");
    QTRY_COMPARE_WITH_TIMEOUT(promScalar(upQuery), 1.0, 30000);

    QCOMPARE(send("POST", control(QStringLiteral("/faults")),
                  QByteArrayLiteral("{\"kind\":\"partition\",\"target\":{\"region\":\"cn-shenzhen\"}}"))
                 .status,
             201);
    const Reply silent = send("GET", health, {}, 800);
    QCOMPARE(silent.status, 0); // no answer at all: the client gives up
    QVERIFY(silent.error != QNetworkReply::NoError);
    QTRY_COMPARE_WITH_TIMEOUT(promScalar(upQuery), 0.0, 20000);
    QCOMPARE(promScalar(QStringLiteral("count(up{job=\"fleetsim\"} == 1)")), 7.0);
}

QTEST_GUILESS_MAIN(tst_FleetsimStack)
#include "tst_fleetsim_stack.moc"
