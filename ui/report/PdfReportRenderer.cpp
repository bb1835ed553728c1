#include "PdfReportRenderer.h"

#include "ChartPainter.h"
#include "ReportTables.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace looma {
namespace {

QColor verdictColor(const ReportCell &c)
{
    if (!c.judged)
        return QColor(0x22, 0x22, 0x22);
    switch (c.verdict) {
    case SummaryRow::Verdict::Pass:
        return QColor(0x1a, 0x7f, 0x37);
    case SummaryRow::Verdict::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case SummaryRow::Verdict::NoData:
        return QColor(0x88, 0x88, 0x88);
    }
    return {};
}

class Builder final
{
public:
    Builder(QTextDocument *doc, const ReportText &text, qreal pageWidth)
        : m_doc(doc)
        , m_cursor(doc)
        , m_text(text)
        , m_pageWidth(pageWidth)
    {}

    void heading(const QString &s, qreal pointSize)
    {
        QTextBlockFormat block;
        block.setTopMargin(pointSize * 1.2);
        block.setBottomMargin(pointSize * 0.4);
        block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        QTextCharFormat chars;
        chars.setFontPointSize(pointSize);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(QColor(0x1f, 0x3b, 0x57));
        m_cursor.insertBlock(block, chars);
        m_cursor.insertText(s);
    }

    void paragraph(const QString &s, qreal pointSize = 8.5, const QColor &color = QColor(0x44, 0x44, 0x44))
    {
        QTextBlockFormat block;
        block.setBottomMargin(3);
        QTextCharFormat chars;
        chars.setFontPointSize(pointSize);
        chars.setFontWeight(QFont::Normal);
        chars.setForeground(color);
        m_cursor.insertBlock(block, chars);
        m_cursor.insertText(s);
    }

    void fields(const QList<QPair<QString, QString>> &pairs)
    {
        for (const auto &[label, value] : pairs) {
            QTextBlockFormat block;
            QTextCharFormat bold;
            bold.setFontPointSize(9);
            bold.setFontWeight(QFont::Bold);
            m_cursor.insertBlock(block, bold);
            m_cursor.insertText(label + QStringLiteral(": "));
            QTextCharFormat normal = bold;
            normal.setFontWeight(QFont::Normal);
            m_cursor.insertText(value, normal);
        }
    }

    void table(const ReportTable &t)
    {
        heading(t.title, 13);
        if (t.rows.isEmpty()) {
            paragraph(t.emptyText, 9);
        } else {
            QTextTableFormat format;
            format.setHeaderRowCount(1); // repeated at the top of every page the table spans
            format.setCellPadding(4);
            format.setCellSpacing(0);
            format.setBorder(0.5);
            format.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
            format.setBorderCollapse(true);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            if (t.widthPercents.size() == t.headers.size()) {
                QList<QTextLength> widths;
                for (int w : t.widthPercents)
                    widths << QTextLength(QTextLength::PercentageLength, w);
                format.setColumnWidthConstraints(widths);
            }
            QTextTable *table = m_cursor.insertTable(int(t.rows.size()) + 1, int(t.headers.size()), format);
            QTextCharFormat head;
            head.setFontPointSize(8);
            head.setFontWeight(QFont::Bold);
            for (int c = 0; c < t.headers.size(); ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextCharFormat cf = cell.format();
                cf.setBackground(QColor(0xe6, 0xee, 0xf6));
                cell.setFormat(cf);
                cell.firstCursorPosition().insertText(t.headers[c], head);
            }
            for (int r = 0; r < t.rows.size(); ++r) {
                for (int c = 0; c < t.rows[r].size() && c < t.headers.size(); ++c) {
                    const ReportCell &rc = t.rows[r][c];
                    QTextCharFormat f;
                    f.setFontPointSize(7.5);
                    f.setForeground(verdictColor(rc));
                    f.setFontWeight(rc.judged && rc.verdict == SummaryRow::Verdict::Fail ? QFont::Bold
                                                                                         : QFont::Normal);
                    table->cellAt(r + 1, c).firstCursorPosition().insertText(rc.text, f);
                }
            }
            m_cursor.movePosition(QTextCursor::End);
        }
        if (!t.note.isEmpty())
            paragraph(t.note, 7.5);
    }

