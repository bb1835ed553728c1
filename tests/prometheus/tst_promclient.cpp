#include "FakePromServer.h"
#include "PromClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;
using looma::test::FakePromServer;

namespace {

const QByteArray okVector = R"({"status":"success","warnings":["partial data"],"data":{"resultType":"vector",
    "result":[{"metric":{"service":"chat-service"},"value":[1700000000,"12.5"]}]}})";

// Peak resident memory of this process (VmHWM), in bytes; -1 if unknown.
qint64 peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

} // namespace

class tst_PromClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void successAndStatus();
    void garbageJson();
    void errorBody_data();
    void errorBody();
    void http500();
    void tooLarge_data();
    void tooLarge();
    void hangTimesOut();
    void redirectToAnotherHostRefused();
    void connectionRefused();
    void bearerAndBasicAuth();
    void missingTokenFileIsConfigError();
    void longQueryIsPosted();
    void rangeQueryParameters();
    void reservedCharactersSurvive_data();
    void reservedCharactersSurvive();
    void inFlightCap_data();
    void inFlightCap();
    void cancelQueued();
    void alertsAndTargetsOverHttp();
    void unreadableCaFileIsConfigError();

private:
    // Runs one query and returns its error (kind None on success), checking exactly one signal.
    PromError runQuery(const QString &promql, PromQueryResult *result = nullptr, int waitMs = 15000);

    FakePromServer *m_server = nullptr;
    PromClient *m_client = nullptr;
    PromConfig m_config;
};

void tst_PromClient::init()
{
    m_server = new FakePromServer(this);
    QVERIFY(m_server->listen());
    m_client = new PromClient(this);
    m_config = PromConfig();
    m_config.baseUrl = m_server->url();
    m_client->setConfig(m_config);
}

void tst_PromClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

PromError tst_PromClient::runQuery(const QString &promql, PromQueryResult *result, int waitMs)
{
    QSignalSpy spy(m_client, &PromClient::queryFinished);
    const quint64 id = m_client->query(promql);
    if (!spy.wait(waitMs) && spy.isEmpty())
        return {PromError::Kind::None, QStringLiteral("NO SIGNAL")};
    QTest::qWait(50); // a second signal for the same request would show up here
    if (spy.size() != 1 || spy.at(0).at(0).toULongLong() != id)
        return {PromError::Kind::None, QStringLiteral("WRONG SIGNAL COUNT")};
    if (result)
        *result = spy.at(0).at(1).value<PromQueryResult>();
    return spy.at(0).at(2).value<PromError>();
}

void tst_PromClient::successAndStatus()
{
    QSignalSpy status(m_client, &PromClient::statusChanged);
    QCOMPARE(m_client->status().state, SourceStatus::State::Connecting);
    m_server->setScript(FakePromServer::Script::respond(200, okVector));
    PromQueryResult r;
    const PromError e = runQuery(QStringLiteral("sum by (service) (rate(x[5m]))"), &r);
    QVERIFY2(!e.isError() && e.message.isEmpty(), qPrintable(e.message));
    QCOMPARE(r.samples.size(), 1);
    QCOMPARE(r.samples[0].value, 12.5);
    QCOMPARE(r.warnings, QStringList{QStringLiteral("partial data")});
    QCOMPARE(m_client->status().state, SourceStatus::State::Live);
    const QDateTime liveAt = m_client->status().lastSuccess;
    QVERIFY(liveAt.isValid());

    // A failure marks the source stale, keeps when data last arrived and says why.
    m_server->setScript(FakePromServer::Script::respond(500, "boom"));
    QCOMPARE(runQuery(QStringLiteral("up")).kind, PromError::Kind::Http);
    QCOMPARE(m_client->status().state, SourceStatus::State::Stale);
    QCOMPARE(m_client->status().lastSuccess, liveAt);
    QVERIFY(m_client->status().error.contains(QStringLiteral("500")));
    QCOMPARE(status.size(), 2); // Live, then Stale

    // The request carried the query and the server-side timeout.
    const QByteArray target = m_server->seen().at(0).target;
    QVERIFY2(target.startsWith("/api/v1/query?query=sum"), target.constData());
    QVERIFY2(target.contains("timeout=10s"), target.constData());
}

