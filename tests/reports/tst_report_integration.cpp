#include "StackEnv.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

// End to end against the local stack: inject errors into matching-service, record a failover in the
// registry, write the report through the CLI, and check its figures against an independent
// calculation made here (own PromQL over HTTP, own SQL through psql), not through the report code.
class TestReportIntegration final : public QObject
{
    Q_OBJECT

private:
    looma::test::StackEnv m_env;
    QNetworkAccessManager m_nam;

    QByteArray http(const QByteArray &verb, const QUrl &url, const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->readAll();
    }

    double promScalar(const QString &promql, const QDateTime &at)
    {
        QUrl url(m_env.promUrl() + QStringLiteral("/api/v1/query"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), promql);
        q.addQueryItem(QStringLiteral("time"), QString::number(at.toSecsSinceEpoch()));
        url.setQuery(q);
        const QJsonArray result =
            QJsonDocument::fromJson(http("GET", url)).object().value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
        if (result.isEmpty())
            return std::nan("");
        return result.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
    }

    QString psql(const QString &sql)
    {
        QProcess p;
        p.start(QStringLiteral("psql"), {m_env.pgDsn(), QStringLiteral("-At"), QStringLiteral("-v"),
                                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    static QList<QStringList> readCsv(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QByteArray bytes = f.readAll();
        QList<QStringList> rows;
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return rows;
        // Fields here hold no quotes or newlines except the failover reason, which this test writes
        // without them; a full RFC 4180 reader is in tst_csvreportwriter.
        for (const QByteArray &line : bytes.mid(3).split('\n')) {
            const QString l = QString::fromUtf8(line).trimmed();
            if (!l.isEmpty())
                rows << l.split(QLatin1Char(','));
        }
        return rows;
    }

    int runReport(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/looma-ops"),
                QStringList{QStringLiteral("report"), QStringLiteral("--quiet")} + args);
        if (!p.waitForFinished(240000))
            return -1;
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = looma::test::StackEnv::load();
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    }

    // The command line's other formats and failures: HTML against the real stack; a reversed range
    // refused with exit 2 before anything is asked; unreachable sources give exit 3 and a report
    // written anyway, naming the gap.
    void cliHtmlAndFailures()
    {
        QTemporaryDir dir;
        const QDateTime to = QDateTime::currentDateTimeUtc();
        const QString from = to.addSecs(-600).toString(Qt::ISODate);
        const QString html = dir.filePath(QStringLiteral("r.html"));
        QCOMPARE(runReport({QStringLiteral("--from"), from, QStringLiteral("--to"), to.toString(Qt::ISODate),
                            QStringLiteral("--registry"), m_env.pgDsn(), QStringLiteral("--prometheus"), m_env.promUrl(),
                            QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--format"),
                            QStringLiteral("html"), QStringLiteral("--output"), html}),
                 0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        QVERIFY(text.contains(QStringLiteral("<html")));
        QVERIFY(text.contains(QStringLiteral("matching-service")));

        const QString reversed = dir.filePath(QStringLiteral("reversed.html"));
        QCOMPARE(runReport({QStringLiteral("--from"), to.toString(Qt::ISODate), QStringLiteral("--to"), from,
                            QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), reversed}),
                 2);
        QVERIFY(!QFileInfo::exists(reversed));

        const QString gaps = dir.filePath(QStringLiteral("gaps.html"));
        QCOMPARE(runReport({QStringLiteral("--from"), from, QStringLiteral("--to"), to.toString(Qt::ISODate),
                            QStringLiteral("--registry"), QStringLiteral("host=127.0.0.1 port=1 dbname=none"),
                            QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--lang"),
                            QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("html"),
                            QStringLiteral("--output"), gaps}),
                 3);
        QFile written(gaps);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString gapText = QString::fromUtf8(written.readAll());
        QVERIFY(gapText.contains(QStringLiteral("Data gaps")));
        QVERIFY(gapText.contains(QStringLiteral("127.0.0.1:1")));
    }

    void outageShowsInReport()
    {
        const QString control = m_env.fleetsimControlUrl();
        // Whole seconds, as --from/--to pass them: otherwise from.secsTo(to) below can be a
        // second shorter than the report's window, and the two increase() figures differ.
        const QDateTime from = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 5, Qt::UTC);
        const QByteArray created = http("POST", QUrl(control + QStringLiteral("/faults")),
                                        R"({"kind":"errors","target":{"service":"matching-service"},"error_rate":0.5})");
        QVERIFY2(created.contains("affected_instances"), created.constData());
        const QString inserted = psql(QStringLiteral(
            "INSERT INTO failover_events (failover_group, service_id, trigger, actor, reason, fencing_generation, "
            "outcome, started_at, committed_at, finished_at) "
            "SELECT si.failover_group, si.service_id, 'manual', 'report-test', 'injected outage 张', si.generation, "
            "'committed', now(), now(), now() + interval '3 seconds' FROM service_instances si "
            "JOIN services s ON s.id = si.service_id WHERE s.name = 'matching-service' LIMIT 1 RETURNING id"));
        QVERIFY2(!inserted.isEmpty(), "could not record a failover");
        QThread::sleep(45); // several scrapes with the fault active
        const QDateTime to = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        http("DELETE", QUrl(control + QStringLiteral("/faults")));

        QTemporaryDir dir;
        const QStringList common{QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                                 to.toString(Qt::ISODate), QStringLiteral("--registry"), m_env.pgDsn(),
                                 QStringLiteral("--prometheus"), m_env.promUrl(), QStringLiteral("--lang"),
                                 QStringLiteral("en")};
        QCOMPARE(runReport(common + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                                                dir.filePath(QStringLiteral("csv"))}),
                 0);
        QCOMPARE(runReport(common + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                                                dir.filePath(QStringLiteral("r.pdf"))}),
                 0);

