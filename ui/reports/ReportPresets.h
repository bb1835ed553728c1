#pragma once

#include "ReportRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace looma {

// The Reports page's ranges and default file names, as pure functions of "now" (tested apart).
class ReportPresets final
{
    Q_DECLARE_TR_FUNCTIONS(looma::ReportPresets)

public:
    enum class Range { Last24Hours, Last7Days, LastMonth, Custom };

    struct Span
    {
        QDateTime from; // inclusive
        QDateTime to;   // exclusive
    };

    // Last24Hours / Last7Days end at `now`; LastMonth is the previous calendar month in the
    // time zone of `now` (a monthly SLA report covers whole months). Custom returns nothing.
    static Span span(Range range, const QDateTime &now);
    static QString rangeName(Range range);
    // "looma-report_all_20240501-0000_20240601-0000.pdf"; CSV writes a directory, so no suffix.
    static QString defaultFileName(const ReportRequest &request);
    static QString suffix(ReportFormat format);
};

} // namespace looma