void tst_PromClient::garbageJson()
{
    m_server->setScript(FakePromServer::Script::respond(200, "{\"status\":\"succ<<<garbage"));
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("parse"));
    QVERIFY2(e.message.contains(QStringLiteral("not valid JSON")), qPrintable(e.message));
    QCOMPARE(m_client->status().state, SourceStatus::State::Stale);
}

void tst_PromClient::errorBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<bool>("stale");
    QTest::newRow("400 bad_data")
        << 400 << QByteArray(R"({"status":"error","errorType":"bad_data","error":"parse error at char 5"})")
        << QStringLiteral("bad_data") << false;
    QTest::newRow("422 execution")
        << 422 << QByteArray(R"({"status":"error","errorType":"execution","error":"too many samples"})")
        << QStringLiteral("execution") << true;
    QTest::newRow("503 timeout")
        << 503 << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
        << QStringLiteral("timeout") << true;
}

void tst_PromClient::errorBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorType);
    QFETCH(bool, stale);
    m_server->setScript(FakePromServer::Script::respond(status, body));
    const PromError e = runQuery(QStringLiteral("sum(("));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("api"));
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.errorType, errorType);
    QVERIFY2(e.message.contains(errorType), qPrintable(e.message));
    QCOMPARE(m_client->status().state == SourceStatus::State::Stale, stale);
}

void tst_PromClient::http500()
{
    m_server->setScript(FakePromServer::Script::respond(500, "internal server error\n"));
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("http"));
    QCOMPARE(e.httpStatus, 500);
    QVERIFY2(e.message.contains(QStringLiteral("internal server error")), qPrintable(e.message));
}

void tst_PromClient::tooLarge_data()
{
    QTest::addColumn<bool>("contentLength");
    QTest::newRow("Content-Length says 50 MB") << true;
    QTest::newRow("no Content-Length, 50 MB streamed") << false;
}

void tst_PromClient::tooLarge()
{
    QFETCH(bool, contentLength);
    constexpr qint64 fifty = 50LL * 1024 * 1024;
    const qint64 rssBefore = peakRss();
    FakePromServer::Script s;
    s.mode = FakePromServer::Mode::Stream;
    s.streamBytes = fifty;
    s.sendContentLength = contentLength;
    m_server->setScript(s);
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("too-large"));
    QVERIFY2(e.message.contains(QStringLiteral("32")), qPrintable(e.message));
    // Cut off at the cap: the server never got to send the whole body.
    QVERIFY2(m_server->bytesStreamed() < fifty, qPrintable(QString::number(m_server->bytesStreamed())));
    if (contentLength)
        QVERIFY(m_server->bytesStreamed() < 8 * 1024 * 1024); // refused on the header alone
    const qint64 rssAfter = peakRss();
    // The cap (32 MB) plus Qt's and the fake server's buffers; holding the whole 50 MB body, or
    // copying a 32 MB buffer while growing it, would pass this.
    if (rssBefore > 0 && rssAfter > 0)
        QVERIFY2(rssAfter - rssBefore < 49LL * 1024 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 bytes").arg(rssAfter - rssBefore)));
    qInfo("streamed %lld bytes, peak RSS +%lld KB", m_server->bytesStreamed(),
          (rssAfter - rssBefore) / 1024);
}

void tst_PromClient::hangTimesOut()
{
    m_config.timeoutMs = 500;
    m_client->setConfig(m_config);
    m_server->setScript(FakePromServer::Script::hang());
    QElapsedTimer clock;
    clock.start();
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("timeout"));
    QVERIFY2(clock.elapsed() < 5000, "the timeout must end the request");
    QVERIFY(e.message.contains(QStringLiteral("0.5")));
    QCOMPARE(m_client->inFlight(), 0);
}

void tst_PromClient::redirectToAnotherHostRefused()
{
    FakePromServer::Script s;
    s.status = 302;
    s.headers = {{"Location", "http://elsewhere.invalid:9090/api/v1/query?query=up"}};
    m_server->setScript(s);
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("http"));
    QVERIFY2(e.message.contains(QStringLiteral("elsewhere.invalid")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("redirect")), qPrintable(e.message));
    QCOMPARE(m_server->seen().size(), 1);
}

void tst_PromClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    m_config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_client->setConfig(m_config);
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("network"));
    QVERIFY2(e.message.contains(QString::number(port)), qPrintable(e.message));
}

