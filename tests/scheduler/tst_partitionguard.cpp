// The partition guard: episodes, the look-back share and tiny sweeps.
#include "PartitionGuard.h"

#include <QTest>

using looma::PartitionGuard;
using looma::SweepFigure;

namespace {

SweepFigure sweep(int checks, int failures)
{
    SweepFigure s;
    s.checks = checks;
    s.failures = failures;
    s.failingShare = checks > 0 ? double(failures) / checks : 0.0;
    return s;
}

} // namespace

class tst_PartitionGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void episodes_data();
    void episodes();
    void shareLooksBackOverTheWindow();
    void tinySweepsNeverTrip();
};

void tst_PartitionGuard::episodes_data()
{
    // Each row: failing counts per sweep of 100 checks, then the expected number of episode
    // starts and ends, and whether an episode is open at the end.
    QTest::addColumn<QList<int>>("failures");
    QTest::addColumn<int>("starts");
    QTest::addColumn<int>("ends");
    QTest::addColumn<bool>("open");
    QTest::newRow("quiet") << QList<int>{0, 1, 2, 29} << 0 << 0 << false;
    QTest::newRow("at threshold") << QList<int>{30} << 1 << 0 << true;
    QTest::newRow("one long episode") << QList<int>{50, 60, 55, 70} << 1 << 0 << true;
    QTest::newRow("two quiet sweeps do not end it") << QList<int>{50, 10, 10, 50} << 1 << 0 << true;
    QTest::newRow("three quiet sweeps end it") << QList<int>{50, 10, 10, 10} << 1 << 1 << false;
    QTest::newRow("two episodes") << QList<int>{50, 0, 0, 0, 40, 0, 0, 0} << 2 << 2 << false;
}

void tst_PartitionGuard::episodes()
{
    QFETCH(QList<int>, failures);
    QFETCH(int, starts);
    QFETCH(int, ends);
    QFETCH(bool, open);
    PartitionGuard guard(0.30, 3, 10);
    int started = 0;
    int ended = 0;
    for (int f : failures) {
        const auto u = guard.addSweep(sweep(100, f));
        started += u.episodeStarted ? 1 : 0;
        ended += u.episodeEnded ? 1 : 0;
    }
    QCOMPARE(started, starts);
    QCOMPARE(ended, ends);
    QCOMPARE(guard.suspected(), open);
}

void tst_PartitionGuard::shareLooksBackOverTheWindow()
{
    PartitionGuard guard(0.30, 3, 10);
    guard.addSweep(sweep(100, 45));
    guard.addSweep(sweep(100, 5));
    guard.addSweep(sweep(100, 5));
    QCOMPARE(guard.share(), 0.45); // the loud sweep is still inside the window
    guard.addSweep(sweep(100, 5));
    QCOMPARE(guard.share(), 0.05);
}

void tst_PartitionGuard::tinySweepsNeverTrip()
{
    PartitionGuard guard(0.30, 3, 10);
    const auto u = guard.addSweep(sweep(3, 3));
    QVERIFY(!u.episodeStarted);
    QCOMPARE(guard.share(), 0.0);
}

QTEST_GUILESS_MAIN(tst_PartitionGuard)
#include "tst_partitionguard.moc"
