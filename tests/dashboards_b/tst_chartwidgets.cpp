#include "BarChart.h"
#include "PanelResult.h"
#include "StatTile.h"
#include "TimeSeriesChart.h"
#include "UnitFormat.h"

#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QtTest>

using namespace looma;

// The chart widgets with PanelResults built by hand: series replaced (not appended) per refresh,
// decimated, the target line, units on the axis, the stale label; the stat tile's states; bars.
class tst_ChartWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The US English locale (group separators, a dot for decimals), whatever the machine's is.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void unitFormat_data();
    void unitFormat();
    void timeSeriesReplacesAndDecimates();
    void timeSeriesThresholdAndUnit();
    void timeSeriesStale();
    void statTileStates();
    void barChart();
};

namespace {

PanelDefinition latencyPanel()
{
    PanelDefinition p;
    p.id = QStringLiteral("ai.latencyP95");
    p.title = QStringLiteral("Latency p95");
    p.unit = PanelUnit::Seconds;
    p.kind = PanelKind::TimeSeries;
    p.legendFormat = QStringLiteral("{{service}}");
    p.thresholds.warn = 0.3;
    p.thresholds.crit = 1.0;
    return p;
}

PanelResult resultWith(const QMap<QString, int> &pointsByService, double value, const QDateTime &end)
{
    PanelResult r;
    r.panelId = QStringLiteral("ai.latencyP95");
    r.page = QStringLiteral("aiServices");
    r.fetchedAt = end;
    for (auto it = pointsByService.cbegin(); it != pointsByService.cend(); ++it) {
        PromSeries s;
        s.labels.insert(QStringLiteral("service"), it.key());
        const qint64 endMs = end.toMSecsSinceEpoch();
        for (int i = 0; i < it.value(); ++i)
            s.points.append({endMs - qint64(it.value() - 1 - i) * 1000, value + (i % 7) * 0.01});
        r.series.append(s);
    }
    return r;
}

} // namespace

void tst_ChartWidgets::unitFormat_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds as ms") << 0.2124 << int(PanelUnit::Seconds) << QStringLiteral("212 ms");
    QTest::newRow("ratio as percent") << 0.0012 << int(PanelUnit::Ratio) << QStringLiteral("0.12 %");
    QTest::newRow("percent") << 81.25 << int(PanelUnit::Percent) << QStringLiteral("81.3 %");
    QTest::newRow("req/s") << 1204.04 << int(PanelUnit::ReqPerSec) << QStringLiteral("1,204.0 req/s");
    QTest::newRow("count") << 42.0 << int(PanelUnit::Count) << QStringLiteral("42");
    QTest::newRow("bytes pick unit") << 3.5 * 1024 * 1024 << int(PanelUnit::Bytes) << QStringLiteral("3.5 MiB");
    QTest::newRow("NaN is no data") << qQNaN() << int(PanelUnit::Seconds) << QStringLiteral("no data");
}

void tst_ChartWidgets::unitFormat()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, expected);
    QCOMPARE(UnitFormat::format(value, PanelUnit(unit)), expected);
}

void tst_ChartWidgets::timeSeriesReplacesAndDecimates()
{
    TimeSeriesChart chart;
    chart.resize(600, 300);
    chart.setPanel(latencyPanel());
    chart.setWindowSeconds(7 * 24 * 3600);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    chart.setResult(resultWith({{QStringLiteral("chat-service"), 20000}, {QStringLiteral("ai-gateway"), 50}}, 0.2, end));
    QCOMPARE(chart.seriesNames(), (QStringList{QStringLiteral("ai-gateway"), QStringLiteral("chat-service")}));
    // 20,000 points into a plot a few hundred pixels wide: at most 2 per pixel, plus the 50.
    const int plotted = chart.pointCount();
    QVERIFY2(plotted <= 2 * 600 + 50, qPrintable(QString::number(plotted)));
    QVERIFY(plotted >= 50);

    // Each refresh replaces a series' points once: QXYSeries::pointsReplaced, never pointAdded.
    const auto series = chart.chart()->series();
    QLineSeries *gateway = nullptr;
    for (QAbstractSeries *s : series)
        if (s->name() == QLatin1String("ai-gateway"))
            gateway = qobject_cast<QLineSeries *>(s);
    QVERIFY(gateway);
    QSignalSpy replaced(gateway, &QXYSeries::pointsReplaced);
    QSignalSpy added(gateway, &QXYSeries::pointAdded);
    chart.setResult(resultWith({{QStringLiteral("ai-gateway"), 60}}, 0.25, end.addSecs(10)));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(added.count(), 0);
    QCOMPARE(gateway->count(), 60);
    // chat-service vanished from the answer: its line is gone, not left stale.
    QCOMPARE(chart.seriesNames(), QStringList{QStringLiteral("ai-gateway")});
}

