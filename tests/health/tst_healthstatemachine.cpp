#include "HealthStateMachine.h"

#include <QTest>

using namespace looma;

Q_DECLARE_METATYPE(looma::HealthState)

// Verdict scripts: S success, F failure, T throttled (HTTP 429).
class tst_HealthStateMachine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void criticalForCountsTheStreak();
    void restoreStartsFromKnownState();
    void thresholdsAreClamped();
};

void tst_HealthStateMachine::transitions_data()
{
    QTest::addColumn<int>("rise");
    QTest::addColumn<int>("fall");
    QTest::addColumn<QString>("initial");
    QTest::addColumn<QString>("script");
    // One letter per emitted transition, '.' when the verdict changed nothing:
    // u unknown, p passing, w warning, c critical.
    QTest::addColumn<QString>("expected");

    QTest::newRow("rise to passing") << 2 << 3 << "u" << "SS" << ".p";
    QTest::newRow("fall to critical from unknown") << 2 << 3 << "u" << "FFF" << "..c";
    QTest::newRow("unknown failure streak below fall stays unknown") << 2 << 3 << "u" << "FF" << "..";
    QTest::newRow("passing single failure -> warning") << 2 << 3 << "p" << "F" << "w";
    QTest::newRow("passing -> warning -> critical") << 2 << 3 << "p" << "FFF" << "w.c";
    QTest::newRow("warning recovers after rise") << 2 << 3 << "p" << "FSS" << "w.p";
    QTest::newRow("warning interrupted streak restarts rise") << 2 << 3 << "p" << "FSFSS" << "w...p";
    QTest::newRow("failure streak reset by success") << 2 << 3 << "p" << "FFSFF" << "w....";
    QTest::newRow("critical needs rise successes") << 2 << 3 << "c" << "SFSS" << "...p";
    QTest::newRow("critical stays critical on failures") << 2 << 3 << "c" << "FFFF" << "....";
    QTest::newRow("429 from passing -> warning") << 2 << 3 << "p" << "T" << "w";
    QTest::newRow("429 from unknown -> warning") << 2 << 3 << "u" << "T" << "w";
    QTest::newRow("429 from critical -> warning") << 2 << 3 << "c" << "T" << "w";
    QTest::newRow("429 breaks the failure streak") << 2 << 3 << "p" << "FFTFF" << "w....";
    QTest::newRow("429 then failures reach fall") << 2 << 3 << "p" << "TFFF" << "w..c";
    QTest::newRow("rise 1 fall 1") << 1 << 1 << "u" << "SFSF" << "pcpc";
    QTest::newRow("fall 1 from passing is critical at once") << 2 << 1 << "p" << "F" << "c";
    QTest::newRow("rise 3") << 3 << 3 << "u" << "SSS" << "..p";
    QTest::newRow("passing stays passing on success") << 2 << 3 << "p" << "SSS" << "...";
}

static HealthState stateOfLetter(QChar c)
{
    switch (c.unicode()) {
    case 'p':
        return HealthState::Passing;
    case 'w':
        return HealthState::Warning;
    case 'c':
        return HealthState::Critical;
    default:
        return HealthState::Unknown;
    }
}

void tst_HealthStateMachine::transitions()
{
    QFETCH(int, rise);
    QFETCH(int, fall);
    QFETCH(QString, initial);
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QCOMPARE(script.size(), expected.size());

    HealthStateMachine m(rise, fall);
    m.restore(stateOfLetter(initial.at(0)));
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar v = script.at(i);
        const ProbeVerdict verdict = v == u'S' ? ProbeVerdict::Success
            : v == u'F'                        ? ProbeVerdict::Failure
                                               : ProbeVerdict::Throttled;
        const HealthState before = m.state();
        const auto to = m.record(verdict);
        const QChar want = expected.at(i);
        if (want == u'.') {
            QVERIFY2(!to, qPrintable(QStringLiteral("step %1 emitted a transition").arg(i)));
            QCOMPARE(m.state(), before);
        } else {
            QVERIFY2(to.has_value(), qPrintable(QStringLiteral("step %1 emitted nothing").arg(i)));
            QCOMPARE(*to, stateOfLetter(want));
            QCOMPARE(m.state(), *to);
        }
    }
}

void tst_HealthStateMachine::criticalForCountsTheStreak()
{
    HealthStateMachine m(2, 3);
    m.restore(HealthState::Passing);
    m.record(ProbeVerdict::Failure);
    m.record(ProbeVerdict::Failure);
    QVERIFY(!m.criticalFor(3));
    m.record(ProbeVerdict::Failure);
    QCOMPARE(m.state(), HealthState::Critical);
    QCOMPARE(m.consecutiveFailures(), 3);
    QVERIFY(m.criticalFor(3));
    QVERIFY(!m.criticalFor(4));
    m.record(ProbeVerdict::Failure);
    QVERIFY(m.criticalFor(4));
    m.record(ProbeVerdict::Success);
    QCOMPARE(m.consecutiveFailures(), 0);
    QVERIFY(!m.criticalFor(1));
    QCOMPARE(m.state(), HealthState::Critical); // one success is not `rise`
}

void tst_HealthStateMachine::restoreStartsFromKnownState()
{
    HealthStateMachine m(2, 3);
    m.record(ProbeVerdict::Failure);
    m.restore(HealthState::Passing);
    QCOMPARE(m.state(), HealthState::Passing);
    QCOMPARE(m.consecutiveFailures(), 0);
    QVERIFY(!m.record(ProbeVerdict::Success));
}

void tst_HealthStateMachine::thresholdsAreClamped()
{
    HealthStateMachine m(0, -5);
    QCOMPARE(m.rise(), 1);
    QCOMPARE(m.fall(), 1);
    QCOMPARE(*m.record(ProbeVerdict::Failure), HealthState::Critical);
}

QTEST_GUILESS_MAIN(tst_HealthStateMachine)
#include "tst_healthstatemachine.moc"
