#include "TimeSeriesChart.h"

#include "PanelTitles.h"
#include "SeriesDecimator.h"
#include "UnitFormat.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace looma {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_staleLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_chart(new QChart)
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
{
    m_titleLabel->setObjectName(QStringLiteral("chartTitleLabel"));
    m_staleLabel->setObjectName(QStringLiteral("chartStaleLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("chartEmptyLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_staleLabel->setWordWrap(true);
    m_staleLabel->hide();
    m_emptyLabel->hide();

    m_chart->setAnimationOptions(QChart::NoAnimation); // animations re-layout on every refresh
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_xAxis->setTickCount(5);
    m_yAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_yAxis->setRange(0, 1);

    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_staleLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    retranslate();
}

void TimeSeriesChart::setPanel(const PanelDefinition &panel)
{
    m_panel = panel;
    if (m_panel.thresholds.warn && !m_threshold) {
        m_threshold = new QLineSeries(m_chart);
        QPen pen(Qt::DashLine);
        pen.setWidthF(1.5);
        pen.setColor(QColor(0xc6, 0x28, 0x28));
        m_threshold->setPen(pen);
        m_chart->addSeries(m_threshold);
        m_threshold->attachAxis(m_xAxis);
        m_threshold->attachAxis(m_yAxis);
    }
    retranslate();
}

void TimeSeriesChart::setWindowSeconds(qint64 seconds)
{
    m_windowSeconds = std::max<qint64>(60, seconds);
    // Short windows read as clock times; a week needs the day as well.
    m_xAxis->setFormat(m_windowSeconds > 86400 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm"));
}

void TimeSeriesChart::setResult(const PanelResult &result)
{
    m_hasResult = result.hasData();
    m_stale = result.stale;
    m_error = result.error;
    const QDateTime end = result.fetchedAt.isValid() ? result.fetchedAt : QDateTime::currentDateTimeUtc();
    m_endMs = end.toMSecsSinceEpoch();
    m_startMs = m_endMs - m_windowSeconds * 1000;

    const UnitFormat::Display display = UnitFormat::display(m_panel.unit);
    const int pixels = std::max(100, int(m_chart->plotArea().width()));
    QHash<QString, QList<QPointF>> next;
    double maxY = 0.0;
    for (const PromSeries &series : result.series) {
        QString name = m_panel.legendFor(series.labels);
        if (m_legendMapper)
            name = m_legendMapper(name);
        QList<QPointF> points = SeriesDecimator::decimate(series.points, m_startMs, m_endMs, pixels, display.scale);
        for (const QPointF &p : points)
            maxY = std::max(maxY, p.y());
        next.insert(name, std::move(points));
    }

    // Removed series first, then replace or add, so the legend order stays stable (sorted).
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (!next.contains(it.key())) {
            m_chart->removeSeries(it.value());
            delete it.value();
            it = m_series.erase(it);
        } else {
            ++it;
        }
    }
    QStringList names = next.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        QLineSeries *line = m_series.value(name);
        if (!line) {
            line = new QLineSeries(m_chart);
            line->setName(name);
            m_chart->addSeries(line);
            line->attachAxis(m_xAxis);
            line->attachAxis(m_yAxis);
            m_series.insert(name, line);
        }
        line->replace(next.value(name));
    }
    updateRanges(maxY);
    retranslate();
}

void TimeSeriesChart::updateRanges(double maxY)
{
    m_maxY = maxY;
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_startMs), QDateTime::fromMSecsSinceEpoch(m_endMs));
    const UnitFormat::Display display = UnitFormat::display(m_panel.unit);
    double top = maxY;
    if (m_threshold) {
        const double target = *m_panel.thresholds.warn * display.scale;
        m_threshold->replace({QPointF(double(m_startMs), target), QPointF(double(m_endMs), target)});
        top = std::max(top, target);
    }
    if (!(top > 0.0) || !std::isfinite(top))
        top = 1.0;
    m_yAxis->setRange(0.0, top * 1.15);
    m_yAxis->applyNiceNumbers();
}

QString TimeSeriesChart::thresholdLabel() const
{
    if (!m_panel.thresholds.warn)
        return {};
    const QString value = UnitFormat::format(*m_panel.thresholds.warn, m_panel.unit);
    return m_panel.thresholds.direction == PanelThresholds::Direction::Above ? tr("Target ≤ %1").arg(value)
                                                                             : tr("Target ≥ %1").arg(value);
}

void TimeSeriesChart::retranslate()
{
    m_titleLabel->setText(PanelTitles::translate(m_panel.title));
    const UnitFormat::Display display = UnitFormat::display(m_panel.unit);
    m_yAxis->setTitleText(display.unit.isEmpty() ? QString() : display.unit);
    if (m_threshold)
        m_threshold->setName(thresholdLabel());
    m_staleLabel->setVisible(m_stale);
    m_staleLabel->setText(staleText());
    m_emptyLabel->setVisible(m_hasResult && m_series.isEmpty());
    m_emptyLabel->setText(tr("No series: the query returned nothing for this window."));
    if (!m_hasResult) {
        m_emptyLabel->setVisible(true);
        m_emptyLabel->setText(tr("Waiting for the first refresh…"));
    }
}

QString TimeSeriesChart::title() const
{
    return m_titleLabel->text();
}

QStringList TimeSeriesChart::seriesNames() const
{
    QStringList names = m_series.keys();
    std::sort(names.begin(), names.end());
    return names;
}

int TimeSeriesChart::pointCount() const
{
    int count = 0;
    for (const QLineSeries *line : m_series)
        count += int(line->count());
    return count;
}

QString TimeSeriesChart::staleText() const
{
    if (!m_stale)
        return {};
    return m_error.isEmpty() ? tr("⚠ Stale: the last refresh failed; showing the previous data.")
                             : tr("⚠ Stale: %1 Showing the previous data.").arg(m_error);
}

QString TimeSeriesChart::thresholdName() const
{
    return m_threshold ? m_threshold->name() : QString();
}

QString TimeSeriesChart::axisUnitText() const
{
    return m_yAxis->titleText();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace looma
