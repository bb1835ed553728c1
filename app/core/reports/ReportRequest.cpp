#include "ReportRequest.h"

#include <QTimeZone>

namespace looma {

QString ReportScope::toText() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Cloud:
        return QStringLiteral("cloud:") + value;
    case Kind::Service:
        return QStringLiteral("service:") + value;
    }
    return {};
}

std::optional<ReportScope> ReportScope::fromText(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t == QLatin1String("all"))
        return ReportScope{};
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == t.size() - 1)
        return std::nullopt;
    const QString key = t.left(colon);
    const QString value = t.mid(colon + 1);
    // Values end up in PromQL label matchers and SQL parameters: keep them to plain names.
    for (const QChar c : value) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            return std::nullopt;
    }
    if (key == QLatin1String("cloud")) {
        if (value != QLatin1String("tencent") && value != QLatin1String("alibaba"))
            return std::nullopt;
        return ReportScope{Kind::Cloud, value};
    }
    if (key == QLatin1String("service"))
        return ReportScope{Kind::Service, value};
    return std::nullopt;
}

QStringList ReportRequest::validate(const QDateTime &now) const
{
    QStringList errors;
    if (!from.isValid())
        errors << tr("The start of the range is missing or not a valid ISO 8601 time.");
    if (!to.isValid())
        errors << tr("The end of the range is missing or not a valid ISO 8601 time.");
    if (from.isValid() && to.isValid()) {
        if (from >= to) {
            errors << tr("The range must start before it ends (from %1, to %2).")
                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        } else if (from.secsTo(to) > MaxRangeDays * 86400) {
            errors << tr("The range is %1 days long; a report covers at most %2 days.")
                          .arg(QString::number(double(from.secsTo(to)) / 86400.0, 'f', 1))
                          .arg(MaxRangeDays);
        }
        if (to > now.addSecs(FutureSlackSeconds)) {
            errors << tr("The range ends in the future (%1); it may end at most %2 minutes after now (%3).")
                          .arg(to.toString(Qt::ISODate))
                          .arg(FutureSlackSeconds / 60)
                          .arg(now.toUTC().toString(Qt::ISODate));
        }
    }
    if (!languages().contains(language))
        errors << tr("Unknown report language \"%1\"; use zh_CN or en.").arg(language);
    if (scope.kind != ReportScope::Kind::All && scope.value.isEmpty())
        errors << tr("The scope names no cloud or service.");
    return errors;
}

QString ReportRequest::formatText(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ReportFormat> ReportRequest::formatFromText(QStringView text)
{
    for (const ReportFormat f : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv}) {
        if (text.compare(formatText(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QDateTime ReportRequest::parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return {};
    // Qt reads a zone-less ISO time as local time; a report's range must not depend on the
    // machine's zone, so such a time means UTC.
    const bool hasZone = t.endsWith(QLatin1Char('Z')) || t.endsWith(QLatin1Char('z'))
        || QStringView(t).mid(10).contains(QLatin1Char('+'))
        || QStringView(t).mid(10).lastIndexOf(QLatin1Char('-')) >= 0;
    if (!hasZone)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

} // namespace looma
