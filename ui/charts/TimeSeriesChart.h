#pragma once

#include "PanelDefinition.h"
#include "PanelResult.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace looma {

// A panel's series over time on Qt Charts. Each refresh replaces every series' points once
// (QXYSeries::replace), after decimation to about two points per pixel; series that disappear
// are removed, new ones added. A dashed line marks the panel's target (its warn threshold, e.g.
// 300 ms). Axes carry the display unit (seconds shown as ms, ratios as %). When the PanelResult
// is stale a label says so above the plot and the old lines stay.
class TimeSeriesChart final : public QWidget
{
    Q_OBJECT

public:
    using LegendMapper = std::function<QString(const QString &)>;

    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setPanel(const PanelDefinition &panel);
    // Legends come from the panel's legend format; a mapper can translate known label values.
    void setLegendMapper(LegendMapper mapper) { m_legendMapper = std::move(mapper); }
    // The time window shown; the x axis spans [end - seconds, end], end = the result's fetch time.
    void setWindowSeconds(qint64 seconds);
    void setResult(const PanelResult &result);

    QString title() const;
    QStringList seriesNames() const; // legends, sorted
    int pointCount() const;          // points plotted, after decimation, all series
    bool isStale() const { return m_stale; }
    QString staleText() const;
    QString thresholdName() const;   // the target line's legend, empty when none
    QString axisUnitText() const;
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateRanges(double maxY);
    QString thresholdLabel() const;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QLineSeries *m_threshold = nullptr;
    QHash<QString, QLineSeries *> m_series;
    PanelDefinition m_panel;
    LegendMapper m_legendMapper;
    qint64 m_windowSeconds = 3600;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    double m_maxY = 0.0;
    bool m_stale = false;
    bool m_hasResult = false;
    QString m_error;
};

} // namespace looma
