#pragma once

#include "ReportData.h"

#include <QImage>
#include <QRectF>

class QPainter;

namespace looma {

class ReportText;

// Draws a report chart (lines over time, dashed target line, legend) with plain QPainter.
// Chosen over Qt Charts because a report is rendered without windows: QPainter needs only a
// QGuiApplication (offscreen is enough), draws the same pixels in a test, the CLI and the GUI,
// and renders on a worker thread; Qt Charts needs a QApplication and a QGraphicsScene.
class ChartPainter final
{
public:
    // A PNG-ready image of logicalSize pixels at scale (2 or 3 for print sharpness).
    static QImage render(const ChartData &chart, const ReportText &text, QSize logicalSize, qreal scale);
    static void paint(QPainter *painter, const QRectF &rect, const ChartData &chart, const ReportText &text);
    static QColor seriesColor(int index);
};

} // namespace looma
