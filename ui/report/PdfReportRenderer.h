#pragma once

#include "ReportData.h"

#include <QString>

namespace looma {

// A4 PDF at 300 dpi through QPdfWriter: the document is laid out once as a QTextDocument
// (tables repeat their header row on every page via QTextTableFormat::setHeaderRowCount) and
// painted page by page, each with "Page N / M" in the footer. Text is set in Noto Sans CJK SC,
// which carries both the Chinese and the Latin glyphs, so either language embeds one font.
class PdfReportRenderer final
{
public:
    static constexpr int Dpi = 300;
    // Empty on success, else why the file could not be written.
    static QString write(const ReportData &data, const QString &path);
};

} // namespace looma
