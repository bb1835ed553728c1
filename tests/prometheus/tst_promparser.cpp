#include "PromJsonReader.h"
#include "PromParser.h"

#include <QTest>
#include <cmath>

using namespace looma;

Q_DECLARE_METATYPE(PromError::Kind)
Q_DECLARE_METATYPE(PromQueryResult::Type)

class tst_PromParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void query_data();
    void query();
    void values_data();
    void values();
    void vectorDetails();
    void matrixDetails();
    void deepNesting();
    void hugeLabelSet();
    void alerts();
    void targets();
    void alertsAndTargetsRejectWrongTypes_data();
    void alertsAndTargetsRejectWrongTypes();
    void rfc3339_data();
    void rfc3339();
};

void tst_PromParser::query_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<PromError::Kind>("kind");
    QTest::addColumn<PromQueryResult::Type>("type");
    QTest::addColumn<int>("count");     // samples or series
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("message"); // a fragment the error message must contain

    using K = PromError::Kind;
    using T = PromQueryResult::Type;
    QTest::newRow("instant vector")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"__name__":"up","job":"fleetsim","instance":"a:1"},"value":[1700000000.5,"1"]},
            {"metric":{"job":"fleetsim","instance":"b:1"},"value":[1700000000.5,"0"]}]}})")
        << 200 << K::None << T::Vector << 2 << 0 << QString();
    QTest::newRow("empty vector")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})") << 200
        << K::None << T::Vector << 0 << 0 << QString();
    QTest::newRow("matrix")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"service":"chat-service"},"values":[[1700000000,"1.5"],[1700000015,"2"],[1700000030,"NaN"]]}]}})")
        << 200 << K::None << T::Matrix << 1 << 0 << QString();
    QTest::newRow("scalar")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"42"]}})")
        << 200 << K::None << T::Scalar << 0 << 0 << QString();
    QTest::newRow("string")
        << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1700000000,"hello"]}})")
        << 200 << K::None << T::String << 0 << 0 << QString();
    QTest::newRow("warnings kept")
        << QByteArray(R"({"status":"success","warnings":["PromQL info: metric might not be a counter","partial response"],
            "data":{"resultType":"vector","result":[]}})")
        << 200 << K::None << T::Vector << 0 << 2 << QString();
    QTest::newRow("native histogram skipped with a note")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{},"histogram":[1700000000,{"count":"1","sum":"1"}]},{"metric":{},"value":[1,"2"]}]}})")
        << 200 << K::None << T::Vector << 1 << 1 << QString();
    QTest::newRow("error body 400")
        << QByteArray(R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"})")
        << 400 << K::Api << T::Vector << 0 << 0 << QStringLiteral("bad_data");
    QTest::newRow("error body 422")
        << QByteArray(R"({"status":"error","errorType":"execution","error":"query processing would load too many samples"})")
        << 422 << K::Api << T::Vector << 0 << 0 << QStringLiteral("too many samples");
    QTest::newRow("error body without type")
        << QByteArray(R"({"status":"error"})") << 503 << K::Api << T::Vector << 0 << 0
        << QStringLiteral("no reason given");
    QTest::newRow("html from a proxy")
        << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << 502 << K::Http
        << T::Vector << 0 << 0 << QStringLiteral("502");
    QTest::newRow("empty 200") << QByteArray() << 200 << K::Parse << T::Vector << 0 << 0
                               << QStringLiteral("empty");
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage{{{") << 200 << K::Parse << T::Vector
                             << 0 << 0 << QStringLiteral("not valid JSON");
    QTest::newRow("truncated")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"b"},"val)")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("not valid JSON");
    QTest::newRow("top-level array") << QByteArray("[1,2,3]") << 200 << K::Parse << T::Vector << 0
                                     << 0 << QStringLiteral("not a JSON object");
    QTest::newRow("unknown status")
        << QByteArray(R"({"status":"maybe","data":{}})") << 200 << K::Parse << T::Vector << 0 << 0
        << QStringLiteral("status");
    QTest::newRow("missing data") << QByteArray(R"({"status":"success"})") << 200 << K::Parse
                                  << T::Vector << 0 << 0 << QStringLiteral("data");
    QTest::newRow("unknown result type")
        << QByteArray(R"({"status":"success","data":{"resultType":"tensor","result":[]}})") << 200
        << K::Parse << T::Vector << 0 << 0 << QStringLiteral("tensor");
    QTest::newRow("vector is an object")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})") << 200
        << K::Parse << T::Vector << 0 << 0 << QStringLiteral("data.result");
    QTest::newRow("value is a number, not a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("data.result[0].value");
    QTest::newRow("timestamp is a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["1","1"]}]}})")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("time");
    QTest::newRow("label value is a number")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("metric");
    QTest::newRow("value not a float")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("abc");
    QTest::newRow("pair too long")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"1",2]}})")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("pair");
    QTest::newRow("matrix values missing")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{}}]}})")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("values");
    QTest::newRow("matrix point wrong")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],null]}]}})")
        << 200 << K::Parse << T::Vector << 0 << 0 << QStringLiteral("values[1]");
    QTest::newRow("success body with 500")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})") << 500
        << K::Http << T::Vector << 0 << 0 << QStringLiteral("500");
}

