#include "CsvReportWriter.h"
#include "SampleReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;

namespace {

// An independent RFC 4180 reader: quoted fields, doubled quotes, CRLF records, newlines in quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

class TestCsvReportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "ai-gateway" << "ai-gateway";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb" << "\"a\rb\"";
        QTest::newRow("chinese unquoted") << QStringLiteral("腾讯云") << QStringLiteral("腾讯云");
        QTest::newRow("empty") << "" << "";
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvReportWriter::field(value), expected);
        QCOMPARE(parseCsv(CsvReportWriter::field(value) + QStringLiteral("\r\n")).value(0).value(0), value);
    }

    void writesThreeFilesThatParseBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ReportData data = sampleReport(QStringLiteral("zh_CN"));
        QCOMPARE(CsvReportWriter::write(data, dir.filePath(QStringLiteral("out"))), QString());
        for (const QString &name : CsvReportWriter::fileNames()) {
            QFile f(dir.filePath(QStringLiteral("out/") + name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(name));
            QVERIFY(bytes.endsWith("\r\n"));
        }
        auto read = [&](const char *name) {
            QFile f(dir.filePath(QStringLiteral("out/") + QLatin1String(name)));
            f.open(QIODevice::ReadOnly);
            return parseCsv(QString::fromUtf8(f.readAll().mid(3)));
        };

        const QList<QStringList> summary = read("summary.csv");
        QCOMPARE(summary.size(), data.summary.size() + 1);
        QCOMPARE(summary[0][0], QStringLiteral("服务")); // the header is in the report's language
        for (int i = 0; i < data.summary.size(); ++i) {
            const QStringList &r = summary[i + 1];
            QCOMPARE(r.size(), summary[0].size());
            QCOMPARE(r[0], data.summary[i].name);
            if (data.summary[i].totalRequests > 0) {
                const double total = r[1].toDouble();
                const double failed = r[2].toDouble();
                QCOMPARE(total, data.summary[i].totalRequests);
                QVERIFY(std::abs(r[3].toDouble() - (total - failed) / total) < 1e-6);
            }
        }
        QCOMPARE(summary[2][4], QStringLiteral("fail"));  // matching-service availability
        QCOMPARE(summary[3][3], QString());               // vector-service: no data, not 0

        const QList<QStringList> incidents = read("incidents.csv");
        QCOMPARE(incidents.size(), data.incidents.size() + 1);
        QCOMPARE(incidents[2][11], data.incidents[1].reason); // comma, quotes, newline and Chinese survive
        QCOMPARE(incidents[2][10], QStringLiteral("张伟@ops-desk"));
        qint64 seconds = 0;
        for (int i = 1; i < incidents.size(); ++i)
            seconds += incidents[i][7].toLongLong();
        qint64 expected = 0;
        for (const Incident &i : data.incidents)
            expected += i.durationSeconds;
        QCOMPARE(seconds, expected);

        const QList<QStringList> fleet = read("fleet.csv");
        QCOMPARE(fleet.size(), 3);
        QCOMPARE(fleet[1][5].toInt(), 5000);
        QCOMPARE(fleet[2][7], QString()); // missing memory stays empty
    }

    void unwritableDirectoryFails()
    {
        QVERIFY(!CsvReportWriter::write(sampleReport(QStringLiteral("en")), QStringLiteral("/proc/no/such")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReportWriter)
#include "tst_csvreportwriter.moc"
