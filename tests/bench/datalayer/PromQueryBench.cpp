#include "PromQueryBench.h"

#include "BenchSupport.h"
#include "FleetMetricsPoller.h"
#include "FleetStore.h"
#include "PanelLoader.h"
#include "PanelRefresher.h"
#include "PromClient.h"
#include "StallMeter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace looma::bench {

PromQueryBench::PromQueryBench(QUrl prometheus, int scrapeIntervalSeconds, int expectedInstances)
    : m_url(std::move(prometheus))
    , m_scrape(scrapeIntervalSeconds)
    , m_expectedInstances(expectedInstances)
{}

bool PromQueryBench::waitForScrapes()
{
    PromClient client;
    PromConfig config;
    config.baseUrl = m_url;
    client.setConfig(config);
    double seen = -1;
    bool answered = false;
    QObject context;
    QObject::connect(&client, &PromClient::queryFinished, &context,
                     [&](quint64, const PromQueryResult &r, const PromError &e) {
                         answered = true;
                         if (!e.isError() && !r.samples.isEmpty())
                             seen = r.samples.first().value;
                     });
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        answered = false;
        client.query(QStringLiteral("count(looma_instance_up)"));
        waitUntil([&] { return answered; }, 15000);
        if (int(seen) >= m_expectedInstances)
            return true;
        waitUntil([] { return false; }, 1000);
    }
    print(QStringLiteral("Prometheus saw %1 of %2 instances after 120 s").arg(seen).arg(m_expectedInstances));
    return false;
}

double PromQueryBench::serverQueryCount()
{
    QNetworkAccessManager nam;
    QUrl url = m_url;
    url.setPath(url.path() + QStringLiteral("/metrics"));
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    waitUntil([reply] { return reply->isFinished(); }, 15000);
    double count = 0;
    for (const QByteArray &line : reply->readAll().split('\n')) {
        if (!line.startsWith("prometheus_http_requests_total{"))
            continue;
        if (line.contains("handler=\"/api/v1/query\"") || line.contains("handler=\"/api/v1/query_range\"")
            || line.contains("handler=\"/api/v1/alerts\""))
            count += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    reply->deleteLater();
    return count;
}

QString PromQueryBench::run(FleetStore *store)
{
    print(QStringLiteral("\n== 5. Prometheus queries per refresh (FleetMetricsPoller + alerts + PanelRefresher, as ConsoleSession::tick)"));
    if (!waitForScrapes())
        return {};

    PromClient client;
    PromConfig config;
    config.baseUrl = m_url;
    config.scrapeIntervalSeconds = m_scrape;
    client.setConfig(config);
    FleetMetricsPoller metrics(&client, store);
    metrics.setQueries(FleetQueries(QString(), QString(), QStringLiteral("1m")));
    PanelRefresher panels(&client);
    const PanelLoadResult loaded = PanelLoader::load(QString());
    panels.setPanels(loaded.panels);
    panels.setWindow(3600, 1000);

    int answers = 0;
    bool alertsDone = false;
    QObject context;
    QObject::connect(&client, &PromClient::queryFinished, &context, [&] { ++answers; });
    QObject::connect(&client, &PromClient::alertsFinished, &context, [&] {
        ++answers;
        alertsDone = true;
    });
    bool metricsDone = false;
    bool panelsDone = false;
    int panelQueries = 0;
    QObject::connect(&metrics, &FleetMetricsPoller::roundFinished, &context, [&] { metricsDone = true; });
    QObject::connect(&panels, &PanelRefresher::refreshFinished, &context, [&](int n) {
        panelsDone = true;
        panelQueries = n;
    });

    StallMeter meter;
    meter.start();
    const auto refresh = [&](const QString &page, const QString &node) {
        panels.setActivePage(page);
        panels.setVariable(QStringLiteral("node"), node);
        answers = 0;
        alertsDone = metricsDone = panelsDone = false;
        const double before = serverQueryCount();
        meter.reset();
        QElapsedTimer clock;
        clock.start();
        metrics.poll();
        client.alerts();
        panels.refreshNow();
        waitUntil([&] { return alertsDone && metricsDone && panelsDone; }, 60000);
        const double ms = msSince(clock);
        const double gap = meter.maxGapMs();
        // Prometheus counts a request once its handler has returned, a moment after we have the body.
        waitUntil([] { return false; }, 300);
        const int issued = metrics.queriesPerRound() + 1 + panelQueries;
        const double server = serverQueryCount() - before;
        print(QStringLiteral("  page %1%2: issued %3 (fleet figures %4 + alerts 1 + panels %5), answered %6,"
                             " Prometheus counted %7; %8 ms, longest GUI gap %9 ms")
                  .arg(page, node.isEmpty() ? QString() : QStringLiteral(" + node detail"))
                  .arg(issued)
                  .arg(metrics.queriesPerRound())
                  .arg(panelQueries)
                  .arg(answers)
                  .arg(server, 0, 'f', 0)
                  .arg(num(ms), num(gap)));
        return issued;
    };
    QStringList perPage;
    for (const QString &page : {QStringLiteral("crossCloud"), QStringLiteral("clusters"),
                                QStringLiteral("aiServices"), QStringLiteral("crm")})
        perPage << QStringLiteral("%1=%2").arg(page).arg(refresh(page, QString()));
    // A node's detail open on the Clusters page adds its two $node panels; any node name will do.
    perPage << QStringLiteral("clusters+node=%1").arg(refresh(QStringLiteral("clusters"), QStringLiteral("node-00001")));
    meter.stop();
    return perPage.join(u' ');
}

} // namespace looma::bench