void tst_PromParser::query()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(PromError::Kind, kind);
    QFETCH(PromQueryResult::Type, type);
    QFETCH(int, count);
    QFETCH(int, warnings);
    QFETCH(QString, message);

    PromQueryResult result;
    const PromError error = PromParser::parseQuery(body, httpStatus, &result);
    QCOMPARE(PromError::kindName(error.kind), PromError::kindName(kind));
    if (error.isError()) {
        QVERIFY2(error.message.contains(message, Qt::CaseInsensitive), qPrintable(error.message));
        QCOMPARE(error.httpStatus, httpStatus);
        return;
    }
    QVERIFY(error.message.isEmpty());
    QCOMPARE(int(result.type), int(type));
    QCOMPARE(int(result.type == PromQueryResult::Type::Matrix ? result.series.size()
                                                              : result.samples.size()),
             count);
    QCOMPARE(int(result.warnings.size()), warnings);
}

void tst_PromParser::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected"); // NaN stands for NaN
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << QStringLiteral("NaN") << true << qQNaN();
    QTest::newRow("+Inf") << QStringLiteral("+Inf") << true << inf;
    QTest::newRow("-Inf") << QStringLiteral("-Inf") << true << -inf;
    QTest::newRow("integer") << QStringLiteral("42") << true << 42.0;
    QTest::newRow("go exponent") << QStringLiteral("1e+00") << true << 1.0;
    QTest::newRow("fraction") << QStringLiteral("0.000123") << true << 0.000123;
    QTest::newRow("negative") << QStringLiteral("-3.5") << true << -3.5;
    QTest::newRow("lower nan") << QStringLiteral("nan") << false << 0.0;
    QTest::newRow("word") << QStringLiteral("up") << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("overflow") << QStringLiteral("1e999") << false << 0.0;
}

void tst_PromParser::values()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const auto v = PromJsonReader::parseValue(text);
    QCOMPARE(v.has_value(), valid);
    if (!valid)
        return;
    if (std::isnan(expected))
        QVERIFY(std::isnan(*v));
    else
        QCOMPARE(*v, expected);
}

void tst_PromParser::vectorDetails()
{
    PromQueryResult r;
    const PromError e = PromParser::parseQuery(
        R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"service":"ai-gateway","cluster":"tc-gz-1"},"value":[1700000000.123,"+Inf"]}]}})",
        200, &r);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(r.samples.size(), 1);
    QCOMPARE(r.samples[0].labels.value(QStringLiteral("service")), QStringLiteral("ai-gateway"));
    QCOMPARE(r.samples[0].labels.size(), 2);
    QCOMPARE(r.samples[0].timestampMs, 1700000000123LL);
    QVERIFY(std::isinf(r.samples[0].value) && r.samples[0].value > 0);
}

