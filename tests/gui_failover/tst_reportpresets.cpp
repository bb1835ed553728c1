#include "reports/ReportPresets.h"

#include <QTest>
#include <QTimeZone>

using namespace looma;
using Range = ReportPresets::Range;

class tst_ReportPresets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void span_data();
    void span();
    void defaultFileName_data();
    void defaultFileName();
};

void tst_ReportPresets::span_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    const QDateTime now(QDate(2024, 3, 15), QTime(9, 30), Qt::UTC);
    QTest::newRow("24 h") << int(Range::Last24Hours) << now << QDateTime(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC)
                          << now;
    QTest::newRow("7 d") << int(Range::Last7Days) << now << QDateTime(QDate(2024, 3, 8), QTime(9, 30), Qt::UTC)
                         << now;
    QTest::newRow("last month: February of a leap year")
        << int(Range::LastMonth) << now << QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC)
        << QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime january(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("last month across the year, at midnight")
        << int(Range::LastMonth) << january << QDateTime(QDate(2023, 12, 1), QTime(0, 0), Qt::UTC) << january;
    const QDateTime shanghai(QDate(2024, 7, 1), QTime(0, 10), QTimeZone("Asia/Shanghai"));
    QTest::newRow("last month in the zone of now")
        << int(Range::LastMonth) << shanghai << QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone("Asia/Shanghai"))
        << QDateTime(QDate(2024, 7, 1), QTime(0, 0), QTimeZone("Asia/Shanghai"));
    QTest::newRow("custom") << int(Range::Custom) << now << QDateTime() << QDateTime();
}

void tst_ReportPresets::span()
{
    QFETCH(int, range);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    const ReportPresets::Span s = ReportPresets::span(Range(range), now);
    QCOMPARE(s.from, from);
    QCOMPARE(s.to, to);
    if (from.isValid()) {
        ReportRequest request;
        request.from = s.from;
        request.to = s.to;
        QVERIFY(request.validate(now).isEmpty()); // every preset is a valid request at `now`
    }
}

void tst_ReportPresets::defaultFileName_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("all pdf") << QStringLiteral("all") << int(ReportFormat::Pdf)
                             << QStringLiteral("looma-report_all_20240201-0000_20240301-0000.pdf");
    QTest::newRow("cloud html") << QStringLiteral("cloud:tencent") << int(ReportFormat::Html)
                                << QStringLiteral("looma-report_cloud-tencent_20240201-0000_20240301-0000.html");
    QTest::newRow("service csv is a folder") << QStringLiteral("service:ai-gateway") << int(ReportFormat::Csv)
                                             << QStringLiteral("looma-report_service-ai-gateway_20240201-0000_20240301-0000");
}

void tst_ReportPresets::defaultFileName()
{
    QFETCH(QString, scope);
    QFETCH(int, format);
    QFETCH(QString, name);
    ReportRequest request;
    request.from = QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
    request.to = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    request.scope = *ReportScope::fromText(scope);
    request.format = ReportFormat(format);
    QCOMPARE(ReportPresets::defaultFileName(request), name);
}

QTEST_GUILESS_MAIN(tst_ReportPresets)
#include "tst_reportpresets.moc"