    void chart(const ChartData &chart, int index)
    {
        // Rendered as an image at print resolution, nine tenths of the page width, 2:1. An inline
        // image's size is in 96-dpi pixels: the layout scales it by the writer's dpi / 96, so the
        // page width (in the writer's 300-dpi pixels) is brought to that unit first.
        const qreal width = m_pageWidth * 0.9 * 96.0 / PdfReportRenderer::Dpi;
        const QSize logical(900, 420);
        const QImage image = ChartPainter::render(chart, m_text, logical, 2.0);
        const QUrl name(QStringLiteral("chart://%1").arg(index));
        m_doc->addResource(QTextDocument::ImageResource, name, image);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(8);
        block.setNonBreakableLines(true);
        m_cursor.insertBlock(block);
        QTextImageFormat img;
        img.setName(name.toString());
        img.setWidth(width);
        img.setHeight(width * logical.height() / logical.width());
        m_cursor.insertImage(img);
    }

private:
    QTextDocument *m_doc;
    QTextCursor m_cursor;
    const ReportText &m_text;
    qreal m_pageWidth;
};

} // namespace

QString PdfReportRenderer::write(const ReportData &data, const QString &path)
{
    const ReportText text(data.header.language);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(Dpi);
    writer.setTitle(ReportTables::title(data, text));
    writer.setCreator(QStringLiteral("Looma Ops Console"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("%1: cannot start the PDF").arg(path);

    const qreal pageWidth = writer.width();
    const qreal footer = Dpi * 0.35; // about 9 mm for the page number
    const qreal bodyHeight = writer.height() - footer;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer); // lay fonts out at the writer's 300 dpi
    // Latin text and figures in DejaVu Sans (TrueType), Chinese in Noto Sans CJK SC: with the CJK
    // font alone, Qt 6.4's PDF output lost digits in text extraction (pdftotext, copy and paste).
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(pageWidth, bodyHeight));

    Builder b(&doc, text, pageWidth);
    QTextCursor(&doc).insertText(QString()); // the first block exists already
    b.heading(ReportTables::title(data, text), 18);
    b.fields(ReportTables::headerFields(data, text));
    b.heading(text.text("Data gaps"), 13);
    const QStringList gaps = ReportTables::gapLines(data, text);
    if (gaps.isEmpty())
        b.paragraph(text.text("None: every source answered."), 9);
    for (const QString &g : gaps)
        b.paragraph(QStringLiteral("• ") + g, 8.5, QColor(0xc6, 0x28, 0x28));
    for (const ReportTable &t : ReportTables::build(data, text))
        b.table(t);
    b.heading(text.text("Charts"), 13);
    for (int i = 0; i < data.charts.size(); ++i)
        b.chart(data.charts[i], i);

    const int pages = doc.pageCount();
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, page * bodyHeight, pageWidth, bodyHeight);
        painter.translate(0, -page * bodyHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF footerRect(0, bodyHeight, pageWidth, footer);
        painter.drawLine(QPointF(0, bodyHeight + footer * 0.2),
                         QPointF(pageWidth, bodyHeight + footer * 0.2));
        painter.drawText(footerRect.adjusted(0, footer * 0.25, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         ReportTables::title(data, text) + QStringLiteral(" · ") +
                             text.dateTime(data.header.from) + QStringLiteral(" – ") +
                             text.dateTime(data.header.to));
        painter.drawText(footerRect.adjusted(0, footer * 0.25, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                         text.text("Page %1 / %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return QStringLiteral("%1: writing the PDF failed").arg(path);
    file.close();
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace looma
