#include "RowDecoder.h"

#include <QTest>

using namespace looma;

namespace {

const QString nullMarker = QStringLiteral("\\N"); // as COPY writes NULL

// Keeps the bytes alive while a RawRow points into them.
struct Row
{
    QList<QByteArray> bytes;
    QList<bool> nulls;
    RawRow raw;

    explicit Row(const QStringList &fields)
    {
        for (const QString &f : fields) {
            nulls.append(f == nullMarker);
            bytes.append(f.toUtf8());
        }
        for (qsizetype i = 0; i < bytes.size(); ++i)
            raw.append(nulls.at(i) ? RawField{} : RawField{bytes.at(i).constData(), int(bytes.at(i).size())});
    }
};

QString decodeAs(const QString &table, const RawRow &raw)
{
    if (table == QLatin1String("regions")) {
        Region v;
        return RowDecoder::decode(raw, v);
    }
    if (table == QLatin1String("clusters")) {
        Cluster v;
        return RowDecoder::decode(raw, v);
    }
    if (table == QLatin1String("nodes")) {
        Node v;
        return RowDecoder::decode(raw, v);
    }
    if (table == QLatin1String("services")) {
        Service v;
        return RowDecoder::decode(raw, v);
    }
    if (table == QLatin1String("service_instances")) {
        ServiceInstance v;
        return RowDecoder::decode(raw, v);
    }
    if (table == QLatin1String("check_policies")) {
        CheckPolicy v;
        return RowDecoder::decode(raw, v);
    }
    if (table == QLatin1String("health_events")) {
        HealthEvent v;
        return RowDecoder::decode(raw, v);
    }
    if (table == QLatin1String("failover_events")) {
        FailoverEvent v;
        return RowDecoder::decode(raw, v);
    }
    AuditEntry v;
    return RowDecoder::decode(raw, v);
}

// A good service_instances row; tests replace one column at a time.
QStringList goodInstance()
{
    return {QStringLiteral("7"),
            QStringLiteral("1"),
            QStringLiteral("3"),
            QStringLiteral("group-3"),
            QStringLiteral("node-3:8206"),
            QStringLiteral("primary"),
            QStringLiteral("100"),
            QStringLiteral("passing"),
            QStringLiteral("http://node-3:8206/health"),
            QStringLiteral("4"),
            nullMarker,
            nullMarker,
            QStringLiteral("42")};
}

QStringList with(QStringList row, int column, const QString &value)
{
    row[column] = value;
    return row;
}

} // namespace

class TestRowDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void instanceValues();
    void auditActorJoinsHost();
    void idOfRejectedRow();
};