void tst_PromClient::bearerAndBasicAuth()
{
    QTemporaryDir dir;
    QFile token(dir.filePath(QStringLiteral("token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("s3cr3t-token\n");
    token.close();
    m_server->setScript(FakePromServer::Script::respond(200, okVector));

    m_config.auth = PromConfig::Auth::BearerTokenFile;
    m_config.tokenFile = token.fileName();
    m_client->setConfig(m_config);
    QVERIFY(!runQuery(QStringLiteral("up")).isError());
    QCOMPARE(m_server->seen().last().headers.value("authorization"), QByteArray("Bearer s3cr3t-token"));

    m_config.auth = PromConfig::Auth::BasicPasswordFile;
    m_config.basicUser = QStringLiteral("ops");
    m_config.passwordFile = token.fileName();
    m_client->setConfig(m_config);
    QVERIFY(!runQuery(QStringLiteral("up")).isError());
    QCOMPARE(m_server->seen().last().headers.value("authorization"),
             "Basic " + QByteArray("ops:s3cr3t-token").toBase64());

    // Settings keep the path, never the secret.
    const QVariantMap stored = m_config.toVariantMap();
    for (const QVariant &v : stored)
        QVERIFY(!v.toString().contains(QStringLiteral("s3cr3t")));
    QCOMPARE(PromConfig::fromVariantMap(stored).passwordFile, token.fileName());
}

void tst_PromClient::missingTokenFileIsConfigError()
{
    m_config.auth = PromConfig::Auth::BearerTokenFile;
    m_config.tokenFile = QStringLiteral("/nonexistent/token");
    m_client->setConfig(m_config);
    QCOMPARE(m_client->status().state, SourceStatus::State::Stale);
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("config"));
    QVERIFY2(e.message.contains(QStringLiteral("/nonexistent/token")), qPrintable(e.message));
    QCOMPARE(m_server->seen().size(), 0);
}

void tst_PromClient::longQueryIsPosted()
{
    m_server->setScript(FakePromServer::Script::respond(200, okVector));
    QString promql = QStringLiteral("sum by (service) (rate(looma_ai_requests_total{instance=~\"");
    for (int i = 0; i < 300; ++i)
        promql += QStringLiteral("host-%1|").arg(i);
    promql += QStringLiteral("x\"}[5m]))");
    QVERIFY(!runQuery(promql).isError());
    const FakePromServer::Seen &seen = m_server->seen().last();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.target, QByteArray("/api/v1/query"));
    QCOMPARE(seen.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(seen.body.startsWith("query=sum"));
    QVERIFY(seen.body.contains("host-299"));
}

void tst_PromClient::rangeQueryParameters()
{
    m_server->setScript(FakePromServer::Script::respond(200, R"({"status":"success","data":{"resultType":"matrix","result":[]}})"));
    m_config.scrapeIntervalSeconds = 2;
    m_client->setConfig(m_config);
    QSignalSpy spy(m_client, &PromClient::queryFinished);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC);
    m_client->queryRangeForWidth(QStringLiteral("up"), end.addSecs(-86400), end, 800);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(1).value<PromQueryResult>().type, PromQueryResult::Type::Matrix);
    const QByteArray target = m_server->seen().last().target;
    QVERIFY2(target.startsWith("/api/v1/query_range?"), target.constData());
    QVERIFY2(target.contains("step=108&"), target.constData());
    QVERIFY2(target.contains("start=1699917200.000"), target.constData());
    QVERIFY2(target.contains("end=1700003600.000"), target.constData());
}

// A form value decoded the way Prometheus (Go's url.ParseQuery) does: '+' is a space, then %XX.
static QString goFormValue(const QByteArray &form, const QByteArray &key)
{
    for (const QByteArray &pair : form.split('&')) {
        if (!pair.startsWith(QByteArray(key + '=')))
            continue;
        QByteArray value = pair.mid(key.size() + 1);
        value.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return {};
}

void tst_PromClient::reservedCharactersSurvive_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<bool>("posted");
    const QString tricky = QStringLiteral("sum by (service) (rate(x{service=~\".+\", a!=\"b&c=d\"}[1m])) + 1 / 2 # 中文");
    QTest::newRow("get") << tricky << false;
    QTest::newRow("post") << tricky + QStringLiteral(" or vector(0)").repeated(300) << true;
}

