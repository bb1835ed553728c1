#pragma once

#include "ReportData.h"

#include <QString>
#include <QStringList>

namespace looma {

// CSV export: one file per table (summary.csv, incidents.csv, fleet.csv) in a directory, UTF-8
// with a BOM (so spreadsheet programs read the Chinese right), CRLF records and RFC 4180 quoting.
// Figures are plain machine numbers (ratios, milliseconds, seconds, ISO times), not display text;
// the header row is in the report's language.
class CsvReportWriter final
{
public:
    static QStringList fileNames()
    {
        return {QStringLiteral("summary.csv"), QStringLiteral("incidents.csv"), QStringLiteral("fleet.csv")};
    }
    // Empty on success, else why it failed.
    static QString write(const ReportData &data, const QString &directory);
    static QString field(const QString &value); // quoted when it holds , " CR or LF
    static QByteArray table(const QStringList &headers, const QList<QStringList> &rows);
};

} // namespace looma