        // Independent figures.
        const qint64 secs = from.secsTo(to);
        const QString window = QStringLiteral("[%1s]").arg(secs);
        const double total = promScalar(
            QStringLiteral("sum(increase(looma_ai_requests_total{service=\"matching-service\"}%1))").arg(window), to);
        const double bad = promScalar(
            QStringLiteral("sum(increase(looma_ai_requests_total{service=\"matching-service\",code=\"5xx\"}%1))").arg(window), to);
        const double p95 = promScalar(QStringLiteral("histogram_quantile(0.95, sum by (le) (increase("
                                                     "looma_ai_request_duration_seconds_bucket{service=\"matching-service\"}%1)))")
                                          .arg(window),
                                      to);
        QVERIFY(total > 0);
        const double availability = 1.0 - bad / total;
        QVERIFY2(availability < 0.9, qPrintable(QString::number(availability))); // the fault shows

        const QList<QStringList> summary = readCsv(dir.filePath(QStringLiteral("csv/summary.csv")));
        bool found = false;
        for (const QStringList &r : summary) {
            if (r.value(0) == QLatin1String("matching-service")) {
                found = true;
                QVERIFY2(std::abs(r.value(3).toDouble() - availability) < 1e-5, qPrintable(r.join(QLatin1Char(','))));
                QCOMPARE(r.value(4), QStringLiteral("fail"));
                QVERIFY2(std::abs(r.value(5).toDouble() - p95 * 1000.0) < 0.01, qPrintable(r.join(QLatin1Char(','))));
                QVERIFY(std::abs(r.value(1).toDouble() - std::round(total)) <= 1.0);
            }
        }
        QVERIFY(found);

        const int failovers = psql(QStringLiteral("SELECT count(*) FROM failover_events WHERE started_at >= '%1' "
                                                  "AND started_at < '%2'")
                                       .arg(from.toString(Qt::ISODateWithMs), to.toString(Qt::ISODateWithMs)))
                                  .toInt();
        QVERIFY(failovers >= 1);
        int csvFailovers = 0;
        for (const QStringList &r : readCsv(dir.filePath(QStringLiteral("csv/incidents.csv"))))
            csvFailovers += r.value(0) == QLatin1String("failover") ? 1 : 0;
        QCOMPARE(csvFailovers, failovers);

        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(QString::number(availability * 100.0, 'f', 3) + QLatin1Char('%')),
                 qPrintable(QString::number(availability * 100.0, 'f', 3)));
        QVERIFY(pdf.contains(QStringLiteral("report-test")));
    }
};

QTEST_GUILESS_MAIN(TestReportIntegration)
#include "tst_report_integration.moc"