void tst_PromParser::matrixDetails()
{
    PromQueryResult r;
    const PromError e = PromParser::parseQuery(
        R"({"status":"success","warnings":["w1"],"data":{"resultType":"matrix","result":[
            {"metric":{"service":"a"},"values":[[1700000000,"1"],[1700000015,"-Inf"],[1700000030,"NaN"]]},
            {"metric":{"service":"b"},"values":[]}]}})",
        200, &r);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(r.series.size(), 2);
    QCOMPARE(r.series[0].points.size(), 3);
    QCOMPARE(r.series[0].points[1].timestampMs, 1700000015000LL);
    QVERIFY(std::isinf(r.series[0].points[1].value) && r.series[0].points[1].value < 0);
    QVERIFY(std::isnan(r.series[0].points[2].value));
    QCOMPARE(r.series[1].labels.value(QStringLiteral("service")), QStringLiteral("b"));
    QCOMPARE(r.warnings, QStringList{QStringLiteral("w1")});
}

void tst_PromParser::deepNesting()
{
    QByteArray body = R"({"status":"success","data":)";
    body += QByteArray(100000, '[') + QByteArray(100000, ']') + '}';
    PromQueryResult r;
    const PromError e = PromParser::parseQuery(body, 200, &r);
    QCOMPARE(e.kind, PromError::Kind::Parse);
    QVERIFY2(!e.message.isEmpty(), "a deep document must give a message");
}

void tst_PromParser::hugeLabelSet()
{
    QByteArray metric = "{";
    for (int i = 0; i < PromJsonReader::MaxLabelsPerSet + 1; ++i)
        metric += (i ? "," : "") + QByteArray("\"l") + QByteArray::number(i) + "\":\"v\"";
    metric += '}';
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":)"
        + metric + R"(,"value":[1,"1"]}]}})";
    PromQueryResult r;
    const PromError e = PromParser::parseQuery(body, 200, &r);
    QCOMPARE(e.kind, PromError::Kind::Parse);
    QVERIFY2(e.message.contains(QString::number(PromJsonReader::MaxLabelsPerSet)), qPrintable(e.message));
}

void tst_PromParser::alerts()
{
    PromAlertsResult r;
    const PromError e = PromParser::parseAlerts(R"({"status":"success","data":{"alerts":[
        {"labels":{"alertname":"HighErrorRate","service":"chat-service","severity":"critical"},
         "annotations":{"summary":"5xx above 1%"},"state":"firing",
         "activeAt":"2024-03-01T08:15:02.123456789Z","value":"1.25e-02"},
        {"labels":{"alertname":"Slow"},"annotations":{},"state":"pending",
         "activeAt":"2024-03-01T16:15:02+08:00","value":"NaN"}]}})",
                                                200, &r);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(r.alerts.size(), 2);
    QCOMPARE(r.alerts[0].state, PromAlertState::Firing);
    QCOMPARE(r.alerts[0].labels.value(QStringLiteral("alertname")), QStringLiteral("HighErrorRate"));
    QCOMPARE(r.alerts[0].annotations.value(QStringLiteral("summary")), QStringLiteral("5xx above 1%"));
    QCOMPARE(r.alerts[0].value, 0.0125);
    QCOMPARE(r.alerts[0].activeAt, QDateTime(QDate(2024, 3, 1), QTime(8, 15, 2, 123), Qt::UTC));
    QCOMPARE(r.alerts[1].state, PromAlertState::Pending);
    QCOMPARE(r.alerts[1].activeAt, QDateTime(QDate(2024, 3, 1), QTime(8, 15, 2), Qt::UTC));
    QVERIFY(std::isnan(r.alerts[1].value));
}

