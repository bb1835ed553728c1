#include "CheckScheduler.h"
#include "TestHttpServer.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace looma;

class tst_CheckScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checksEveryIntervalWithSpreadPhases();
    void inFlightCapRespected();
    void incrementalUpdate();
    void transitionsAreBatchedAndOnlyChanges();
    void phaseIsStable();

private:
    QList<ServiceInstance> instances(qint64 from, qint64 to) const;
    static QList<CheckPolicy> policies(int intervalMs, int rise, int fall);

    std::unique_ptr<TestHttpServer> m_server;
};

void tst_CheckScheduler::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_server->clock.start();
}

void tst_CheckScheduler::cleanup()
{
    m_server.reset();
}

QList<ServiceInstance> tst_CheckScheduler::instances(qint64 from, qint64 to) const
{
    QList<ServiceInstance> out;
    for (qint64 id = from; id <= to; ++id) {
        ServiceInstance i;
        i.id = id;
        i.serviceId = 1;
        i.healthCheckUrl = QStringLiteral("http://127.0.0.1:%1/i/%2/health").arg(m_server->serverPort()).arg(id);
        out.append(i);
    }
    return out;
}

QList<CheckPolicy> tst_CheckScheduler::policies(int intervalMs, int rise, int fall)
{
    CheckPolicy p; // the default policy (service 0) covers service 1 too
    p.intervalMs = intervalMs;
    p.timeoutMs = intervalMs / 2;
    p.rise = rise;
    p.fall = fall;
    return {p};
}

void tst_CheckScheduler::checksEveryIntervalWithSpreadPhases()
{
    const int n = 200;
    CheckScheduler scheduler;
    scheduler.setFleet(instances(1, n), policies(1000, 2, 3));
    scheduler.start();
    QTest::qWait(3300);
    scheduler.stop();

    // Every instance checked 3 or 4 times in 3.3 s, about 1 s apart.
    QList<qint64> gaps;
    QList<int> phaseBuckets(10, 0);
    for (qint64 id = 1; id <= n; ++id) {
        const QList<qint64> &a = m_server->arrivals.value(id);
        QVERIFY2(a.size() >= 3 && a.size() <= 4, qPrintable(QStringLiteral("id %1: %2").arg(id).arg(a.size())));
        for (qsizetype k = 1; k < a.size(); ++k)
            gaps.append(a.at(k) - a.at(k - 1));
        ++phaseBuckets[int((a.first() % 1000) / 100)];
    }
    std::sort(gaps.begin(), gaps.end());
    QVERIFY2(gaps.first() >= 900 && gaps.last() <= 1100,
             qPrintable(QStringLiteral("gaps %1..%2 ms").arg(gaps.first()).arg(gaps.last())));
    // Phases spread over the interval: every 100 ms tenth holds some of the 200 (20 expected), none a burst.
    for (int b = 0; b < 10; ++b)
        QVERIFY2(phaseBuckets.at(b) >= 5 && phaseBuckets.at(b) <= 45,
                 qPrintable(QStringLiteral("bucket %1 holds %2").arg(b).arg(phaseBuckets.at(b))));
}

void tst_CheckScheduler::inFlightCapRespected()
{
    CheckEngine::Options o;
    o.maxInFlight = 5;
    m_server->instanceDelayMs = 200; // 50 checks/s x 0.2 s = 10 wanted in flight, cap 5
    CheckScheduler scheduler(o);
    QSignalSpy figures(&scheduler, &CheckScheduler::figuresReady);
    scheduler.setFleet(instances(1, 50), policies(1000, 2, 3));
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(figures.count() >= 3, 6000);
    scheduler.stop();
    QVERIFY2(m_server->maxOpen() <= 5, qPrintable(QString::number(m_server->maxOpen())));
    qint64 maxLag = 0;
    for (const QList<QVariant> &args : figures) {
        const auto f = args.at(0).value<SchedulerFigures>();
        QVERIFY(f.inFlight <= 5);
        QCOMPARE(f.inFlightCap, 5);
        QCOMPARE(f.instances, 50);
        maxLag = std::max(maxLag, f.lagMaxMs);
    }
    // Capped at 5 x (1 / 0.2 s) = 25 checks/s for 50 wanted: the schedule slips, and the figures say so.
    QVERIFY2(maxLag > 100, qPrintable(QString::number(maxLag)));
    const auto last = figures.last().at(0).value<SchedulerFigures>();
    QVERIFY2(last.checksPerSecond > 15 && last.checksPerSecond <= 27, qPrintable(QString::number(last.checksPerSecond)));
}

