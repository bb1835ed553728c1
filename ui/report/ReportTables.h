#pragma once

#include "ReportData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace looma {

class ReportText;

// The report's tables as display text, shared by the HTML and PDF renderers so both show the
// same figures in the same words. A cell may carry a verdict, which renderers colour.
struct ReportCell
{
    QString text;
    SummaryRow::Verdict verdict = SummaryRow::Verdict::NoData;
    bool judged = false; // true: colour by verdict
};

struct ReportTable
{
    QString id; // summary, incidents, fleet
    QString title;
    QStringList headers;
    QList<QList<ReportCell>> rows;
    QString emptyText; // shown instead of an empty table
    QString note;      // under the table
    QList<int> widthPercents; // optional column widths for paged output
};

class ReportTables final
{
public:
    static QList<ReportTable> build(const ReportData &data, const ReportText &text);
    static QString title(const ReportData &data, const ReportText &text);
    // "label: value" pairs of the header block, and the gaps as sentences.
    static QList<QPair<QString, QString>> headerFields(const ReportData &data, const ReportText &text);
    static QStringList gapLines(const ReportData &data, const ReportText &text);
};

} // namespace looma
