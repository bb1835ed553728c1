#include "ReportRenderer.h"

#include "CsvReportWriter.h"
#include "HtmlReportRenderer.h"
#include "PdfReportRenderer.h"

#include <QSaveFile>

namespace looma {

QString ReportRenderer::write(const ReportData &data, ReportFormat format, const QString &path)
{
    switch (format) {
    case ReportFormat::Pdf:
        return PdfReportRenderer::write(data, path);
    case ReportFormat::Csv:
        return CsvReportWriter::write(data, path);
    case ReportFormat::Html: {
        const QByteArray html = HtmlReportRenderer::render(data);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
            return QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    }
    return QStringLiteral("unknown format");
}

} // namespace looma