void tst_ChartWidgets::timeSeriesThresholdAndUnit()
{
    TimeSeriesChart chart;
    chart.setPanel(latencyPanel());
    chart.setResult(resultWith({{QStringLiteral("ai-gateway"), 10}}, 0.1, QDateTime::currentDateTimeUtc()));
    QCOMPARE(chart.title(), QStringLiteral("Latency p95"));
    QCOMPARE(chart.axisUnitText(), QStringLiteral("ms"));
    QCOMPARE(chart.thresholdName(), QStringLiteral("Target ≤ 300 ms"));
    // The target line sits at 300 (ms) across the window.
    QLineSeries *target = nullptr;
    for (QAbstractSeries *s : chart.chart()->series())
        if (s->name() == chart.thresholdName())
            target = qobject_cast<QLineSeries *>(s);
    QVERIFY(target);
    QCOMPARE(target->count(), 2);
    QCOMPARE(target->at(0).y(), 300.0);
    QCOMPARE(target->at(1).y(), 300.0);
}

void tst_ChartWidgets::timeSeriesStale()
{
    TimeSeriesChart chart;
    chart.setPanel(latencyPanel());
    PanelResult r = resultWith({{QStringLiteral("ai-gateway"), 10}}, 0.1, QDateTime::currentDateTimeUtc());
    chart.setResult(r);
    QVERIFY(!chart.isStale());
    QVERIFY(chart.staleText().isEmpty());
    r.stale = true;
    r.error = QStringLiteral("Prometheus did not answer within 10 s.");
    chart.setResult(r);
    QVERIFY(chart.isStale());
    QVERIFY(chart.staleText().contains(QStringLiteral("Stale")));
    QVERIFY(chart.staleText().contains(r.error));
    QCOMPARE(chart.pointCount(), 10); // the previous data stays drawn
}

void tst_ChartWidgets::statTileStates()
{
    StatTile tile;
    tile.setTitle(QStringLiteral("Highest p95 latency"));
    QCOMPARE(tile.status(), ChartStatus::NoData);
    QCOMPARE(tile.statusText(), QStringLiteral("No data"));
    tile.setValueText(UnitFormat::format(0.42, PanelUnit::Seconds));
    tile.setTarget(QStringLiteral("target ≤ 300 ms"));
    PanelThresholds limits = latencyPanel().thresholds;
    tile.setStatus(ChartStatusText::evaluate(limits, 0.42));
    QCOMPARE(tile.valueText(), QStringLiteral("420 ms"));
    QCOMPARE(tile.status(), ChartStatus::Warning);
    QCOMPARE(tile.statusText(), QStringLiteral("Warning")); // a word, not only a colour
    tile.setStatus(ChartStatusText::evaluate(limits, 1.5));
    QCOMPARE(tile.statusText(), QStringLiteral("Critical"));
    tile.setStatus(ChartStatusText::evaluate(limits, 0.1));
    QCOMPARE(tile.statusText(), QStringLiteral("OK"));
    auto *stale = tile.findChild<QLabel *>(QStringLiteral("tileStaleLabel"));
    QVERIFY(stale);
    tile.show();
    QVERIFY(!stale->isVisible());
    tile.setStale(true, QStringLiteral("timeout"));
    QVERIFY(tile.isStale());
    QVERIFY(stale->isVisible());
    QVERIFY(stale->text().contains(QStringLiteral("Stale")));
}

void tst_ChartWidgets::barChart()
{
    BarChart bars;
    bars.setTitle(QStringLiteral("Instances"));
    bars.setData({QStringLiteral("a"), QStringLiteral("b")},
                 {{QStringLiteral("Up"), {10, 20}}, {QStringLiteral("Registered"), {12, 20}}});
    QCOMPARE(bars.categories().size(), 2);
    QCOMPARE(bars.sets().size(), 2);
    // Same shape again: values change in place.
    bars.setData({QStringLiteral("a"), QStringLiteral("b")},
                 {{QStringLiteral("Up"), {11, qQNaN()}}, {QStringLiteral("Registered"), {12, 20}}});
    QCOMPARE(bars.sets()[0].values[0], 11.0);
}

QTEST_MAIN(tst_ChartWidgets)
#include "tst_chartwidgets.moc"
