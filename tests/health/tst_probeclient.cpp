#include "ProbeClient.h"
#include "TestHttpServer.h"

#include <QTest>

using namespace looma;

Q_DECLARE_METATYPE(looma::ProbeVerdict)

class tst_ProbeClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void factory_data();
    void factory();
    void httpAnswers_data();
    void httpAnswers();
    void timeout();
    void connectionRefused();
    void keepAliveReusesConnections();
    void newConnectionPerProbeWhenKeepAliveOff();
    void perHostConnectionCap();
    void idleConnectionClosedByServerIsRetried();
    void tcpCheck();

private:
    ProbeRequest requestFor(const QString &path, int timeoutMs = 2000, const QString &expectBody = {}) const;
    ProbeResult run(ProbeClient &client, const ProbeRequest &r);

    TestHttpServer m_server;
};

void tst_ProbeClient::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    m_server.clock.start();
}

ProbeRequest tst_ProbeClient::requestFor(const QString &path, int timeoutMs, const QString &expectBody) const
{
    ServiceInstance i;
    i.healthCheckUrl = QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    CheckPolicy p;
    p.timeoutMs = timeoutMs;
    p.expectBody = expectBody;
    QString error;
    const auto r = ProbeRequestFactory::make(i, p, &error);
    if (!r)
        qFatal("bad test request: %s", qPrintable(error));
    return *r;
}

ProbeResult tst_ProbeClient::run(ProbeClient &client, const ProbeRequest &r)
{
    bool done = false;
    ProbeResult result;
    client.probe(r, [&](const ProbeResult &res) {
        result = res;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("probe did not finish");
    return result;
}

void tst_ProbeClient::factory_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("requestLine");

    QTest::newRow("ip url") << "http://127.0.0.1:8206/i/7/health" << "" << true
                            << QByteArray("GET /i/7/health HTTP/1.1\r\nHost: 127.0.0.1:8206\r\n");
    QTest::newRow("query kept") << "http://10.0.0.5:80/health?deep=1" << "" << true
                                << QByteArray("GET /health?deep=1 HTTP/1.1\r\n");
    QTest::newRow("endpoint + policy path") << "" << "10.1.2.3:8207" << true
                                            << QByteArray("GET /health HTTP/1.1\r\nHost: 10.1.2.3:8207\r\n");
    QTest::newRow("ipv6 url") << "http://[::1]:9000/h" << "" << true << QByteArray("Host: [::1]:9000\r\n");
    QTest::newRow("hostname refused: no DNS per probe") << "http://node-1.example:8206/health" << "" << false
                                                        << QByteArray();
    QTest::newRow("https refused") << "https://127.0.0.1:8206/health" << "" << false << QByteArray();
    QTest::newRow("endpoint without port") << "" << "10.1.2.3" << false << QByteArray();
    QTest::newRow("garbage") << "http://" << "" << false << QByteArray();
}

void tst_ProbeClient::factory()
{
    QFETCH(QString, url);
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QFETCH(QByteArray, requestLine);
    ServiceInstance i;
    i.healthCheckUrl = url;
    i.endpoint = endpoint;
    QString error;
    const auto r = ProbeRequestFactory::make(i, CheckPolicy{}, &error);
    QCOMPARE(r.has_value(), valid);
    if (valid)
        QVERIFY2(r->requestBytes.contains(requestLine), r->requestBytes.constData());
    else
        QVERIFY(!error.isEmpty());
}

void tst_ProbeClient::httpAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectBody");
    QTest::addColumn<ProbeVerdict>("verdict");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("200") << "/ok" << "" << ProbeVerdict::Success << 200 << "";
    QTest::newRow("200 with body match") << "/ok" << "healthy" << ProbeVerdict::Success << 200 << "";
    QTest::newRow("200 without body match") << "/ok" << "degraded" << ProbeVerdict::Failure << 200 << "body";
    QTest::newRow("503") << "/fail" << "" << ProbeVerdict::Failure << 503 << "HTTP 503";
    QTest::newRow("429 is throttled") << "/busy" << "" << ProbeVerdict::Throttled << 429 << "429";
    QTest::newRow("redirect not followed") << "/redirect" << "" << ProbeVerdict::Failure << 302 << "HTTP 302";
    QTest::newRow("huge body") << "/huge" << "" << ProbeVerdict::Failure << 200 << "too large";
    QTest::newRow("chunked body match") << "/chunked" << "status: ok" << ProbeVerdict::Success << 200 << "";
    QTest::newRow("connection close") << "/close" << "bye" << ProbeVerdict::Success << 200 << "";
    QTest::newRow("404") << "/nothing" << "" << ProbeVerdict::Failure << 404 << "HTTP 404";
}

