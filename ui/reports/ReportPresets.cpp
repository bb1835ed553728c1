#include "ReportPresets.h"

namespace looma {

ReportPresets::Span ReportPresets::span(Range range, const QDateTime &now)
{
    switch (range) {
    case Range::Last24Hours:
        return {now.addSecs(-24 * 3600), now};
    case Range::Last7Days:
        return {now.addDays(-7), now};
    case Range::LastMonth: {
        const QDate firstOfThis(now.date().year(), now.date().month(), 1);
        QDateTime to = now;
        to.setDate(firstOfThis);
        to.setTime(QTime(0, 0));
        QDateTime from = to;
        from.setDate(firstOfThis.addMonths(-1));
        return {from, to};
    }
    case Range::Custom:
        break;
    }
    return {};
}

QString ReportPresets::rangeName(Range range)
{
    switch (range) {
    case Range::Last24Hours:
        return tr("Last 24 hours");
    case Range::Last7Days:
        return tr("Last 7 days");
    case Range::LastMonth:
        return tr("Last month");
    case Range::Custom:
        return tr("Custom range");
    }
    return {};
}

QString ReportPresets::suffix(ReportFormat format)
{
    return format == ReportFormat::Csv ? QString() : QLatin1Char('.') + ReportRequest::formatText(format);
}

QString ReportPresets::defaultFileName(const ReportRequest &request)
{
    const QString stamp = QStringLiteral("yyyyMMdd-HHmm");
    QString scope = request.scope.toText();
    scope.replace(u':', u'-');
    return QStringLiteral("looma-report_%1_%2_%3%4")
        .arg(scope, request.from.toString(stamp), request.to.toString(stamp), suffix(request.format));
}

} // namespace looma
