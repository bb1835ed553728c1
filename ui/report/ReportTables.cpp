#include "ReportTables.h"

#include "ReportText.h"

namespace looma {
namespace {

ReportCell judged(const QString &text, SummaryRow::Verdict verdict)
{
    return ReportCell{text, verdict, true};
}

ReportCell plain(const QString &text)
{
    return ReportCell{text, SummaryRow::Verdict::NoData, false};
}

} // namespace

QString ReportTables::title(const ReportData &, const ReportText &text)
{
    return text.text("SLA and incident report");
}

QList<QPair<QString, QString>> ReportTables::headerFields(const ReportData &data, const ReportText &text)
{
    const ReportHeader &h = data.header;
    QList<QPair<QString, QString>> fields;
    fields.append({text.text("Range"), text.dateTime(h.from) + QStringLiteral(" – ") + text.dateTime(h.to)});
    fields.append({text.text("Scope"), text.scope(h.scope)});
    fields.append({text.text("Generated at"), text.dateTime(h.generatedAt)});
    QStringList sources;
    for (const ReportSource &s : h.sources) {
        sources << QStringLiteral("%1 %2 (%3)")
                       .arg(text.sourceName(s.kind), s.location,
                            s.ok ? text.text("reachable") : text.text("failed"));
    }
    fields.append({text.text("Data sources"), sources.join(QStringLiteral("; "))});
    return fields;
}

QStringList ReportTables::gapLines(const ReportData &data, const ReportText &text)
{
    QStringList lines;
    for (const ReportGap &g : data.header.gaps)
        lines << QStringLiteral("%1 · %2: %3").arg(text.sourceName(g.source), text.gapPart(g.what), g.error);
    return lines;
}

QList<ReportTable> ReportTables::build(const ReportData &data, const ReportText &text)
{
    QList<ReportTable> tables;

    ReportTable summary;
    summary.id = QStringLiteral("summary");
    summary.title = text.text("SLA summary");
    summary.headers = {text.text("Service"),          text.text("Requests"),    text.text("Failed"),
                       text.text("Availability"),     text.text("p95 latency"), text.text("Error rate"),
                       text.text("Error budget used")};
    for (const SummaryRow &r : data.summary) {
        summary.rows.append(
            {plain(text.serviceName(r.name)), plain(text.count(r.totalRequests)),
             plain(text.count(r.failedRequests)),
             judged(text.percent(r.availability, 3) + QLatin1Char(' ') + text.verdict(r.availabilityVerdict),
                    r.availabilityVerdict),
             judged(text.milliseconds(r.p95Seconds) + QLatin1Char(' ') + text.verdict(r.p95Verdict),
                    r.p95Verdict),
             judged(text.percent(r.errorRate, 3) + QLatin1Char(' ') + text.verdict(r.errorRateVerdict),
                    r.errorRateVerdict),
             plain(text.plainPercent(r.errorBudgetUsedPercent, 1))});
    }
    summary.note =
        text.text("Targets: availability ≥ %1, p95 latency ≤ %2, error rate ≤ %3.")
            .arg(text.percent(data.targets.availability, 1), text.milliseconds(data.targets.p95Seconds),
                 text.percent(data.targets.errorRate, 1)) +
        QLatin1Char(' ') +
        text.text(
            "Availability is the share of requests that did not fail (5xx for AI services, status \"error\" "
            "for the CRM); p95 comes from Prometheus's histogram_quantile over the whole range.");
    summary.widthPercents = {16, 12, 10, 16, 16, 16, 14};
    summary.emptyText = text.text("no data");
    tables.append(summary);

    ReportTable incidents;
    incidents.id = QStringLiteral("incidents");
    incidents.title = text.text("Incidents");
    incidents.headers = {text.text("Kind"),    text.text("Service"), text.text("Target"),
                         text.text("Start"),   text.text("End"),     text.text("Duration"),
                         text.text("Trigger"), text.text("Actor"),   text.text("Reason")};
    for (const Incident &i : data.incidents) {
        QString kind = text.incidentKind(i.kind);
        if (!i.outcome.isEmpty())
            kind += QStringLiteral(" (") + i.outcome + QLatin1Char(')');
        incidents.rows.append({plain(kind), plain(text.serviceName(i.service)), plain(i.target),
                               plain(text.dateTime(i.start)),
                               plain(i.open ? text.text("open") : text.dateTime(i.end)),
                               plain(text.duration(i.durationSeconds)), plain(text.trigger(i.trigger)),
                               plain(i.actor), plain(i.reason)});
    }
    incidents.widthPercents = {9, 11, 15, 11, 11, 9, 8, 11, 15};
    incidents.emptyText = text.text("No incidents in this range.");
    tables.append(incidents);

    ReportTable fleet;
    fleet.id = QStringLiteral("fleet");
    fleet.title = text.text("Fleet");
    fleet.headers = {text.text("Cloud"),      text.text("Region"),   text.text("Nodes up"),
                     text.text("Nodes down"), text.text("Draining"), text.text("Total"),
                     text.text("CPU"),        text.text("Memory")};
    for (const FleetRow &f : data.fleet) {
        fleet.rows.append({plain(text.cloud(f.cloud)), plain(f.region), plain(QString::number(f.nodesUp)),
                           plain(QString::number(f.nodesDown)), plain(QString::number(f.nodesDraining)),
                           plain(QString::number(f.total())), plain(text.plainPercent(f.cpuPercent, 1)),
                           plain(text.plainPercent(f.memoryPercent, 1))});
    }
    fleet.emptyText = text.text("no data");
    fleet.note = text.text(
        "Node counts are the registry's at generation time; utilisation is the mean over the range.");
    tables.append(fleet);
    return tables;
}

} // namespace looma