void tst_PromParser::targets()
{
    PromTargetsResult r;
    const PromError e = PromParser::parseTargets(R"({"status":"success","data":{"activeTargets":[
        {"discoveredLabels":{"__address__":"127.0.0.1:9100"},"labels":{"instance":"127.0.0.1:9100","job":"fleetsim","cloud":"tencent"},
         "scrapePool":"fleetsim","scrapeUrl":"http://127.0.0.1:9100/metrics","globalUrl":"http://h:9100/metrics",
         "lastError":"","lastScrape":"2024-03-01T08:15:02.5Z","lastScrapeDuration":0.01,"health":"up",
         "scrapeInterval":"2s","scrapeTimeout":"1s"},
        {"labels":{"job":"x"},"scrapeUrl":"http://127.0.0.1:1/metrics","lastError":"connection refused",
         "lastScrape":"0001-01-01T00:00:00Z","health":"unknown"}],"droppedTargets":[{"discoveredLabels":{}}]}})",
                                                  200, &r);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(r.targets.size(), 2);
    QCOMPARE(r.targets[0].health, PromTargetHealth::Up);
    QCOMPARE(r.targets[0].labels.value(QStringLiteral("cloud")), QStringLiteral("tencent"));
    QCOMPARE(r.targets[0].scrapePool, QStringLiteral("fleetsim"));
    QCOMPARE(r.targets[0].lastScrape, QDateTime(QDate(2024, 3, 1), QTime(8, 15, 2, 500), Qt::UTC));
    QCOMPARE(r.targets[1].health, PromTargetHealth::Unknown);
    QCOMPARE(r.targets[1].lastError, QStringLiteral("connection refused"));
    QVERIFY(!r.targets[1].lastScrape.isValid());
}

void tst_PromParser::alertsAndTargetsRejectWrongTypes_data()
{
    QTest::addColumn<bool>("isAlerts");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");
    QTest::newRow("alerts not an array")
        << true << QByteArray(R"({"status":"success","data":{"alerts":{}}})") << QStringLiteral("data.alerts");
    QTest::newRow("alert labels array")
        << true << QByteArray(R"({"status":"success","data":{"alerts":[{"labels":[]}]}})")
        << QStringLiteral("data.alerts[0].labels");
    QTest::newRow("alert time garbage")
        << true << QByteArray(R"({"status":"success","data":{"alerts":[{"labels":{},"activeAt":"yesterday"}]}})")
        << QStringLiteral("activeAt");
    QTest::newRow("alert value object")
        << true << QByteArray(R"({"status":"success","data":{"alerts":[{"labels":{},"value":{}}]}})")
        << QStringLiteral("value");
    QTest::newRow("targets missing")
        << false << QByteArray(R"({"status":"success","data":{}})") << QStringLiteral("activeTargets");
    QTest::newRow("target health number")
        << false << QByteArray(R"({"status":"success","data":{"activeTargets":[{"labels":{},"health":1}]}})")
        << QStringLiteral("activeTargets[0]");
}

void tst_PromParser::alertsAndTargetsRejectWrongTypes()
{
    QFETCH(bool, isAlerts);
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    PromError e;
    if (isAlerts) {
        PromAlertsResult r;
        e = PromParser::parseAlerts(body, 200, &r);
    } else {
        PromTargetsResult r;
        e = PromParser::parseTargets(body, 200, &r);
    }
    QCOMPARE(e.kind, PromError::Kind::Parse);
    QVERIFY2(e.message.contains(where), qPrintable(e.message));
}

void tst_PromParser::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<QDateTime>("expected");
    const QDate d(2024, 3, 1);
    QTest::newRow("nanoseconds") << QStringLiteral("2024-03-01T08:15:02.987654321Z") << true
                                 << QDateTime(d, QTime(8, 15, 2, 987), Qt::UTC);
    QTest::newRow("offset") << QStringLiteral("2024-03-01T10:15:02+02:00") << true
                            << QDateTime(d, QTime(8, 15, 2), Qt::UTC);
    QTest::newRow("zero time") << QStringLiteral("0001-01-01T00:00:00Z") << true << QDateTime();
    QTest::newRow("empty") << QString() << true << QDateTime();
    QTest::newRow("no zone") << QStringLiteral("2024-03-01T08:15:02") << false << QDateTime();
    QTest::newRow("words") << QStringLiteral("soon") << false << QDateTime();
}

void tst_PromParser::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(bool, parses);
    QFETCH(QDateTime, expected);
    const auto t = PromJsonReader::parseRfc3339(text);
    QCOMPARE(t.has_value(), parses);
    if (parses)
        QCOMPARE(*t, expected);
}

QTEST_GUILESS_MAIN(tst_PromParser)
#include "tst_promparser.moc"