void tst_ProbeClient::httpAnswers()
{
    QFETCH(QString, path);
    QFETCH(QString, expectBody);
    QFETCH(ProbeVerdict, verdict);
    QFETCH(int, status);
    QFETCH(QString, errorPart);
    ProbeClient client;
    const int before = m_server.requests();
    const ProbeResult r = run(client, requestFor(path, 2000, expectBody));
    QCOMPARE(r.verdict, verdict);
    QCOMPARE(r.httpStatus, status);
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QCOMPARE(r.error.isEmpty(), verdict == ProbeVerdict::Success);
    QCOMPARE(m_server.requests(), before + 1); // one request, no redirect followed
}

void tst_ProbeClient::timeout()
{
    ProbeClient client;
    const ProbeResult r = run(client, requestFor(QStringLiteral("/slow"), 300));
    QCOMPARE(r.verdict, ProbeVerdict::Failure);
    QVERIFY2(r.error.contains(u"timed out"), qPrintable(r.error));
    QVERIFY2(r.latencyUs >= 300000 && r.latencyUs < 1500000, qPrintable(QString::number(r.latencyUs)));
    QCOMPARE(client.inFlight(), 0);
    QCOMPARE(client.openConnections(), 0); // a timed-out connection is never reused
}

void tst_ProbeClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ProbeRequest r = requestFor(QStringLiteral("/ok"));
    r.port = port;
    const ProbeResult res = run(*std::make_unique<ProbeClient>(), r);
    QCOMPARE(res.verdict, ProbeVerdict::Failure);
    QVERIFY2(res.error.contains(u"refused"), qPrintable(res.error));
}

void tst_ProbeClient::keepAliveReusesConnections()
{
    ProbeClient client;
    const int before = m_server.connections();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(run(client, requestFor(QStringLiteral("/ok"))).verdict, ProbeVerdict::Success);
    QCOMPARE(m_server.connections() - before, 1);
    QCOMPARE(client.counters().connectionsOpened, quint64(1));
    QCOMPARE(client.counters().reusedRequests, quint64(19));
}

void tst_ProbeClient::newConnectionPerProbeWhenKeepAliveOff()
{
    ProbeClient::Options o;
    o.keepAlive = false;
    ProbeClient client(o);
    const int before = m_server.connections();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(run(client, requestFor(QStringLiteral("/ok"))).verdict, ProbeVerdict::Success);
    QCOMPARE(m_server.connections() - before, 5);
    QCOMPARE(client.counters().reusedRequests, quint64(0));
}

void tst_ProbeClient::perHostConnectionCap()
{
    ProbeClient::Options o;
    o.connectionsPerHost = 4;
    ProbeClient client(o);
    m_server.slowDelayMs = 50;
    int done = 0;
    int ok = 0;
    const int before = m_server.connections();
    for (int i = 0; i < 40; ++i)
        client.probe(requestFor(QStringLiteral("/slow"), 5000), [&](const ProbeResult &r) {
            ++done;
            ok += r.verdict == ProbeVerdict::Success;
        });
    QCOMPARE(client.inFlight(), 40);
    QTRY_COMPARE_WITH_TIMEOUT(done, 40, 10000);
    QCOMPARE(ok, 40);
    QCOMPARE(m_server.connections() - before, 4);
    QVERIFY(client.openConnections() <= 4);
    m_server.slowDelayMs = 5000;
}

void tst_ProbeClient::idleConnectionClosedByServerIsRetried()
{
    ProbeClient client;
    QCOMPARE(run(client, requestFor(QStringLiteral("/dropidle"))).verdict, ProbeVerdict::Success);
    QTest::qWait(100); // the server has closed the idle connection by now
    const ProbeResult r = run(client, requestFor(QStringLiteral("/ok")));
    QCOMPARE(r.verdict, ProbeVerdict::Success);
}

void tst_ProbeClient::tcpCheck()
{
    ProbeClient client;
    ProbeRequest r = requestFor(QStringLiteral("/"));
    r.type = CheckType::Tcp;
    QCOMPARE(run(client, r).verdict, ProbeVerdict::Success);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    r.port = closed.serverPort();
    closed.close();
    const ProbeResult res = run(client, r);
    QCOMPARE(res.verdict, ProbeVerdict::Failure);
    QVERIFY2(res.error.contains(u"refused"), qPrintable(res.error));
}

QTEST_GUILESS_MAIN(tst_ProbeClient)
#include "tst_probeclient.moc"
