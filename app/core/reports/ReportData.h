#pragma once

#include "ReportRequest.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QMetaType>
#include <QString>
#include <cmath>
#include <limits>

namespace looma {

// Everything a report shows, gathered once and then rendered as PDF, HTML or CSV. Plain values:
// the collector fills it on the GUI thread from queued results; renderers only read it. Numbers
// that could not be obtained are NaN, and the reason is a gap in the header, never a silent zero.

struct ReportSource
{
    enum class Kind { Registry, Prometheus };
    Kind kind = Kind::Registry;
    QString location; // Prometheus URL, or the registry's conninfo with the password redacted
    bool ok = true;
};

// A piece of the report that is missing or partial, and why (the error as the source gave it).
struct ReportGap
{
    ReportSource::Kind source = ReportSource::Kind::Prometheus;
    QString what;  // which part: "summary", "p95", "incidents", "fleet", "chart:<id>"
    QString error; // the source's own words
};

struct ReportHeader
{
    QDateTime from;
    QDateTime to;
    ReportScope scope;
    QString language = QStringLiteral("zh_CN");
    QDateTime generatedAt;
    QList<ReportSource> sources;
    QList<ReportGap> gaps;
};

// SLA targets of the platform (DESIGN.md): availability 99.9 %, p95 300 ms, errors 0.1 %.
struct SlaTargets
{
    double availability = 0.999;
    double p95Seconds = 0.300;
    double errorRate = 0.001;
};

struct SummaryRow
{
    enum class Kind { AiService, Crm };
    Kind kind = Kind::AiService;
    QString name;                 // service name, or "crm"
    double totalRequests = std::numeric_limits<double>::quiet_NaN();
    double failedRequests = std::numeric_limits<double>::quiet_NaN(); // 5xx, CRM status="error"
    double availability = std::numeric_limits<double>::quiet_NaN();   // ratio 0..1
    double errorRate = std::numeric_limits<double>::quiet_NaN();      // ratio 0..1
    double p95Seconds = std::numeric_limits<double>::quiet_NaN();
    double errorBudgetUsedPercent = std::numeric_limits<double>::quiet_NaN();

    // Pass/fail against the targets; no data is neither, and says so.
    enum class Verdict { Pass, Fail, NoData };
    Verdict availabilityVerdict = Verdict::NoData;
    Verdict p95Verdict = Verdict::NoData;
    Verdict errorRateVerdict = Verdict::NoData;
};

struct Incident
{
    enum class Kind { HealthOutage, Failover };
    Kind kind = Kind::HealthOutage;
    QString service;
    QString target; // instance endpoint, or failover group
    QString cloud;
    QString region;
    QDateTime start;
    QDateTime end;             // range end while still open
    qint64 durationSeconds = 0; // inside the report's range
    bool open = false;          // not resolved by the end of the range
    bool beganBeforeRange = false;
    QString trigger; // "auto" / "manual" (health outages: "auto", detected by a checker)
    QString actor;   // failover actor, or the health observer
    QString reason;  // failover reason, or the health detail
    QString outcome; // failover outcome; empty for health outages
};

struct FleetRow
{
    QString cloud;
    QString region;
    int nodesUp = 0;
    int nodesDown = 0;
    int nodesDraining = 0;
    double cpuPercent = std::numeric_limits<double>::quiet_NaN();    // mean over the range
    double memoryPercent = std::numeric_limits<double>::quiet_NaN(); // mean over the range
    int total() const { return nodesUp + nodesDown + nodesDraining; }
};

struct ChartLine
{
    QString label;
    QList<QPointF> points; // x: ms since epoch, y: value in the chart's unit
};

struct ChartData
{
    QString id;     // "requestRate", "errorRatio", "latencyP95", "cpu"
    QString title;  // English source text; renderers translate
    QString unit;   // "req/s", "%", "ms"
    double threshold = std::numeric_limits<double>::quiet_NaN(); // drawn as a dashed line
    QList<ChartLine> lines;
};

struct ReportData
{
    ReportHeader header;
    SlaTargets targets;
    QList<SummaryRow> summary;
    QList<Incident> incidents;
    QList<FleetRow> fleet;
    QList<ChartData> charts;

    static bool isMissing(double v) { return std::isnan(v); }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::ReportData)
