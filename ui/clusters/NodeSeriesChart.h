#pragma once

#include "PromTypes.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace looma {

// One percentage over time (a node's CPU or memory). The points are decimated to at most two per
// pixel (min and max of each bucket, so spikes survive) and handed to the series with one
// replace() per refresh: QLineSeries::append() costs O(n) per point.
class NodeSeriesChart final : public QChartView
{
    Q_OBJECT

public:
    explicit NodeSeriesChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setPoints(const QList<PromPoint> &points);
    void setStale(bool stale, const QString &why = {});
    int pointCount() const;

    // Min/max per bucket over `buckets` equal time slices; pure, for tests.
    static QList<QPointF> decimate(const QList<PromPoint> &points, int buckets);

private:
    void updateTitle();

    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QString m_title;
    bool m_stale = false;
};

} // namespace looma
