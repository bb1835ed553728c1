#include "SeriesDecimator.h"

#include <QtTest>

#include <cmath>

using namespace looma;

// Decimation keeps at most two points per pixel bucket (the bucket's min and max, in time order),
// drops non-finite values and leaves short series alone.
class tst_SeriesDecimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimate_data();
    void decimate();
    void spikeSurvives();
    void boundedOutput_data();
    void boundedOutput();
};

namespace {

QList<PromPoint> points(const QList<double> &values, qint64 startMs = 0, qint64 stepMs = 1000)
{
    QList<PromPoint> out;
    for (qsizetype i = 0; i < values.size(); ++i)
        out.append({startMs + i * stepMs, values[i]});
    return out;
}

QList<QPointF> pts(const QList<QPair<double, double>> &xy)
{
    QList<QPointF> out;
    for (const auto &p : xy)
        out.append(QPointF(p.first, p.second));
    return out;
}

} // namespace

void tst_SeriesDecimator::decimate_data()
{
    QTest::addColumn<QList<PromPoint>>("input");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<int>("pixels");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QList<QPointF>>("expected");

    const double nan = qQNaN();
    const double inf = qInf();
    QTest::newRow("empty") << QList<PromPoint>{} << qint64(0) << qint64(1000) << 10 << 1.0 << QList<QPointF>{};
    QTest::newRow("short series kept as is") << points({1, 2, 3}) << qint64(0) << qint64(2000) << 10 << 1.0
                                             << pts({{0, 1}, {1000, 2}, {2000, 3}});
    QTest::newRow("scale applied (s to ms)") << points({0.25, 0.5}) << qint64(0) << qint64(1000) << 10 << 1000.0
                                             << pts({{0, 250}, {1000, 500}});
    QTest::newRow("non-finite dropped") << points({1, nan, inf, -inf, 5}) << qint64(0) << qint64(4000) << 10 << 1.0
                                        << pts({{0, 1}, {4000, 5}});
    // 8 points into 2 buckets of 4: each bucket gives its min and max in time order.
    QTest::newRow("min max per bucket") << points({5, 1, 9, 3, 2, 8, 4, 6}) << qint64(0) << qint64(8000) << 2 << 1.0
                                        << pts({{1000, 1}, {2000, 9}, {4000, 2}, {5000, 8}});
    // Max before min in time: the order follows time, not value.
    QTest::newRow("time order inside bucket") << points({3, 9, 5, 1, 7}) << qint64(0) << qint64(5000) << 1 << 1.0
                                              << pts({{1000, 9}, {3000, 1}});
    // A flat bucket (min and max the same point) gives one point.
    QTest::newRow("flat bucket, one point") << points({2, 2, 2, 2, 2}) << qint64(0) << qint64(5000) << 1 << 1.0
                                            << pts({{0, 2}});
    // Invalid range: taken from the points.
    QTest::newRow("range from points") << points({4, 0, 0, 8, 1}, 10000) << qint64(0) << qint64(0) << 1 << 1.0
                                       << pts({{11000, 0}, {13000, 8}});
}

void tst_SeriesDecimator::decimate()
{
    QFETCH(QList<PromPoint>, input);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(int, pixels);
    QFETCH(double, scale);
    QFETCH(QList<QPointF>, expected);
    QCOMPARE(SeriesDecimator::decimate(input, startMs, endMs, pixels, scale), expected);
}

void tst_SeriesDecimator::spikeSurvives()
{
    // 7 days at 15 s: 40,320 points into 600 pixels; one sample at 50 must still be plotted.
    QList<double> values(40320, 0.2);
    values[12345] = 50.0;
    const QList<QPointF> out = SeriesDecimator::decimate(points(values, 0, 15000), 0, 40319LL * 15000, 600);
    double top = 0;
    for (const QPointF &p : out)
        top = std::max(top, p.y());
    QCOMPARE(top, 50.0);
    QVERIFY2(out.size() <= 1200, qPrintable(QString::number(out.size())));
}

void tst_SeriesDecimator::boundedOutput_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pixels");
    QTest::newRow("1h at 2s, 600 px") << 1800 << 600;
    QTest::newRow("24h at 15s, 800 px") << 5760 << 800;
    QTest::newRow("11000 points, 100 px") << 11000 << 100;
    QTest::newRow("zero width treated as one bucket") << 500 << 0;
}

void tst_SeriesDecimator::boundedOutput()
{
    QFETCH(int, count);
    QFETCH(int, pixels);
    QList<double> values;
    for (int i = 0; i < count; ++i)
        values.append(std::sin(i * 0.37) * 100.0);
    const QList<QPointF> out = SeriesDecimator::decimate(points(values), 0, qint64(count - 1) * 1000, pixels);
    QVERIFY(out.size() <= 2 * std::max(1, pixels));
    QVERIFY(!out.isEmpty());
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out[i].x() > out[i - 1].x()); // strictly increasing time: a line, not a scribble
}

QTEST_APPLESS_MAIN(tst_SeriesDecimator)
#include "tst_seriesdecimator.moc"
