#include "status/AgeText.h"
#include "status/SourceStatusWidget.h"

#include <QLabel>
#include <QTest>

using namespace looma;

class tst_SourceStatusWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatAge_data();
    void formatAge();
    void showsEachState();
    void staleShowsAgeAndErrorAndKeepsAgeing();

private:
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
};

void tst_SourceStatusWidget::formatAge_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("never") << qint64(-1) << QString();
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("59 s");
    QTest::newRow("60 s") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("59 min") << qint64(3599) << QStringLiteral("59 min");
    QTest::newRow("1 h 1 min") << qint64(3660) << QStringLiteral("1 h 1 min");
    QTest::newRow("2 d 3 h") << qint64(2 * 86400 + 3 * 3600 + 59) << QStringLiteral("2 d 3 h");
}

void tst_SourceStatusWidget::formatAge()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(looma::formatAge(seconds), expected);
}

void tst_SourceStatusWidget::showsEachState()
{
    SourceStatusWidget widget(DataSource::Registry);
    widget.setClock([this] { return m_t0; });
    QCOMPARE(widget.text(), QStringLiteral("Registry: not configured"));

    SourceStatus status;
    status.state = SourceStatus::State::Connecting;
    widget.setStatus(status);
    QCOMPARE(widget.text(), QStringLiteral("Registry: connecting…"));

    status.state = SourceStatus::State::Live;
    status.lastSuccess = m_t0.addSecs(-5);
    widget.setStatus(status);
    QCOMPARE(widget.text(), QStringLiteral("Registry: live · 5 s"));

    status.state = SourceStatus::State::Stale;
    status.lastSuccess = QDateTime();
    status.error = QStringLiteral("connection refused");
    widget.setStatus(status);
    QCOMPARE(widget.text(), QStringLiteral("Registry: stale · no data yet"));
    QVERIFY(widget.toolTip().contains(u"connection refused"));
    // Not colour only: each state has its own icon beside the words.
    QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("statusIconLabel"))->pixmap().isNull());
}

void tst_SourceStatusWidget::staleShowsAgeAndErrorAndKeepsAgeing()
{
    QDateTime now = m_t0;
    SourceStatusWidget widget(DataSource::Prometheus);
    widget.setClock([&now] { return now; });
    SourceStatus status;
    status.state = SourceStatus::State::Stale;
    status.lastSuccess = m_t0.addSecs(-125);
    status.error = QStringLiteral("HTTP 503: service unavailable");
    widget.setStatus(status);
    QCOMPARE(widget.text(), QStringLiteral("Prometheus: stale · 2 min"));
    QVERIFY(widget.toolTip().contains(u"HTTP 503: service unavailable"));
    QVERIFY(widget.toolTip().contains(u"Last data"));

    // No new status arrives, yet the age text moves on by itself (the one-second timer).
    now = m_t0.addSecs(3600);
    QTRY_COMPARE_WITH_TIMEOUT(widget.text(), QStringLiteral("Prometheus: stale · 1 h 2 min"), 3000);
}

QTEST_MAIN(tst_SourceStatusWidget)
#include "tst_sourcestatuswidget.moc"
