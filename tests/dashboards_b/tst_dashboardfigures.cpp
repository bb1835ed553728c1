#include "AiServiceFigures.h"
#include "AlertConversion.h"
#include "CrmFigures.h"
#include "FleetStore.h"
#include "PanelValues.h"

#include <QtTest>

using namespace looma;

// The pure parts of the pages: panel results (built by hand, as Prometheus would answer) into
// per-service, per-backend and per-operation figures; the registry's primaries; alerts into events.
class tst_DashboardFigures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastValue_data();
    void lastValue();
    void aiFigures();
    void aiRegistry();
    void crmFigures();
    void alertConversion();
};

namespace {

PromSample sample(const QString &label, const QString &value, double v)
{
    PromSample s;
    s.labels.insert(label, value);
    s.value = v;
    return s;
}

PromSeries series(const QString &label, const QString &value, const QList<double> &values)
{
    PromSeries s;
    s.labels.insert(label, value);
    for (qsizetype i = 0; i < values.size(); ++i)
        s.points.append({i * 1000, values[i]});
    return s;
}

PanelResult result(const QString &id, const QString &page)
{
    PanelResult r;
    r.panelId = id;
    r.page = page;
    r.fetchedAt = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

void tst_DashboardFigures::lastValue_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::newRow("last") << QList<double>{1, 2, 3} << 3.0;
    QTest::newRow("skips trailing NaN") << QList<double>{1, 2, qQNaN()} << 2.0;
    QTest::newRow("skips trailing Inf") << QList<double>{4, qInf()} << 4.0;
}

void tst_DashboardFigures::lastValue()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QCOMPARE(PanelValues::lastValue(series(QStringLiteral("s"), QStringLiteral("x"), values)), expected);
    QVERIFY(qIsNaN(PanelValues::lastValue(PromSeries{})));
}

void tst_DashboardFigures::aiFigures()
{
    AiServiceFigureSet set;
    PanelResult errors = result(QStringLiteral("ai.errorRate"), QStringLiteral("aiServices"));
    errors.series = {series(QStringLiteral("service"), QStringLiteral("matching-service"), {0.0005, 0.25}),
                     series(QStringLiteral("service"), QStringLiteral("chat-service"), {0.0001})};
    QVERIFY(set.apply(errors));
    PanelResult breakers = result(QStringLiteral("ai.circuitBreakers"), QStringLiteral("aiServices"));
    breakers.instant = {sample(QStringLiteral("downstream"), QStringLiteral("matching-service"), 2)};
    QVERIFY(set.apply(breakers));
    PanelResult availability = result(QStringLiteral("ai.availability"), QStringLiteral("aiServices"));
    availability.instant = {sample(QStringLiteral("service"), QStringLiteral("matching-service"), 0.75)};
    QVERIFY(set.apply(availability));
    QVERIFY(!set.apply(result(QStringLiteral("clusters.cpu"), QStringLiteral("clusters"))));

    const AiServiceFigures m = set.figures(QStringLiteral("matching-service"));
    QCOMPARE(m.errorRatio, 0.25);
    QCOMPARE(m.breakerState, 2.0);
    QCOMPARE(m.availability, 0.75);
    QCOMPARE(AiServiceFigureSet::breakerText(m.breakerState), QStringLiteral("Open"));
    QCOMPARE(set.figures(QStringLiteral("chat-service")).errorRatio, 0.0001);
    // A service missing from the answer has no figure, not a zero.
    QVERIFY(qIsNaN(set.figures(QStringLiteral("vector-service")).errorRatio));
    QCOMPARE(set.all().size(), 5);
    QCOMPARE(set.all().first().service, QStringLiteral("ai-gateway"));
}

void tst_DashboardFigures::aiRegistry()
{
    FleetStore store;
    FleetSnapshot snap;
    snap.full = true;
    Region region;
    region.id = 1;
    region.region = QStringLiteral("ap-guangzhou");
    region.zone = QStringLiteral("ap-guangzhou-3");
    snap.regions = {region};
    Cluster cluster;
    cluster.id = 1;
    cluster.regionId = 1;
    cluster.name = QStringLiteral("tke-1");
    snap.clusters = {cluster};
    Node node;
    node.id = 7;
    node.clusterId = 1;
    node.hostname = QStringLiteral("node-7");
    snap.nodes = {node};
    Service svc;
    svc.id = 3;
    svc.name = QStringLiteral("matching-service");
    snap.services = {svc};
    for (int i = 1; i <= 3; ++i) {
        ServiceInstance in;
        in.id = i;
        in.serviceId = 3;
        in.nodeId = 7;
        in.failoverGroup = i == 3 ? QStringLiteral("matching-service/pool-01") : QStringLiteral("matching-service");
        in.endpoint = QStringLiteral("127.10.0.7:%1").arg(8208 + i);
        in.role = i == 2 ? InstanceRole::Primary : InstanceRole::Standby;
        in.status = i == 1 ? HealthState::Critical : HealthState::Passing;
        snap.instances.append(in);
    }
    store.apply(snap);
    AiServiceFigureSet set;
    set.applyRegistry(store);
    const AiServiceFigures f = set.figures(QStringLiteral("matching-service"));
    QCOMPARE(f.instancesTotal, 3);
    QCOMPARE(f.instancesHealthy, 2);
    QCOMPARE(f.primaryEndpoint, QStringLiteral("127.10.0.7:8210"));
    QCOMPARE(f.primaryNode, QStringLiteral("node-7"));
    QCOMPARE(set.figures(QStringLiteral("chat-service")).instancesTotal, -1); // not registered
}

