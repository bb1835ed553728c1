#include "DomainEnums.h"

#include <QTest>

using namespace looma;

class tst_DomainEnums final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejectsUnknownWords();
};

void tst_DomainEnums::roundTrip_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("known");
    for (const char *w : {"primary", "standby", "active"})
        QTest::newRow(w) << QString::fromLatin1(w) << true;
    QTest::newRow("capitalised") << QStringLiteral("Primary") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("padded") << QStringLiteral(" active") << false;
}

void tst_DomainEnums::roundTrip()
{
    QFETCH(QString, word);
    QFETCH(bool, known);
    const auto role = instanceRoleFromDb(word);
    QCOMPARE(role.has_value(), known);
    if (known)
        QCOMPARE(toDbText(*role), word);
}

void tst_DomainEnums::rejectsUnknownWords()
{
    QVERIFY(!cloudFromDb(u"aws"));
    QCOMPARE(cloudFromDb(u"alibaba"), Cloud::Alibaba);
    QCOMPARE(toDbText(FailoverOutcome::ActuationFailed), QStringLiteral("actuation_failed"));
    QCOMPARE(healthStateFromDb(u"critical"), HealthState::Critical);
    QVERIFY(!healthStateFromDb(u"dead"));
    QCOMPARE(nodeStatusFromDb(u"draining"), NodeStatus::Draining);
}

QTEST_GUILESS_MAIN(tst_DomainEnums)
#include "tst_domainenums.moc"