void tst_CheckScheduler::incrementalUpdate()
{
    CheckScheduler scheduler;
    scheduler.setFleet(instances(1, 10), policies(1000, 2, 3));
    scheduler.start();
    QTest::qWait(1200);
    for (qint64 id = 1; id <= 10; ++id)
        QVERIFY(!m_server->arrivals.value(id).isEmpty());
    scheduler.applyChanges(instances(11, 15), {1, 2, 3, 4, 5});
    QTest::qWait(50);
    const qint64 changedAt = m_server->clock.elapsed();
    QTest::qWait(2200);
    scheduler.stop();
    for (qint64 id = 1; id <= 5; ++id) {
        const QList<qint64> &a = m_server->arrivals.value(id);
        QVERIFY2(a.isEmpty() || a.last() <= changedAt, qPrintable(QStringLiteral("removed %1 still checked").arg(id)));
    }
    for (qint64 id = 6; id <= 15; ++id)
        QVERIFY2(m_server->arrivals.value(id).size() >= 2, qPrintable(QStringLiteral("id %1").arg(id)));
}

void tst_CheckScheduler::transitionsAreBatchedAndOnlyChanges()
{
    for (qint64 id = 1; id <= 5; ++id)
        m_server->failingIds.insert(id);
    CheckScheduler scheduler;
    QSignalSpy batches(&scheduler, &CheckScheduler::transitionsReady);
    QSignalSpy sweeps(&scheduler, &CheckScheduler::sweepCompleted);
    scheduler.setFleet(instances(1, 20), policies(1000, 1, 2));
    scheduler.start();
    const auto total = [&] {
        int n = 0;
        for (const QList<QVariant> &args : batches)
            n += int(args.at(0).value<QList<HealthTransition>>().size());
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(total(), 20, 5000);
    QTest::qWait(2100); // two more sweeps of steady state: no more transitions
    scheduler.stop();
    QCOMPARE(total(), 20);
    QVERIFY2(batches.count() < 20, qPrintable(QString::number(batches.count())));
    for (const QList<QVariant> &args : batches) {
        for (const HealthTransition &t : args.at(0).value<QList<HealthTransition>>()) {
            QCOMPARE(t.fromState, HealthState::Unknown);
            QCOMPARE(t.toState, t.instanceId <= 5 ? HealthState::Critical : HealthState::Passing);
            if (t.toState == HealthState::Critical) {
                QCOMPARE(t.consecutiveFailures, 2);
                QVERIFY(t.detail.contains(u"503"));
            }
        }
    }
    QVERIFY(sweeps.count() >= 2);
    const auto s = sweeps.at(1).at(0).value<SweepFigure>();
    QVERIFY2(s.checks >= 15 && s.checks <= 25, qPrintable(QString::number(s.checks)));
    QVERIFY2(s.failingShare > 0.15 && s.failingShare < 0.35, qPrintable(QString::number(s.failingShare)));
}

void tst_CheckScheduler::phaseIsStable()
{
    QCOMPARE(CheckEngine::phaseOf(42, 10000), CheckEngine::phaseOf(42, 10000));
    QList<int> buckets(10, 0);
    for (qint64 id = 1; id <= 10000; ++id) {
        const qint64 p = CheckEngine::phaseOf(id, 10000);
        QVERIFY(p >= 0 && p < 10000);
        ++buckets[int(p / 1000)];
    }
    for (int b : buckets)
        QVERIFY2(b > 850 && b < 1150, qPrintable(QString::number(b))); // 1,000 expected per tenth
}

QTEST_GUILESS_MAIN(tst_CheckScheduler)
#include "tst_checkscheduler.moc"
