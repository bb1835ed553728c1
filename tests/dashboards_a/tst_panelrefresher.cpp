#include "PanelRefresher.h"
#include "PromClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <functional>

using namespace looma;

// A fake Prometheus: one request per connection (Connection: close), answered by a function of the
// request's path and query. Enough HTTP for QNetworkAccessManager, nothing more.
class FakePrometheus final : public QTcpServer
{
public:
    using Handler = std::function<std::pair<int, QByteArray>(const QString &path, const QUrlQuery &query)>;
    explicit FakePrometheus(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        const auto [status, body] = m_handler(url.path(), QUrlQuery(url));
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// PanelRefresher against a fake Prometheus at the HTTP boundary (a socket on loopback): which
// panels are asked, how often, with which variables, and what a failure does to the last values.
class tst_PanelRefresher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onlyTheActivePagesPanels();
    void unresolvedVariableIsNotSent();
    void failureKeepsValuesMarkedStale();
    void timeSeriesUsesRange();
    void timerRoundWaitsForTheLastOne();

private:
    static PanelDefinition panel(const QString &id, PanelPage page, const QString &promql,
                                 PanelKind kind = PanelKind::Stat);

    std::unique_ptr<FakePrometheus> m_server;
    QStringList m_queries; // every PromQL the fake received
    QStringList m_paths;
    bool m_fail = false;
    QUrl m_url;
};

PanelDefinition tst_PanelRefresher::panel(const QString &id, PanelPage page, const QString &promql, PanelKind kind)
{
    PanelDefinition p;
    p.id = id;
    p.page = page;
    p.promql = promql;
    p.kind = kind;
    return p;
}

void tst_PanelRefresher::init()
{
    m_queries.clear();
    m_paths.clear();
    m_fail = false;
    m_server = std::make_unique<FakePrometheus>([this](const QString &path, const QUrlQuery &query) {
        m_paths << path;
        m_queries << query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        if (m_fail)
            return std::pair<int, QByteArray>(502, QByteArray("oops"));
        if (path.endsWith(u"query_range")) {
            return std::pair<int, QByteArray>(
                200, QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                                R"({"metric":{"node":"n1"},"values":[[1700000000,"1"],[1700000015,"2"]]}]}})"));
        }
        return std::pair<int, QByteArray>(
            200, QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)"
                            R"({"metric":{"cloud":"tencent"},"value":[1700000000,"42"]}]}})"));
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void tst_PanelRefresher::cleanup()
{
    m_server.reset();
}

void tst_PanelRefresher::onlyTheActivePagesPanels()
{
    PromClient client;
    PromConfig config;
    config.baseUrl = m_url;
    client.setConfig(config);
    PanelRefresher refresher(&client);
    refresher.setPanels({panel(QStringLiteral("a"), PanelPage::CrossCloud, QStringLiteral("sum by (cloud) (up)")),
                         panel(QStringLiteral("b"), PanelPage::CrossCloud, QStringLiteral("count by (cloud) (up)")),
                         panel(QStringLiteral("c"), PanelPage::Crm, QStringLiteral("sum(x)"))});
    QCOMPARE(refresher.panels(QStringLiteral("crossCloud")).size(), 2);
    refresher.setActivePage(QStringLiteral("crossCloud"));
    QSignalSpy finished(&refresher, &PanelRefresher::refreshFinished);
    QSignalSpy updated(&refresher, &PanelRefresher::panelUpdated);
    refresher.refreshNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 2);
    QCOMPARE(refresher.lastRefreshQueryCount(), 2);
    QCOMPARE(updated.count(), 2);
    QVERIFY(!m_queries.contains(QStringLiteral("sum(x)")));
    const PanelResult a = refresher.result(QStringLiteral("a"));
    QCOMPARE(a.page, QStringLiteral("crossCloud"));
    QCOMPARE(a.instant.size(), 1);
    QCOMPARE(a.instant.first().value, 42.0);
    QVERIFY(!a.stale);
    QVERIFY(a.fetchedAt.isValid());
    // Always-on panels are refreshed whatever page is active.
    refresher.setAlwaysOn({QStringLiteral("c")});
    refresher.setActivePage(QStringLiteral("clusters"));
    refresher.refreshNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(refresher.lastRefreshQueryCount(), 1);
    QCOMPARE(m_queries.last(), QStringLiteral("sum(x)"));
}