void tst_PromClient::reservedCharactersSurvive()
{
    QFETCH(QString, promql);
    QFETCH(bool, posted);
    m_server->setScript(FakePromServer::Script::respond(200, okVector));
    QVERIFY(!runQuery(promql).isError());
    const FakePromServer::Seen &seen = m_server->seen().last();
    QCOMPARE(seen.method, posted ? QByteArray("POST") : QByteArray("GET"));
    const QByteArray form = posted ? seen.body : seen.target.mid(seen.target.indexOf('?') + 1);
    QCOMPARE(goFormValue(form, "query"), promql);
}

void tst_PromClient::inFlightCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::newRow("3") << 3;
    QTest::newRow("default 6") << PromConfig::DefaultMaxInFlight;
}

void tst_PromClient::inFlightCap()
{
    QFETCH(int, cap);
    m_config.maxInFlight = cap;
    m_client->setConfig(m_config);
    FakePromServer::Script s = FakePromServer::Script::respond(200, okVector);
    s.delayMs = 150;
    m_server->setScript(s);
    QSignalSpy spy(m_client, &PromClient::queryFinished);
    for (int i = 0; i < 20; ++i)
        m_client->query(QStringLiteral("sum by (service) (up)"));
    QCOMPARE(m_client->inFlight(), cap);
    QCOMPARE(m_client->queued(), 20 - cap);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 20, 15000);
    for (const QList<QVariant> &args : std::as_const(spy))
        QVERIFY(!args.at(2).value<PromError>().isError());
    QCOMPARE(m_server->peakOpen(), cap);
    QCOMPARE(m_client->peakInFlight(), cap);
    QCOMPARE(m_server->seen().size(), 20);
}

void tst_PromClient::cancelQueued()
{
    m_config.maxInFlight = 1;
    m_client->setConfig(m_config);
    m_server->setScript(FakePromServer::Script::hang());
    QSignalSpy spy(m_client, &PromClient::queryFinished);
    const quint64 running = m_client->query(QStringLiteral("a"));
    const quint64 waiting = m_client->query(QStringLiteral("b"));
    QCOMPARE(m_client->queued(), 1);
    m_client->cancel(waiting);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), waiting);
    QCOMPARE(spy.at(0).at(2).value<PromError>().kind, PromError::Kind::Cancelled);
    m_client->cancelAll();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toULongLong(), running);
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_client->status().state, SourceStatus::State::Connecting); // a cancel says nothing
}

void tst_PromClient::alertsAndTargetsOverHttp()
{
    m_server->setScript(FakePromServer::Script::respond(200, R"({"status":"success","data":{"alerts":[{"labels":{"alertname":"A"},"annotations":{},
                             "state":"firing","activeAt":"2024-01-01T00:00:00Z","value":"1e+00"}]}})"));
    QSignalSpy alerts(m_client, &PromClient::alertsFinished);
    m_client->alerts();
    QVERIFY(alerts.wait(5000));
    QCOMPARE(alerts.at(0).at(1).value<PromAlertsResult>().alerts.size(), 1);
    QCOMPARE(m_server->seen().last().target, QByteArray("/api/v1/alerts"));

    m_server->setScript(FakePromServer::Script::respond(200, "<html>"));
    QSignalSpy targets(m_client, &PromClient::targetsFinished);
    m_client->targets();
    QVERIFY(targets.wait(5000));
    QCOMPARE(targets.at(0).at(2).value<PromError>().kind, PromError::Kind::Parse);
    QCOMPARE(m_server->seen().last().target, QByteArray("/api/v1/targets?state=active"));
}

void tst_PromClient::unreadableCaFileIsConfigError()
{
    QTemporaryDir dir;
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("not a certificate\n");
    ca.close();
    m_config.caFile = ca.fileName();
    m_client->setConfig(m_config);
    const PromError e = runQuery(QStringLiteral("up"));
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("config"));
    QVERIFY2(e.message.contains(ca.fileName()), qPrintable(e.message));
    QCOMPARE(m_server->seen().size(), 0);
}

QTEST_GUILESS_MAIN(tst_PromClient)
#include "tst_promclient.moc"