void TestRowDecoder::validation_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("rejectedColumn"); // empty: the row is good

    const QString N = nullMarker;
    const QString megabyte(1 << 20, QLatin1Char('x'));
    const QString si = QStringLiteral("service_instances");

    QTest::newRow("instance ok") << si << goodInstance() << QString();
    QTest::newRow("instance ipv6 endpoint")
        << si << with(goodInstance(), 4, QStringLiteral("[fd00::3]:8206")) << QString();
    QTest::newRow("instance no url") << si << with(goodInstance(), 8, QString()) << QString();
    QTest::newRow("endpoint without port")
        << si << with(goodInstance(), 4, QStringLiteral("node-3")) << "endpoint";
    QTest::newRow("endpoint bad port")
        << si << with(goodInstance(), 4, QStringLiteral("node-3:99999")) << "endpoint";
    QTest::newRow("bad url") << si << with(goodInstance(), 8, QStringLiteral("htp//node"))
                             << "health_check_url";
    QTest::newRow("unknown role") << si << with(goodInstance(), 5, QStringLiteral("leader")) << "role";
    QTest::newRow("unknown status") << si << with(goodInstance(), 7, QStringLiteral("green")) << "status";
    QTest::newRow("NULL group") << si << with(goodInstance(), 3, N) << "failover_group";
    QTest::newRow("1 MB group") << si << with(goodInstance(), 3, megabyte) << "failover_group";
    QTest::newRow("1 MB role") << si << with(goodInstance(), 5, megabyte) << "role";
    QTest::newRow("weight range") << si << with(goodInstance(), 6, QStringLiteral("5000")) << "weight";
    QTest::newRow("weight not int") << si << with(goodInstance(), 6, QStringLiteral("12x")) << "weight";
    QTest::newRow("generation 0") << si << with(goodInstance(), 9, QStringLiteral("0")) << "generation";
    QTest::newRow("NULL id") << si << with(goodInstance(), 0, N) << "id";
    QTest::newRow("negative id") << si << with(goodInstance(), 0, QStringLiteral("-1")) << "id";
    QTest::newRow("short row") << si << goodInstance().mid(0, 5) << "role";
    QTest::newRow("bad maintenance time")
        << si << with(goodInstance(), 10, QStringLiteral("tomorrow")) << "maintenance_until";

    const QStringList node{QStringLiteral("1"),
                           QStringLiteral("2"),
                           QStringLiteral("node-1"),
                           QStringLiteral("10.0.0.1"),
                           QStringLiteral("up"),
                           QStringLiteral("8"),
                           QStringLiteral("32768"),
                           QStringLiteral("1700000000000"),
                           QStringLiteral("kernel upgrade"),
                           QStringLiteral("5")};
    QTest::newRow("node ok") << "nodes" << node << QString();
    QTest::newRow("node draining") << "nodes" << with(node, 4, QStringLiteral("draining")) << QString();
    QTest::newRow("node status word") << "nodes" << with(node, 4, QStringLiteral("sleeping")) << "status";
    QTest::newRow("node hostname space") << "nodes" << with(node, 2, QStringLiteral("node 1")) << "hostname";
    QTest::newRow("node bad ip") << "nodes" << with(node, 3, QStringLiteral("10.0.0")) << "ip";
    QTest::newRow("node negative cores") << "nodes" << with(node, 5, QStringLiteral("-2")) << "cpu_cores";

    const QStringList region{QStringLiteral("1"),
                             QStringLiteral("tencent"),
                             QStringLiteral("ap-guangzhou"),
                             QStringLiteral("ap-guangzhou-3"),
                             QString(),
                             N,
                             N,
                             QStringLiteral("1")};
    QTest::newRow("region ok") << "regions" << region << QString();
    QTest::newRow("region cloud") << "regions" << with(region, 1, QStringLiteral("aws")) << "cloud";
    QTest::newRow("region empty zone") << "regions" << with(region, 3, QString()) << "zone";

    const QStringList cluster{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("gz-ai-1"), QString(),
                              QStringLiteral("3")};
    QTest::newRow("cluster ok") << "clusters" << cluster << QString();
    QTest::newRow("cluster NULL region") << "clusters" << with(cluster, 1, N) << "region_id";

    const QStringList service{
        QStringLiteral("1"), QStringLiteral("ai-gateway"), QStringLiteral("ai"), QStringLiteral("8206"),
        QString(),           QStringLiteral("2")};
    QTest::newRow("service ok") << "services" << service << QString();
    QTest::newRow("service kind") << "services" << with(service, 2, QStringLiteral("ml")) << "kind";
    QTest::newRow("service port 0") << "services" << with(service, 3, QStringLiteral("0")) << "default_port";
    QTest::newRow("service NULL description") << "services" << with(service, 4, N) << "description";

    const QStringList policy{QStringLiteral("1"),     N,
                             QStringLiteral("http"),  QStringLiteral("/health"),
                             QStringLiteral("200"),   QString(),
                             QStringLiteral("10000"), QStringLiteral("2000"),
                             QStringLiteral("2"),     QStringLiteral("3"),
                             QStringLiteral("9")};
    QTest::newRow("policy default") << "check_policies" << policy << QString();
    QTest::newRow("policy timeout >= interval")
        << "check_policies" << with(policy, 7, QStringLiteral("10000")) << "timeout_ms";
    QTest::newRow("policy relative path")
        << "check_policies" << with(policy, 3, QStringLiteral("health")) << "path";
    QTest::newRow("tcp ignores path")
        << "check_policies" << with(with(policy, 2, QStringLiteral("tcp")), 3, QStringLiteral("health"))
        << QString();
    QTest::newRow("policy type") << "check_policies" << with(policy, 2, QStringLiteral("icmp"))
                                 << "check_type";

    const QStringList health{QStringLiteral("1"),
                             QStringLiteral("7"),
                             QStringLiteral("passing"),
                             QStringLiteral("critical"),
                             QStringLiteral("1700000000000"),
                             QStringLiteral("ops@host"),
                             QString()};
    QTest::newRow("health ok") << "health_events" << health << QString();
    QTest::newRow("health NULL time") << "health_events" << with(health, 4, N) << "observed_at";
    QTest::newRow("health state word")
        << "health_events" << with(health, 3, QStringLiteral("dead")) << "to_state";

    const QStringList failover{QStringLiteral("1"),
                               QStringLiteral("group-1"),
                               N,
                               N,
                               QStringLiteral("8"),
                               QStringLiteral("manual"),
                               QStringLiteral("ops@host"),
                               QStringLiteral("drill"),
                               QStringLiteral("3"),
                               QStringLiteral("committed"),
                               QString(),
                               QStringLiteral("1700000000000"),
                               QStringLiteral("1700000001000"),
                               N,
                               QStringLiteral("77")};
    QTest::newRow("failover ok (deleted refs)") << "failover_events" << failover << QString();
    QTest::newRow("failover outcome")
        << "failover_events" << with(failover, 9, QStringLiteral("maybe")) << "outcome";
    QTest::newRow("failover empty reason") << "failover_events" << with(failover, 7, QString()) << "reason";

    const QStringList audit{QStringLiteral("1"),         QStringLiteral("1700000000000"),
                            QStringLiteral("ops"),       QStringLiteral("looma"),
                            QStringLiteral("console-1"), QStringLiteral("failover.manual"),
                            QStringLiteral("group-1"),   QStringLiteral("{}")};
    QTest::newRow("audit ok") << "audit_log" << audit << QString();
    QTest::newRow("audit empty action") << "audit_log" << with(audit, 5, QString()) << "action";
}

