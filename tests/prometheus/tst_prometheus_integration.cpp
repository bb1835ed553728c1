#include "PanelLoader.h"
#include "PromClient.h"
#include "StackEnv.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace looma;

// Against the REAL Prometheus of the local stack (CTest fixture "stack"). Only what any
// Prometheus has is assumed for the first checks (`up`, the targets list); the simulator's own
// metrics are checked last, polling, since a new target's first sample takes a few seconds.
class tst_PrometheusIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instantVectorUp();
    void countUpScalarAndString();
    void rangeQuery();
    void badQueryIsApiError();
    void alerts();
    void targets();
    void defaultPanelsAreValidPromQL();
    void simulatorMetrics();

private:
    PromError query(const QString &promql, PromQueryResult *result);
    // Polls promql until it returns a non-empty vector or the deadline passes.
    PromError pollNonEmpty(const QString &promql, PromQueryResult *result, int seconds);

    test::StackEnv m_env;
    PromClient *m_client = nullptr;
};

void tst_PrometheusIntegration::initTestCase()
{
    m_env = test::StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(QStringLiteral("needs the stack fixture: ") + m_env.error()));
    QVERIFY2(!m_env.promUrl().isEmpty(), "stack.env has no LOOMA_PROM_URL");
    m_client = new PromClient(this);
    PromConfig config;
    config.baseUrl = QUrl(m_env.promUrl());
    config.scrapeIntervalSeconds =
        std::max(1, m_env.value(QStringLiteral("LOOMA_SCRAPE_INTERVAL")).toInt());
    m_client->setConfig(config);
    QVERIFY2(config.validate().isEmpty(), qPrintable(config.validate()));
}

PromError tst_PrometheusIntegration::query(const QString &promql, PromQueryResult *result)
{
    QSignalSpy spy(m_client, &PromClient::queryFinished);
    m_client->query(promql);
    if (!spy.wait(15000))
        return {PromError::Kind::Timeout, QStringLiteral("no signal")};
    *result = spy.at(0).at(1).value<PromQueryResult>();
    return spy.at(0).at(2).value<PromError>();
}

PromError tst_PrometheusIntegration::pollNonEmpty(const QString &promql, PromQueryResult *result,
                                                  int seconds)
{
    QDeadlineTimer deadline(seconds * 1000);
    PromError e;
    do {
        e = query(promql, result);
        if (!e.isError() && !result->samples.isEmpty())
            return e;
        QTest::qWait(500);
    } while (!deadline.hasExpired());
    return e;
}

void tst_PrometheusIntegration::instantVectorUp()
{
    PromQueryResult r;
    const PromError e = pollNonEmpty(QStringLiteral("up"), &r, 60);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(r.type, PromQueryResult::Type::Vector);
    QVERIFY2(!r.samples.isEmpty(), "no `up` sample within 60 s");
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const PromSample &s : std::as_const(r.samples)) {
        QVERIFY(s.labels.contains(QStringLiteral("job")));
        QVERIFY(s.labels.contains(QStringLiteral("instance")));
        QVERIFY(s.value == 0.0 || s.value == 1.0);
        QVERIFY(std::abs(s.timestampMs - nowMs) < 60'000);
    }
    QCOMPARE(m_client->status().state, SourceStatus::State::Live);
}

void tst_PrometheusIntegration::countUpScalarAndString()
{
    PromQueryResult up, count, scalar, text;
    QVERIFY(!pollNonEmpty(QStringLiteral("up"), &up, 30).isError());
    QVERIFY(!query(QStringLiteral("count(up)"), &count).isError());
    QCOMPARE(count.samples.size(), 1);
    QVERIFY(count.samples[0].labels.isEmpty());
    QVERIFY(count.samples[0].value >= 1.0);
    const PromError e = query(QStringLiteral("scalar(count(up))"), &scalar);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(scalar.type, PromQueryResult::Type::Scalar);
    QVERIFY(scalar.scalar.value >= 1.0);
    QVERIFY(!query(QStringLiteral("\"looma\""), &text).isError());
    QCOMPARE(text.type, PromQueryResult::Type::String);
    QCOMPARE(text.stringValue, QStringLiteral("looma"));
}

void tst_PrometheusIntegration::rangeQuery()
{
    PromQueryResult warm;
    QVERIFY(!pollNonEmpty(QStringLiteral("count(up)"), &warm, 30).isError());
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QSignalSpy spy(m_client, &PromClient::queryFinished);
    m_client->queryRange(QStringLiteral("count(up)"), end.addSecs(-120), end, 1);
    QVERIFY(spy.wait(15000));
    const PromError e = spy.at(0).at(2).value<PromError>();
    QVERIFY2(!e.isError(), qPrintable(e.message));
    const PromQueryResult r = spy.at(0).at(1).value<PromQueryResult>();
    QCOMPARE(r.type, PromQueryResult::Type::Matrix);
    QCOMPARE(r.series.size(), 1);
    const QList<PromPoint> &points = r.series[0].points;
    QVERIFY(!points.isEmpty());
    QVERIFY(points.size() <= 121);
    for (qsizetype i = 1; i < points.size(); ++i) {
        QVERIFY(points[i].timestampMs > points[i - 1].timestampMs);
        QCOMPARE((points[i].timestampMs - points[i - 1].timestampMs) % 1000, 0);
    }
    QVERIFY(points.last().value >= 1.0);
}

