#include "HtmlReportRenderer.h"
#include "SampleReport.h"

#include <QRegularExpression>
#include <QTest>

using namespace looma;

class TestHtmlReportRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfContained_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("heading");
        QTest::newRow("zh_CN") << "zh_CN" << "zh-CN" << QStringLiteral("SLA 与故障报告");
        QTest::newRow("en") << "en" << "en" << "SLA and incident report";
    }
    void selfContained()
    {
        QFETCH(QString, language);
        QFETCH(QString, lang);
        QFETCH(QString, heading);
        const ReportData data = sampleReport(language, 3);
        const QString html = QString::fromUtf8(HtmlReportRenderer::render(data));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(heading));
        // Nothing is fetched when the file opens: no external URL in src/href, no <link>, no @import.
        const QRegularExpression external(QStringLiteral("(src|href)\\s*=\\s*\"(?!data:)"));
        QVERIFY(!external.match(html).hasMatch());
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("@import")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        // Charts are embedded PNGs, one per chart.
        QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), data.charts.size());
        // The figures.
        QVERIFY(html.contains(QStringLiteral("1,234,567")));
        QVERIFY(html.contains(QStringLiteral("99.974%"))); // ai-gateway: 1 - 321/1234567
        QVERIFY(html.contains(QStringLiteral("187.5 ms")));
        QVERIFY(html.contains(QStringLiteral("50.000%"))); // matching-service availability
        QVERIFY(html.contains(QStringLiteral("10.8.0.12:8208")));
        QVERIFY(html.contains(QStringLiteral("query timed out"))); // the gap is stated
        // Escaping: the failover reason's quotes are HTML-escaped.
        QVERIFY(html.contains(QStringLiteral("&quot;503&quot;")));
        QVERIFY(html.contains(QStringLiteral("class=\"fail\"")));
    }
};

QTEST_MAIN(TestHtmlReportRenderer)
#include "tst_htmlreportrenderer.moc"