void TestRowDecoder::validation()
{
    QFETCH(QString, table);
    QFETCH(QStringList, fields);
    QFETCH(QString, rejectedColumn);
    const Row row(fields);
    const QString reason = decodeAs(table, row.raw);
    if (rejectedColumn.isEmpty()) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    } else {
        QVERIFY2(reason.startsWith(rejectedColumn + QLatin1Char(':')), qPrintable(reason));
        QVERIFY(reason.size() < 400); // a megabyte value is never echoed back into the message
    }
}

void TestRowDecoder::instanceValues()
{
    const Row row(with(goodInstance(), 10, QStringLiteral("1700000000000")));
    ServiceInstance v;
    QCOMPARE(RowDecoder::decode(row.raw, v), QString());
    QCOMPARE(v.id, 7);
    QCOMPARE(v.serviceId, 1);
    QCOMPARE(v.nodeId, 3);
    QCOMPARE(v.failoverGroup, QStringLiteral("group-3"));
    QCOMPARE(v.endpoint, QStringLiteral("node-3:8206"));
    QCOMPARE(v.role, InstanceRole::Primary);
    QCOMPARE(v.status, HealthState::Passing);
    QCOMPARE(v.generation, 4);
    QCOMPARE(v.maintenance.until, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    QCOMPARE(v.changeSeq, 42);
}

void TestRowDecoder::auditActorJoinsHost()
{
    const Row row({QStringLiteral("5"), QStringLiteral("1700000000000"), QStringLiteral("alice"),
                   QStringLiteral("looma"), QStringLiteral("desk-7"), QStringLiteral("maintenance.set"),
                   QStringLiteral("node-1"), QStringLiteral("{\"until\": 1}")});
    AuditEntry v;
    QCOMPARE(RowDecoder::decode(row.raw, v), QString());
    QCOMPARE(v.actor, QStringLiteral("alice@desk-7"));
    QCOMPARE(v.detail, QStringLiteral("{\"until\": 1}"));
}

void TestRowDecoder::idOfRejectedRow()
{
    QCOMPARE(RowDecoder::rowId(Row(with(goodInstance(), 5, QStringLiteral("x"))).raw), 7);
    QCOMPARE(RowDecoder::rowId(Row(with(goodInstance(), 0, nullMarker)).raw), 0);
}

QTEST_GUILESS_MAIN(TestRowDecoder)
#include "tst_rowdecoder.moc"
