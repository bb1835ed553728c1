#include "ReportText.h"

#include <QTranslator>
#include <cmath>

namespace looma {
namespace {

// Every label a report shows, so lupdate extracts them into ui/report/i18n/*.ts.
[[maybe_unused]] const char *const labels[] = {
    QT_TRANSLATE_NOOP("looma::ReportText", "SLA and incident report"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Range"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Scope"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Generated at"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Data sources"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Data gaps"),
    QT_TRANSLATE_NOOP("looma::ReportText", "None: every source answered."),
    QT_TRANSLATE_NOOP("looma::ReportText", "reachable"),
    QT_TRANSLATE_NOOP("looma::ReportText", "failed"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Registry"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Prometheus"),
    QT_TRANSLATE_NOOP("looma::ReportText", "SLA summary"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Service"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Requests"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Failed"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Availability"),
    QT_TRANSLATE_NOOP("looma::ReportText", "p95 latency"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Error rate"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Error budget used"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Targets: availability ≥ %1, p95 latency ≤ %2, error rate ≤ %3."),
    QT_TRANSLATE_NOOP("looma::ReportText", "pass"),
    QT_TRANSLATE_NOOP("looma::ReportText", "FAIL"),
    QT_TRANSLATE_NOOP("looma::ReportText", "no data"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Incidents"),
    QT_TRANSLATE_NOOP("looma::ReportText", "No incidents in this range."),
    QT_TRANSLATE_NOOP("looma::ReportText", "Kind"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Target"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Start"),
    QT_TRANSLATE_NOOP("looma::ReportText", "End"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Duration"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Trigger"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Actor"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Reason"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Outcome"),
    QT_TRANSLATE_NOOP("looma::ReportText", "open"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Outage"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Failover"),
    QT_TRANSLATE_NOOP("looma::ReportText", "automatic"),
    QT_TRANSLATE_NOOP("looma::ReportText", "manual"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Fleet"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Cloud"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Region"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Nodes up"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Nodes down"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Draining"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Total"),
    QT_TRANSLATE_NOOP("looma::ReportText", "CPU"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Memory"),
    QT_TRANSLATE_NOOP(
        "looma::ReportText",
        "Node counts are the registry's at generation time; utilisation is the mean over the range."),
    QT_TRANSLATE_NOOP("looma::ReportText", "Charts"),
    QT_TRANSLATE_NOOP("looma::ReportText", "No data for this chart."),
    QT_TRANSLATE_NOOP("looma::ReportText", "target"),
    QT_TRANSLATE_NOOP("looma::ReportText", "AI request rate"),
    QT_TRANSLATE_NOOP("looma::ReportText", "AI error rate"),
    QT_TRANSLATE_NOOP("looma::ReportText", "AI p95 latency"),
    QT_TRANSLATE_NOOP("looma::ReportText", "CPU utilisation by cloud"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Page %1 / %2"),
    QT_TRANSLATE_NOOP("looma::ReportText", "All services"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Cloud: %1"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Service: %1"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Tencent Cloud"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Alibaba Cloud"),
    QT_TRANSLATE_NOOP("looma::ReportText", "Looma CRM"),
    QT_TRANSLATE_NOOP("looma::ReportText", "SLA summary (service rows)"),
    QT_TRANSLATE_NOOP("looma::ReportText", "summary"),
    QT_TRANSLATE_NOOP("looma::ReportText", "p95 latency"),
    QT_TRANSLATE_NOOP("looma::ReportText", "incidents"),
    QT_TRANSLATE_NOOP("looma::ReportText", "fleet"),
    QT_TRANSLATE_NOOP("looma::ReportText", "chart"),
    QT_TRANSLATE_NOOP(
        "looma::ReportText",
        "Availability is the share of requests that did not fail (5xx for AI services, status \"error\" for "
        "the CRM); p95 comes from Prometheus's histogram_quantile over the whole range."),
};

} // namespace

ReportText::ReportText(const QString &language)
    : m_language(language)
    , m_translator(std::make_unique<QTranslator>())
{
    if (isChinese())
        m_loaded = m_translator->load(QStringLiteral(":/i18n/report/looma_report_zh_CN.qm"));
}

ReportText::~ReportText() = default;

QString ReportText::text(const char *englishSource) const
{
    if (m_loaded) {
        const QString t = m_translator->translate("looma::ReportText", englishSource);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(englishSource);
}

QString ReportText::count(double value) const
{
    if (std::isnan(value))
        return missing();
    return QLocale(QLocale::English).toString(std::llround(value));
}

QString ReportText::percent(double ratio, int decimals) const
{
    return std::isnan(ratio) ? missing() : plainPercent(ratio * 100.0, decimals);
}

QString ReportText::plainPercent(double percent, int decimals) const
{
    if (std::isnan(percent))
        return missing();
    return QString::number(percent, 'f', decimals) + QLatin1Char('%');
}

QString ReportText::milliseconds(double seconds) const
{
    if (std::isnan(seconds))
        return missing();
    return QString::number(seconds * 1000.0, 'f', 1) + QStringLiteral(" ms");
}

QString ReportText::dateTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return missing();
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString ReportText::duration(qint64 seconds) const
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (isChinese()) {
        QString out;
        if (h)
            out += QString::number(h) + QStringLiteral("小时");
        if (h || m)
            out += QString::number(m) + QStringLiteral("分");
        return out + QString::number(s) + QStringLiteral("秒");
    }
    QString out;
    if (h)
        out += QString::number(h) + QStringLiteral(" h ");
    if (h || m)
        out += QString::number(m) + QStringLiteral(" min ");
    return out + QString::number(s) + QStringLiteral(" s");
}

QString ReportText::verdict(SummaryRow::Verdict verdict) const
{
    switch (verdict) {
    case SummaryRow::Verdict::Pass:
        return text("pass");
    case SummaryRow::Verdict::Fail:
        return text("FAIL");
    case SummaryRow::Verdict::NoData:
        return text("no data");
    }
    return {};
}

QString ReportText::scope(const ReportScope &scope) const
{
    switch (scope.kind) {
    case ReportScope::Kind::All:
        return text("All services");
    case ReportScope::Kind::Cloud:
        return text("Cloud: %1").arg(cloud(scope.value));
    case ReportScope::Kind::Service:
        return text("Service: %1").arg(serviceName(scope.value));
    }
    return {};
}

QString ReportText::sourceName(ReportSource::Kind kind) const
{
    return kind == ReportSource::Kind::Registry ? text("Registry") : text("Prometheus");
}

QString ReportText::incidentKind(Incident::Kind kind) const
{
    return kind == Incident::Kind::Failover ? text("Failover") : text("Outage");
}

QString ReportText::trigger(const QString &dbWord) const
{
    if (dbWord == QLatin1String("auto"))
        return text("automatic");
    if (dbWord == QLatin1String("manual"))
        return text("manual");
    return dbWord;
}

QString ReportText::cloud(const QString &dbWord) const
{
    if (dbWord == QLatin1String("tencent"))
        return text("Tencent Cloud");
    if (dbWord == QLatin1String("alibaba"))
        return text("Alibaba Cloud");
    return dbWord;
}

QString ReportText::serviceName(const QString &name) const
{
    return name == ReportScope::crmName() ? text("Looma CRM") : name;
}

QString ReportText::gapPart(const QString &what) const
{
    if (what.contains(QLatin1String(", "))) {
        QStringList parts;
        for (const QString &w : what.split(QStringLiteral(", ")))
            parts << gapPart(w);
        return parts.join(QStringLiteral(", "));
    }
    if (what.startsWith(QLatin1String("chart:")))
        return text("chart") + QLatin1Char(' ') + what.mid(6);
    const QByteArray latin = what.toLatin1();
    return text(latin.constData());
}

} // namespace looma
