#include "CsvReportWriter.h"

#include "ReportText.h"

#include <QDir>
#include <QSaveFile>
#include <cmath>

namespace looma {
namespace {

QString num(double v, int decimals)
{
    return std::isnan(v) ? QString() : QString::number(v, 'f', decimals);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString verdictWord(SummaryRow::Verdict v)
{
    return v == SummaryRow::Verdict::Pass   ? QStringLiteral("pass")
           : v == SummaryRow::Verdict::Fail ? QStringLiteral("fail")
                                            : QStringLiteral("no_data");
}

} // namespace

QString CsvReportWriter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvReportWriter::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    auto record = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << field(c);
        out += quoted.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    record(headers);
    for (const QStringList &r : rows)
        record(r);
    return out;
}

QString CsvReportWriter::write(const ReportData &data, const QString &directory)
{
    const ReportText text(data.header.language);
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create directory %1").arg(directory);

    QList<QStringList> summary;
    for (const SummaryRow &r : data.summary) {
        summary << QStringList{r.name,
                               num(r.totalRequests, 0),
                               num(r.failedRequests, 0),
                               num(r.availability, 6),
                               verdictWord(r.availabilityVerdict),
                               num(r.p95Seconds * 1000.0, 3),
                               verdictWord(r.p95Verdict),
                               num(r.errorRate, 6),
                               verdictWord(r.errorRateVerdict),
                               num(r.errorBudgetUsedPercent, 2)};
    }
    QList<QStringList> incidents;
    for (const Incident &i : data.incidents) {
        incidents << QStringList{i.kind == Incident::Kind::Failover ? QStringLiteral("failover")
                                                                    : QStringLiteral("outage"),
                                 i.service,
                                 i.target,
                                 i.cloud,
                                 i.region,
                                 iso(i.start),
                                 i.open ? QString() : iso(i.end),
                                 QString::number(i.durationSeconds),
                                 i.open ? QStringLiteral("1") : QStringLiteral("0"),
                                 i.trigger,
                                 i.actor,
                                 i.reason,
                                 i.outcome};
    }
    QList<QStringList> fleet;
    for (const FleetRow &f : data.fleet) {
        fleet << QStringList{f.cloud,
                             f.region,
                             QString::number(f.nodesUp),
                             QString::number(f.nodesDown),
                             QString::number(f.nodesDraining),
                             QString::number(f.total()),
                             num(f.cpuPercent, 2),
                             num(f.memoryPercent, 2)};
    }
    const auto t = [&text](const char *s) {
        return text.text(s);
    };
    const QList<QByteArray> contents{
        table({t("Service"), t("Requests"), t("Failed"), t("Availability"),
               t("Availability") + QStringLiteral(" ✓"), t("p95 latency") + QStringLiteral(" (ms)"),
               t("p95 latency") + QStringLiteral(" ✓"), t("Error rate"),
               t("Error rate") + QStringLiteral(" ✓"), t("Error budget used") + QStringLiteral(" (%)")},
              summary),
        table({t("Kind"), t("Service"), t("Target"), t("Cloud"), t("Region"), t("Start"), t("End"),
               t("Duration") + QStringLiteral(" (s)"), t("open"), t("Trigger"), t("Actor"), t("Reason"),
               t("Outcome")},
              incidents),
        table({t("Cloud"), t("Region"), t("Nodes up"), t("Nodes down"), t("Draining"), t("Total"),
               t("CPU") + QStringLiteral(" (%)"), t("Memory") + QStringLiteral(" (%)")},
              fleet)};
    for (int i = 0; i < contents.size(); ++i) {
        QSaveFile file(QDir(directory).filePath(fileNames().at(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents[i]) != contents[i].size() ||
            !file.commit())
            return QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
    }
    return {};
}

} // namespace looma
