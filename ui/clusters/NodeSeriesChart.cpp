#include "NodeSeriesChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QtNumeric>

namespace looma {

NodeSeriesChart::NodeSeriesChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(m_series);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(5);
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_valueAxis->setTickCount(5);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_valueAxis);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
}

void NodeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    updateTitle();
}

void NodeSeriesChart::setStale(bool stale, const QString &why)
{
    m_stale = stale;
    setToolTip(why);
    updateTitle();
}

void NodeSeriesChart::updateTitle()
{
    chart()->setTitle(m_stale ? tr("%1 (stale)").arg(m_title) : m_title);
}

int NodeSeriesChart::pointCount() const
{
    return int(m_series->count());
}

QList<QPointF> NodeSeriesChart::decimate(const QList<PromPoint> &points, int buckets)
{
    QList<QPointF> out;
    if (points.isEmpty())
        return out;
    if (buckets <= 0 || points.size() <= 2 * buckets) {
        out.reserve(points.size());
        for (const PromPoint &p : points) {
            if (!qIsNaN(p.value))
                out << QPointF(double(p.timestampMs), p.value);
        }
        return out;
    }
    const qint64 first = points.first().timestampMs;
    const qint64 span = qMax<qint64>(1, points.last().timestampMs - first);
    out.reserve(2 * buckets);
    int bucket = -1;
    QPointF low, high;
    const auto flush = [&] {
        if (bucket < 0)
            return;
        // In time order, so the line does not double back.
        if (low == high)
            out << low;
        else if (low.x() <= high.x())
            out << low << high;
        else
            out << high << low;
    };
    for (const PromPoint &p : points) {
        if (qIsNaN(p.value))
            continue;
        const int b = int(qMin<qint64>(buckets - 1, (p.timestampMs - first) * buckets / span));
        const QPointF point(double(p.timestampMs), p.value);
        if (b != bucket) {
            flush();
            bucket = b;
            low = high = point;
        } else {
            if (p.value < low.y())
                low = point;
            if (p.value > high.y())
                high = point;
        }
    }
    flush();
    return out;
}

void NodeSeriesChart::setPoints(const QList<PromPoint> &points)
{
    const int buckets = qMax(50, width() / 2);
    const QList<QPointF> decimated = decimate(points, buckets);
    m_series->replace(decimated);
    if (!decimated.isEmpty()) {
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(decimated.first().x())),
                             QDateTime::fromMSecsSinceEpoch(qint64(decimated.last().x())));
    }
}

} // namespace looma
