#pragma once

#include <QString>
#include <QUrl>

namespace looma {
class FleetStore;
}

namespace looma::bench {

// Figure 5: the Prometheus queries one console refresh issues, as ConsoleSession's tick runs it
// (FleetMetricsPoller::poll + the alerts request + PanelRefresher::refreshNow for the active
// page), page by page. Counted three ways: what the components say they issued, the PromClient
// answers that came back, and Prometheus's own prometheus_http_requests_total before and after.
class PromQueryBench final
{
public:
    PromQueryBench(QUrl prometheus, int scrapeIntervalSeconds, int expectedInstances);

    // Prints; returns the queries of one refresh per page ("crossCloud=14 clusters=12 ..."), the
    // figure compared across fleet sizes, or an empty string on failure. store receives the node
    // metrics, as in the console.
    QString run(FleetStore *store);

private:
    bool waitForScrapes(); // until Prometheus has every instance's looma_instance_up
    double serverQueryCount(); // /api/v1/query + query_range + alerts requests Prometheus has served

    QUrl m_url;
    int m_scrape = 2;
    int m_expectedInstances = 0;
};

} // namespace looma::bench