void tst_PanelRefresher::unresolvedVariableIsNotSent()
{
    PromClient client;
    PromConfig config;
    config.baseUrl = m_url;
    client.setConfig(config);
    PanelRefresher refresher(&client);
    refresher.setPanels({panel(QStringLiteral("n"), PanelPage::Clusters, QStringLiteral("up{node=\"$node\"}"))});
    refresher.setActivePage(QStringLiteral("clusters"));
    QSignalSpy finished(&refresher, &PanelRefresher::refreshFinished);
    refresher.refreshNow();
    QCOMPARE(finished.count(), 1); // at once: nothing to ask
    QCOMPARE(finished.first().first().toInt(), 0);
    refresher.setVariable(QStringLiteral("node"), QStringLiteral("node-0001"));
    refresher.refreshNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_queries, QStringList{QStringLiteral("up{node=\"node-0001\"}")});
}

void tst_PanelRefresher::failureKeepsValuesMarkedStale()
{
    PromClient client;
    PromConfig config;
    config.baseUrl = m_url;
    client.setConfig(config);
    PanelRefresher refresher(&client);
    refresher.setPanels({panel(QStringLiteral("a"), PanelPage::CrossCloud, QStringLiteral("sum(up)"))});
    refresher.setActivePage(QStringLiteral("crossCloud"));
    QSignalSpy finished(&refresher, &PanelRefresher::refreshFinished);
    refresher.refreshNow();
    QVERIFY(finished.wait(10000));
    const QDateTime first = refresher.result(QStringLiteral("a")).fetchedAt;
    m_fail = true;
    refresher.refreshNow();
    QVERIFY(finished.wait(10000));
    const PanelResult stale = refresher.result(QStringLiteral("a"));
    QVERIFY(stale.stale);
    QVERIFY(!stale.error.isEmpty());
    QCOMPARE(stale.instant.size(), 1); // the previous figure, not emptied
    QCOMPARE(stale.instant.first().value, 42.0);
    QCOMPARE(stale.fetchedAt, first);
}

void tst_PanelRefresher::timeSeriesUsesRange()
{
    PromClient client;
    PromConfig config;
    config.baseUrl = m_url;
    client.setConfig(config);
    PanelRefresher refresher(&client);
    refresher.setPanels({panel(QStringLiteral("t"), PanelPage::AiServices,
                               QStringLiteral("sum by (service) (rate(x[$window]))"), PanelKind::TimeSeries)});
    refresher.setActivePage(QStringLiteral("aiServices"));
    refresher.setWindow(6 * 3600, 600);
    QSignalSpy finished(&refresher, &PanelRefresher::refreshFinished);
    refresher.refreshNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_paths, QStringList{QStringLiteral("/api/v1/query_range")});
    QCOMPARE(m_queries.first(), QStringLiteral("sum by (service) (rate(x[1m]))"));
    QCOMPARE(refresher.result(QStringLiteral("t")).series.size(), 1);
    QCOMPARE(refresher.result(QStringLiteral("t")).series.first().points.size(), 2);
}

void tst_PanelRefresher::timerRoundWaitsForTheLastOne()
{
    PromClient client;
    PromConfig config;
    config.baseUrl = m_url;
    client.setConfig(config);
    PanelRefresher refresher(&client);
    refresher.setPanels({panel(QStringLiteral("a"), PanelPage::CrossCloud, QStringLiteral("sum by (cloud) (up)")),
                         panel(QStringLiteral("b"), PanelPage::CrossCloud, QStringLiteral("count by (cloud) (up)"))});
    refresher.setActivePage(QStringLiteral("crossCloud"));
    QSignalSpy finished(&refresher, &PanelRefresher::refreshFinished);
    QVERIFY(refresher.refreshIfIdle());
    QVERIFY(refresher.isRefreshing());
    // The next tick comes before the answers: nothing is sent, and the round still ends whole.
    QVERIFY(!refresher.refreshIfIdle());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), 2);
    QCOMPARE(m_queries.size(), 2);
    QVERIFY(!refresher.isRefreshing());
    QVERIFY(refresher.refreshIfIdle());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_queries.size(), 4);
}

QTEST_GUILESS_MAIN(tst_PanelRefresher)

#include "tst_panelrefresher.moc"
