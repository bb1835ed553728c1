#include "QueryGovernor.h"

#include <QTest>

using namespace looma;

class tst_QueryGovernor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void step_data();
    void step();
    void clampStep_data();
    void clampStep();
    void queueKeepsCap();
    void removeQueued();
};

void tst_QueryGovernor::step_data()
{
    QTest::addColumn<qint64>("range");
    QTest::addColumn<int>("pixels");
    QTest::addColumn<int>("scrape");
    QTest::addColumn<qint64>("step");
    QTest::newRow("1h on 1200 px, 15 s scrape: scrape wins") << qint64(3600) << 1200 << 15 << qint64(15);
    QTest::newRow("1h on 1200 px, 2 s scrape: pixels win") << qint64(3600) << 1200 << 2 << qint64(3);
    QTest::newRow("24h on 800 px") << qint64(86400) << 800 << 15 << qint64(108);
    QTest::newRow("rounded up to whole seconds") << qint64(1000) << 300 << 1 << qint64(4);
    QTest::newRow("30 d on 100000 px: 11k point cap") << qint64(30 * 86400) << 100000 << 1 << qint64(236);
    QTest::newRow("zero width treated as one pixel") << qint64(600) << 0 << 15 << qint64(600);
    QTest::newRow("empty range") << qint64(0) << 800 << 15 << qint64(15);
    QTest::newRow("scrape below 1 s") << qint64(60) << 6000 << 0 << qint64(1);
}

void tst_QueryGovernor::step()
{
    QFETCH(qint64, range);
    QFETCH(int, pixels);
    QFETCH(int, scrape);
    QFETCH(qint64, step);
    const qint64 s = QueryGovernor::stepSeconds(range, pixels, scrape);
    QCOMPARE(s, step);
    QVERIFY(range / s + 1 <= QueryGovernor::MaxPointsPerSeries);
}

void tst_QueryGovernor::clampStep_data()
{
    QTest::addColumn<qint64>("range");
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<qint64>("step");
    QTest::newRow("fine") << qint64(3600) << qint64(15) << qint64(15);
    QTest::newRow("zero becomes one") << qint64(60) << qint64(0) << qint64(1);
    QTest::newRow("exactly 11000 points") << qint64(10999) << qint64(1) << qint64(1);
    QTest::newRow("11001 points refused") << qint64(11000) << qint64(1) << qint64(2);
    QTest::newRow("a year at 1 s") << qint64(365 * 86400) << qint64(1) << qint64(2868);
}

void tst_QueryGovernor::clampStep()
{
    QFETCH(qint64, range);
    QFETCH(qint64, requested);
    QFETCH(qint64, step);
    const qint64 s = QueryGovernor::clampStep(range, requested);
    QCOMPARE(s, step);
    QVERIFY(range / s + 1 <= QueryGovernor::MaxPointsPerSeries);
}

void tst_QueryGovernor::queueKeepsCap()
{
    QueryGovernor g(3);
    for (quint64 id = 1; id <= 20; ++id)
        g.enqueue(id);
    QList<quint64> started;
    while (auto id = g.takeNext())
        started.append(*id);
    QCOMPARE(started, (QList<quint64>{1, 2, 3}));
    QCOMPARE(g.inFlight(), 3);
    QCOMPARE(g.queued(), 17);
    g.release();
    QCOMPARE(g.takeNext(), std::optional<quint64>(4)); // FIFO
    QVERIFY(!g.takeNext());
    while (g.inFlight() > 0 || g.queued() > 0) {
        g.release();
        while (auto id = g.takeNext())
            started.append(*id);
    }
    QCOMPARE(g.peakInFlight(), 3);
}

void tst_QueryGovernor::removeQueued()
{
    QueryGovernor g(1);
    g.enqueue(7);
    g.enqueue(8);
    QCOMPARE(g.takeNext(), std::optional<quint64>(7));
    QVERIFY(g.removeQueued(8));
    QVERIFY(!g.removeQueued(7)); // already running
    g.release();
    QVERIFY(!g.takeNext());
}

QTEST_GUILESS_MAIN(tst_QueryGovernor)
#include "tst_querygovernor.moc"
