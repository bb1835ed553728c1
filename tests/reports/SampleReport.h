#pragma once

#include "ReportData.h"
#include "SlaMath.h"

#include <QTimeZone>
#include <cmath>

// A hand-built report for the renderer tests: known figures, a failing service, an open outage,
// a failover whose reason holds a comma, quotes, a newline and Chinese, and enough incidents to
// push the incident table across a page break.
inline looma::ReportData sampleReport(const QString &language, int extraIncidents = 60)
{
    using namespace looma;
    ReportData d;
    d.header.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    d.header.to = d.header.from.addDays(1);
    d.header.language = language;
    d.header.generatedAt = d.header.to.addSecs(120);
    d.header.sources = {{ReportSource::Kind::Registry, QStringLiteral("host=127.0.0.1 dbname=looma"), true},
                        {ReportSource::Kind::Prometheus, QStringLiteral("http://127.0.0.1:9090"), true}};
    d.header.gaps = {{ReportSource::Kind::Prometheus, QStringLiteral("chart:cpu"), QStringLiteral("query timed out")}};
    auto row = [&d](const char *name, double total, double failed, double p95) {
        SummaryRow r;
        r.name = QString::fromLatin1(name);
        r.kind = r.name == QLatin1String("crm") ? SummaryRow::Kind::Crm : SummaryRow::Kind::AiService;
        r.totalRequests = total;
        r.failedRequests = failed;
        r.p95Seconds = p95;
        SlaMath::complete(&r, d.targets);
        d.summary.append(r);
    };
    row("ai-gateway", 1234567, 321, 0.1875);
    row("matching-service", 200000, 100000, 0.4125);
    row("vector-service", 0, 0, std::nan(""));
    row("crm", 98765, 12, 0.0923);

    Incident outage;
    outage.service = QStringLiteral("matching-service");
    outage.target = QStringLiteral("10.8.0.12:8208");
    outage.cloud = QStringLiteral("tencent");
    outage.region = QStringLiteral("ap-guangzhou");
    outage.start = d.header.from.addSecs(3600);
    outage.end = d.header.to;
    outage.open = true;
    outage.durationSeconds = 23 * 3600;
    outage.trigger = QStringLiteral("auto");
    outage.actor = QStringLiteral("ops@console-1");
    outage.reason = QStringLiteral("HTTP 503");
    d.incidents.append(outage);
    Incident failover;
    failover.kind = Incident::Kind::Failover;
    failover.service = QStringLiteral("matching-service");
    failover.target = QStringLiteral("matching-service/ap-guangzhou");
    failover.start = d.header.from.addSecs(3700);
    failover.end = failover.start.addSecs(4);
    failover.durationSeconds = 4;
    failover.trigger = QStringLiteral("manual");
    failover.actor = QStringLiteral("张伟@ops-desk");
    failover.reason = QStringLiteral("primary down, \"503\" storm\n主节点故障");
    failover.outcome = QStringLiteral("committed");
    d.incidents.append(failover);
    for (int i = 0; i < extraIncidents; ++i) {
        Incident o = outage;
        o.target = QStringLiteral("10.9.%1.%2:8207").arg(i / 200).arg(i % 200);
        o.service = QStringLiteral("resume-service");
        o.start = d.header.from.addSecs(7200 + i * 60);
        o.end = o.start.addSecs(95);
        o.open = false;
        o.durationSeconds = 95;
        d.incidents.append(o);
    }
    d.fleet = {{QStringLiteral("tencent"), QStringLiteral("ap-guangzhou"), 4990, 8, 2, 41.25, 63.5},
               {QStringLiteral("alibaba"), QStringLiteral("cn-hangzhou"), 5000, 0, 0, 38.75, std::nan("")}};
    ChartData chart{QStringLiteral("latencyP95"), QStringLiteral("AI p95 latency"), QStringLiteral("ms"), 300, {}};
    for (const char *svc : {"ai-gateway", "matching-service"}) {
        ChartLine line{QString::fromLatin1(svc), {}};
        for (int i = 0; i <= 96; ++i) {
            const double x = double(d.header.from.addSecs(i * 900).toMSecsSinceEpoch());
            line.points.append(QPointF(x, 150 + 100 * std::sin(i / 8.0) + (svc[0] == 'm' ? 150 : 0)));
        }
        chart.lines.append(line);
    }
    d.charts.append(chart);
    d.charts.append(ChartData{QStringLiteral("cpu"), QStringLiteral("CPU utilisation by cloud"), QStringLiteral("%"), 80, {}});
    return d;
}