void tst_DashboardFigures::crmFigures()
{
    CrmFigureSet set;
    PanelResult byCluster = result(QStringLiteral("crm.backendsByCluster"), QStringLiteral("crm"));
    for (int c = 0; c < 4; ++c) {
        PromSample s = sample(QStringLiteral("backend"), QStringLiteral("redis"), c == 2 ? 0 : 1);
        s.labels.insert(QStringLiteral("cluster"), QStringLiteral("c%1").arg(c));
        byCluster.instant.append(s);
        PromSample p = sample(QStringLiteral("backend"), QStringLiteral("postgresql"), 1);
        p.labels.insert(QStringLiteral("cluster"), QStringLiteral("c%1").arg(c));
        byCluster.instant.append(p);
    }
    QVERIFY(set.apply(byCluster));
    PanelResult lag = result(QStringLiteral("crm.backendReplicationLag"), QStringLiteral("crm"));
    lag.instant = {sample(QStringLiteral("backend"), QStringLiteral("postgresql"), 0.8)};
    QVERIFY(set.apply(lag));
    PanelResult p95 = result(QStringLiteral("crm.latencyP95"), QStringLiteral("crm"));
    p95.series = {series(QStringLiteral("operation"), QStringLiteral("kg_qa"), {0.2, 0.45})};
    QVERIFY(set.apply(p95));

    const QList<CrmBackendFigures> backends = set.backendFigures();
    QCOMPARE(backends.size(), 5);
    QCOMPARE(backends[0].backend, QStringLiteral("postgresql"));
    QVERIFY(backends[0].up());
    QCOMPARE(backends[0].replicationLag, 0.8);
    QCOMPARE(backends[1].backend, QStringLiteral("redis"));
    QVERIFY(!backends[1].up());
    QCOMPARE(backends[1].clustersUp, 3);
    QCOMPARE(backends[1].clusters, 4);
    QCOMPARE(backends[2].clusters, -1); // neo4j: no data, not "down"
    QCOMPARE(set.operationFigures()[3].operation, QStringLiteral("kg_qa"));
    QCOMPARE(set.operationFigures()[3].p95, 0.45);
    QCOMPARE(CrmFigureSet::operationName(QStringLiteral("kg_qa")), QStringLiteral("Knowledge-graph Q&A"));
}

void tst_DashboardFigures::alertConversion()
{
    PromAlert a;
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("LoomaAIErrorRateHigh")},
                {QStringLiteral("service"), QStringLiteral("matching-service")},
                {QStringLiteral("severity"), QStringLiteral("warning")}};
    a.annotations = {{QStringLiteral("summary"), QStringLiteral("too many errors")}};
    a.state = PromAlertState::Pending;
    a.activeAt = QDateTime::currentDateTimeUtc();
    PromAlert inactive = a;
    inactive.state = PromAlertState::Inactive;
    const QList<PrometheusAlert> out = AlertConversion::convert(QList<PromAlert>{a, inactive});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].name, QStringLiteral("LoomaAIErrorRateHigh"));
    QCOMPARE(out[0].severity, QStringLiteral("warning"));
    QCOMPARE(out[0].state, QStringLiteral("pending"));
    QCOMPARE(out[0].target, QStringLiteral("matching-service"));
    QCOMPARE(out[0].summary, QStringLiteral("too many errors"));
    // Same labels, same identity; another label value, another alert.
    QCOMPARE(AlertConversion::convert(a).key(), out[0].key());
    PromAlert other = a;
    other.labels.insert(QStringLiteral("service"), QStringLiteral("chat-service"));
    QVERIFY(AlertConversion::convert(other).key() != out[0].key());
}

QTEST_MAIN(tst_DashboardFigures)
#include "tst_dashboardfigures.moc"