void tst_PrometheusIntegration::badQueryIsApiError()
{
    PromQueryResult r;
    const PromError e = query(QStringLiteral("sum by (service) (rate(up[5m]"), &r);
    QCOMPARE(PromError::kindName(e.kind), QStringLiteral("api"));
    QCOMPARE(e.errorType, QStringLiteral("bad_data"));
    QCOMPARE(e.httpStatus, 400);
    QVERIFY2(e.message.contains(QStringLiteral("parse error")), qPrintable(e.message));
    // Our broken query says nothing about the server: still live.
    QCOMPARE(m_client->status().state, SourceStatus::State::Live);
}

void tst_PrometheusIntegration::alerts()
{
    QSignalSpy spy(m_client, &PromClient::alertsFinished);
    m_client->alerts();
    QVERIFY(spy.wait(15000));
    const PromError e = spy.at(0).at(2).value<PromError>();
    QVERIFY2(!e.isError(), qPrintable(e.message));
    const PromAlertsResult r = spy.at(0).at(1).value<PromAlertsResult>();
    for (const PromAlert &a : r.alerts) {
        QVERIFY(a.labels.contains(QStringLiteral("alertname")));
        QVERIFY(a.state != PromAlertState::Inactive);
        QVERIFY(a.activeAt.isValid());
    }
    qInfo("%lld alert(s) active", qlonglong(r.alerts.size()));
}

void tst_PrometheusIntegration::targets()
{
    PromQueryResult up;
    QVERIFY(!pollNonEmpty(QStringLiteral("up"), &up, 30).isError());
    QSignalSpy spy(m_client, &PromClient::targetsFinished);
    m_client->targets();
    QVERIFY(spy.wait(30000));
    const PromError e = spy.at(0).at(2).value<PromError>();
    QVERIFY2(!e.isError(), qPrintable(e.message));
    const PromTargetsResult r = spy.at(0).at(1).value<PromTargetsResult>();
    QVERIFY(!r.targets.isEmpty());
    int scraped = 0;
    for (const PromTarget &t : r.targets) {
        QVERIFY(t.scrapeUrl.startsWith(QStringLiteral("http")));
        QVERIFY(!t.scrapePool.isEmpty());
        QVERIFY(t.labels.contains(QStringLiteral("instance")));
        if (t.health != PromTargetHealth::Unknown) {
            ++scraped;
            QVERIFY(t.lastScrape.isValid());
        }
    }
    QVERIFY(scraped >= 1);
    // Every active target has one `up` series once scraped.
    QVERIFY(up.samples.size() <= r.targets.size());
}

void tst_PrometheusIntegration::defaultPanelsAreValidPromQL()
{
    const PanelLoadResult panels = PanelLoader::load(QString());
    QVERIFY2(panels.messages.isEmpty(), qPrintable(panels.messages.join(u'\n')));
    const QHash<QString, QString> vars{{QStringLiteral("window"), QStringLiteral("1m")},
                                       {QStringLiteral("service"), QStringLiteral(".+")},
                                       {QStringLiteral("node"), QStringLiteral("node-1")}};
    for (const PanelDefinition &p : panels.panels) {
        PromQueryResult r;
        const PromError e = query(p.expandedQuery(vars), &r);
        QVERIFY2(!e.isError(), qPrintable(p.id + QStringLiteral(": ") + e.message));
    }
}

void tst_PrometheusIntegration::simulatorMetrics()
{
    if (m_env.fleetsimControlUrl().isEmpty())
        QSKIP("this Prometheus scrapes no fleet simulator (stack.env has no LOOMA_FLEETSIM_CONTROL_URL)");
    PromQueryResult r;
    const PromError e =
        pollNonEmpty(QStringLiteral("sum by (service) (rate(looma_ai_requests_total[1m]))"), &r, 90);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QVERIFY2(!r.samples.isEmpty(), "no AI request rate within 90 s");
    for (const PromSample &s : std::as_const(r.samples)) {
        QCOMPARE(s.labels.size(), 1);
        QVERIFY(!s.labels.value(QStringLiteral("service")).isEmpty());
        QVERIFY(std::isfinite(s.value) && s.value >= 0.0);
    }
    qInfo("%lld service(s) with a request rate", qlonglong(r.samples.size()));
}

QTEST_GUILESS_MAIN(tst_PrometheusIntegration)
#include "tst_prometheus_integration.moc"
