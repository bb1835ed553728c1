#include "PdfReportRenderer.h"
#include "SampleReport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;

namespace {

QString pdfToText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    // NFKC: poppler maps some shared CJK glyphs to Kangxi radicals (⽤ for 用); same text to a reader.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestPdfReportRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the PDF back");
    }

    void figuresAndLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("zh_CN") << "zh_CN"
                               << QStringList{QStringLiteral("SLA 与故障报告"), QStringLiteral("可用性"),
                                              QStringLiteral("故障切换"), QStringLiteral("腾讯云"),
                                              QStringLiteral("第1")};
        QTest::newRow("en") << "en"
                            << QStringList{QStringLiteral("SLA and incident report"), QStringLiteral("Availability"),
                                           QStringLiteral("Failover"), QStringLiteral("Tencent Cloud"),
                                           QStringLiteral("Page 1 /")};
    }
    void figuresAndLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const ReportData data = sampleReport(language);
        QCOMPARE(PdfReportRenderer::write(data, path), QString());
        if (const QByteArray keep = qgetenv("LOOMA_TEST_ARTIFACTS"); !keep.isEmpty()) {
            const QString out = QString::fromLocal8Bit(keep) + QStringLiteral("/report-sample-") + language + QStringLiteral(".pdf");
            QDir().mkpath(QString::fromLocal8Bit(keep));
            QFile::remove(out);
            QFile::copy(path, out);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString text = pdfToText(path);
        QVERIFY(!text.isEmpty());
        // poppler drops the spaces around the page number's CJK glyphs; compare without spaces.
        const QString compact = QString(text).remove(QLatin1Char(' '));
        for (const QString &w : std::as_const(words))
            QVERIFY2(compact.contains(QString(w).remove(QLatin1Char(' '))), qPrintable(w));
        for (const char *figure : {"1,234,567", "99.974%", "187.5 ms", "50.000%", "412.5 ms", "10.8.0.12"})
            QVERIFY2(text.contains(QLatin1String(figure)), figure);
        // 62 incidents do not fit on one page: the table continues, its header row repeated.
        const int pages = int(text.count(QLatin1Char('\f')));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString header = language == QLatin1String("en") ? QStringLiteral("Trigger") : QStringLiteral("触发方式");
        QVERIFY2(text.count(header) >= 2, "the incident table's header row is not repeated");
    }

    // Each chart sits on the page whole, placed at print resolution: an image scaled past the page
    // width is clipped at the right margin, and shows as a low effective resolution (91 ppi).
    void chartsFitThePage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
            QFAIL("pdfimages (poppler-utils) is needed to read the PDF's images back");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("charts.pdf"));
        const ReportData data = sampleReport(QStringLiteral("en"));
        QVERIFY(!data.charts.isEmpty());
        QCOMPARE(PdfReportRenderer::write(data, path), QString());
        QProcess p;
        p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QVERIFY(p.waitForFinished(60000));
        // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        int images = 0;
        for (const QString &line : lines.mid(2)) {
            const QStringList f = line.simplified().split(u' ');
            if (f.size() < 14 || f.at(2) != QLatin1String("image"))
                continue;
            ++images;
            const int xppi = f.at(12).toInt();
            // 1,800 pixels across 0.9 of A4's 180 mm text width: about 280 ppi.
            QVERIFY2(xppi >= 200 && xppi <= 400, qPrintable(line));
        }
        // A chart moved whole to the next page is also emitted, fully clipped, on the page before.
        QVERIFY2(images >= int(data.charts.size()), qPrintable(lines.join(u'\n')));
    }

    void unwritablePathFails()
    {
        QVERIFY(!PdfReportRenderer::write(sampleReport(QStringLiteral("en"), 0), QStringLiteral("/proc/x/y.pdf")).isEmpty());
    }
};

QTEST_MAIN(TestPdfReportRenderer)
#include "tst_pdfreportrenderer.moc"
