#include "HtmlReportRenderer.h"

#include "ChartPainter.h"
#include "ReportTables.h"
#include "ReportText.h"

#include <QBuffer>

namespace looma {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *css = R"CSS(
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif;
       color: #222; margin: 24px auto; max-width: 1100px; padding: 0 16px; font-size: 14px; }
h1 { font-size: 24px; margin-bottom: 4px; }
h2 { font-size: 18px; margin-top: 28px; border-bottom: 2px solid #1f77b4; padding-bottom: 4px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
dl.meta dt { font-weight: bold; color: #555; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
tr:nth-child(even) td { background: #fafafa; }
td.pass { color: #1a7f37; }
td.fail { color: #c62828; font-weight: bold; }
td.nodata { color: #888; }
p.note { color: #555; font-size: 12px; }
ul.gaps li { color: #c62828; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.charts img { width: 100%; border: 1px solid #eee; }
@media print { .charts { grid-template-columns: 1fr; } }
)CSS";

QString cellClass(const ReportCell &c)
{
    if (!c.judged)
        return {};
    switch (c.verdict) {
    case SummaryRow::Verdict::Pass:
        return QStringLiteral(" class=\"pass\"");
    case SummaryRow::Verdict::Fail:
        return QStringLiteral(" class=\"fail\"");
    case SummaryRow::Verdict::NoData:
        return QStringLiteral(" class=\"nodata\"");
    }
    return {};
}

QString pngDataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QByteArray HtmlReportRenderer::render(const ReportData &data)
{
    const ReportText text(data.header.language);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(text.htmlLang());
    h += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(ReportTables::title(data, text)), QString::fromLatin1(css));
    h += QStringLiteral("<h1>%1</h1>\n<dl class=\"meta\">\n").arg(esc(ReportTables::title(data, text)));
    for (const auto &[label, value] : ReportTables::headerFields(data, text))
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(label), esc(value));
    h += QStringLiteral("</dl>\n<h2>%1</h2>\n").arg(esc(text.text("Data gaps")));
    const QStringList gaps = ReportTables::gapLines(data, text);
    if (gaps.isEmpty()) {
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text.text("None: every source answered.")));
    } else {
        h += QStringLiteral("<ul class=\"gaps\">\n");
        for (const QString &g : gaps)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(g));
        h += QStringLiteral("</ul>\n");
    }

    for (const ReportTable &t : ReportTables::build(data, text)) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.title));
        if (t.rows.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n").arg(esc(t.emptyText));
        } else {
            h += QStringLiteral("<table id=\"%1\">\n<thead><tr>").arg(t.id);
            for (const QString &head : t.headers)
                h += QStringLiteral("<th>%1</th>").arg(esc(head));
            h += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const auto &row : t.rows) {
                h += QStringLiteral("<tr>");
                for (const ReportCell &c : row)
                    h += QStringLiteral("<td%1>%2</td>").arg(cellClass(c), esc(c.text));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</tbody>\n</table>\n");
        }
        if (!t.note.isEmpty())
            h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(t.note));
    }

    h += QStringLiteral("<h2>%1</h2>\n<div class=\"charts\">\n").arg(esc(text.text("Charts")));
    for (const ChartData &chart : data.charts) {
        const QImage image = ChartPainter::render(chart, text, QSize(640, 320), 2.0);
        h += QStringLiteral("<figure><img alt=\"%1\" src=\"%2\"></figure>\n")
                 .arg(esc(text.text(chart.title.toUtf8().constData())), pngDataUri(image));
    }
    h += QStringLiteral("</div>\n</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace looma
