#include "ChartPainter.h"

#include "ReportText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace looma {
namespace {

// "Nice" axis maximum: 1, 2, 2.5 or 5 times a power of ten, at or above value.
double niceCeil(double value)
{
    if (!(value > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= value)
            return f * magnitude;
    }
    return 10.0 * magnitude;
}

QString axisNumber(double v)
{
    if (std::abs(v) >= 1000)
        return QString::number(v, 'f', 0);
    if (std::abs(v) >= 10 || v == 0)
        return QString::number(v, 'g', 4);
    return QString::number(v, 'g', 3);
}

} // namespace

QColor ChartPainter::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                    QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                    QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
    return colors[index % int(std::size(colors))];
}

QImage ChartPainter::render(const ChartData &chart, const ReportText &text, QSize logicalSize, qreal scale)
{
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), chart, text);
    return image;
}

void ChartPainter::paint(QPainter *painter, const QRectF &rect, const ChartData &chart,
                         const ReportText &text)
{
    painter->save();
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(std::max(9, int(rect.height() / 26)));
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal line = fm.height();

    // Title
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(int(font.pixelSize() * 1.2));
    painter->setFont(titleFont);
    painter->setPen(QColor(0x22, 0x22, 0x22));
    const QString title =
        text.text(chart.title.toUtf8().constData()) + QStringLiteral(" (") + chart.unit + QLatin1Char(')');
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.5),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->setFont(font);

    // Data extent
    double xMin = 0, xMax = 0, yMax = 0;
    bool any = false;
    for (const ChartLine &l : chart.lines) {
        for (const QPointF &p : l.points) {
            if (!any) {
                xMin = xMax = p.x();
                any = true;
            }
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMax = std::max(yMax, p.y());
        }
    }
    if (!std::isnan(chart.threshold))
        yMax = std::max(yMax, chart.threshold * 1.1);
    yMax = niceCeil(yMax * 1.05);

    const int legendRows = chart.lines.isEmpty() ? 0 : (int(chart.lines.size()) + 2) / 3;
    const qreal axisLabelWidth = fm.horizontalAdvance(axisNumber(yMax)) + line * 0.6;
    const QRectF plot(rect.left() + axisLabelWidth, rect.top() + line * 1.8,
                      rect.width() - axisLabelWidth - line * 0.5,
                      rect.height() - line * (1.8 + 1.6 + legendRows * 1.2));

    // Grid and y labels
    painter->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    constexpr int ticks = 4;
    for (int i = 0; i <= ticks; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / ticks;
        painter->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRectF(rect.left(), y - line / 2, axisLabelWidth - line * 0.3, line),
                          Qt::AlignRight | Qt::AlignVCenter, axisNumber(yMax * i / ticks));
    }
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
    painter->drawRect(plot);

    if (!any) {
        painter->setPen(QColor(0x88, 0x88, 0x88));
        painter->drawText(plot, Qt::AlignCenter, text.text("No data for this chart."));
        painter->restore();
        return;
    }
    if (xMax <= xMin)
        xMax = xMin + 1;
    auto map = [&](const QPointF &p) {
        return QPointF(plot.left() + (p.x() - xMin) / (xMax - xMin) * plot.width(),
                       plot.bottom() - std::clamp(p.y() / yMax, 0.0, 1.0) * plot.height());
    };

    // x labels: start, middle, end (UTC)
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const bool longRange = (xMax - xMin) > 2 * 86400000.0;
    const QString format = longRange ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("MM-dd HH:mm");
    for (int i = 0; i <= 2; ++i) {
        const double x = xMin + (xMax - xMin) * i / 2;
        const QString label = QDateTime::fromMSecsSinceEpoch(qint64(x), QTimeZone::utc()).toString(format);
        const qreal px = plot.left() + plot.width() * i / 2;
        const Qt::Alignment align = i == 0 ? Qt::AlignLeft : i == 2 ? Qt::AlignRight : Qt::AlignHCenter;
        const qreal w = fm.horizontalAdvance(label) + 4;
        const qreal left = i == 0 ? px : i == 2 ? px - w : px - w / 2;
        painter->drawText(QRectF(left, plot.bottom() + line * 0.2, w, line), align, label);
    }

    // Threshold
    if (!std::isnan(chart.threshold)) {
        QPen pen(QColor(0xd6, 0x27, 0x28), std::max(1.0, rect.height() / 250), Qt::DashLine);
        painter->setPen(pen);
        const qreal y = map(QPointF(xMin, chart.threshold)).y();
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    // Lines
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    for (int i = 0; i < chart.lines.size(); ++i) {
        const ChartLine &l = chart.lines[i];
        QPainterPath path;
        for (int p = 0; p < l.points.size(); ++p) {
            const QPointF pt = map(l.points[p]);
            // A gap in the data (missing scrapes) stays a gap instead of a straight line across it.
            const bool jump = p > 0 && (l.points[p].x() - l.points[p - 1].x()) > (xMax - xMin) / 20;
            if (p == 0 || jump)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        painter->setPen(QPen(seriesColor(i), std::max(1.2, rect.height() / 200)));
        painter->drawPath(path);
    }
    painter->setClipping(false);

    // Legend, three per row
    const qreal legendTop = plot.bottom() + line * 1.5;
    const qreal columnWidth = plot.width() / 3;
    for (int i = 0; i < chart.lines.size(); ++i) {
        const qreal x = plot.left() + (i % 3) * columnWidth;
        const qreal y = legendTop + (i / 3) * line * 1.2;
        painter->fillRect(QRectF(x, y + line * 0.35, line * 0.9, line * 0.3), seriesColor(i));
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QRectF(x + line * 1.2, y, columnWidth - line * 1.3, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          text.cloud(text.serviceName(chart.lines[i].label)));
    }
    painter->restore();
}

} // namespace looma
