#include "SnapshotCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;

namespace {

FleetSnapshot sample()
{
    FleetSnapshot s;
    s.full = true;
    s.watermark = 1234;
    s.fetchedAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    Region r;
    r.id = 1;
    r.cloud = Cloud::Alibaba;
    r.region = QStringLiteral("cn-hangzhou");
    r.zone = QStringLiteral("cn-hangzhou-h");
    r.displayName = QStringLiteral("杭州 H 区");
    r.maintenance = {QDateTime::fromMSecsSinceEpoch(1700003600000, Qt::UTC), QStringLiteral("power work")};
    r.changeSeq = 3;
    s.regions = {r};
    s.clusters = {Cluster{2, 1, QStringLiteral("hz-ai"), QStringLiteral("ai"), 4}};
    Node n;
    n.id = 3;
    n.clusterId = 2;
    n.hostname = QStringLiteral("node-3");
    n.ip = QStringLiteral("10.0.0.3");
    n.status = NodeStatus::Draining;
    n.cpuCores = 16;
    n.memoryMb = 65536;
    n.changeSeq = 5;
    s.nodes = {n};
    s.services = {
        Service{4, QStringLiteral("vector-service"), ServiceKind::Ai, 8210, QStringLiteral("vectors"), 6}};
    ServiceInstance i;
    i.id = 5;
    i.serviceId = 4;
    i.nodeId = 3;
    i.failoverGroup = QStringLiteral("vector-hz");
    i.endpoint = QStringLiteral("node-3:8210");
    i.role = InstanceRole::Standby;
    i.weight = 50;
    i.status = HealthState::Critical;
    i.healthCheckUrl = QStringLiteral("http://node-3:8210/health");
    i.generation = 9;
    i.changeSeq = 7;
    s.instances = {i};
    CheckPolicy p;
    p.id = 6;
    p.type = CheckType::Tcp;
    p.intervalMs = 5000;
    p.changeSeq = 8;
    s.policies = {p};
    s.healthEvents = {HealthEvent{1, 5, HealthState::Passing, HealthState::Critical,
                                  QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC),
                                  QStringLiteral("ops@c1"), QStringLiteral("timeout")}};
    FailoverEvent f;
    f.id = 2;
    f.failoverGroup = QStringLiteral("vector-hz");
    f.serviceId = 4;
    f.fromInstanceId = 5;
    f.toInstanceId = 0;
    f.trigger = FailoverTrigger::Manual;
    f.actor = QStringLiteral("alice@desk");
    f.reason = QStringLiteral("drill");
    f.fencingGeneration = 9;
    f.outcome = FailoverOutcome::ActuationFailed;
    f.startedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    f.changeSeq = 10;
    s.failoverEvents = {f};
    s.auditEntries = {AuditEntry{3, QDateTime::fromMSecsSinceEpoch(1700000000500, Qt::UTC),
                                 QStringLiteral("alice@desk"), QStringLiteral("looma"),
                                 QStringLiteral("failover.manual"), QStringLiteral("vector-hz"),
                                 QStringLiteral("{}")}};
    return s;
}

} // namespace

class TestSnapshotCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void missingFileIsNoSnapshot();
    void damagedFileIsIgnored_data();
    void damagedFileIsIgnored();
};

void TestSnapshotCache::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SnapshotCache cache(dir.filePath(QStringLiteral("sub/dir/snapshot.bin")));
    const FleetSnapshot original = sample();
    QString error;
    QVERIFY2(cache.save(original, &error), qPrintable(error));
    const auto loaded = cache.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->full);
    QCOMPARE(loaded->watermark, original.watermark);
    QCOMPARE(loaded->fetchedAt, original.fetchedAt);
    QCOMPARE(loaded->regions, original.regions);
    QCOMPARE(loaded->clusters, original.clusters);
    QCOMPARE(loaded->nodes, original.nodes);
    QCOMPARE(loaded->services, original.services);
    QCOMPARE(loaded->instances, original.instances);
    QCOMPARE(loaded->policies, original.policies);
    QCOMPARE(loaded->instances.first().changeSeq, 7);
    QCOMPARE(loaded->healthEvents.size(), 1);
    QCOMPARE(loaded->healthEvents.first().toState, HealthState::Critical);
    QCOMPARE(loaded->healthEvents.first().observedAt, original.healthEvents.first().observedAt);
    QCOMPARE(loaded->failoverEvents.size(), 1);
    QCOMPARE(loaded->failoverEvents.first().outcome, FailoverOutcome::ActuationFailed);
    QCOMPARE(loaded->failoverEvents.first().committedAt.isValid(), false);
    QCOMPARE(loaded->failoverEvents.first().reason, QStringLiteral("drill"));
    QCOMPARE(loaded->auditEntries.size(), 1);
    QCOMPARE(loaded->auditEntries.first().action, QStringLiteral("failover.manual"));
}

void TestSnapshotCache::missingFileIsNoSnapshot()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!SnapshotCache(dir.filePath(QStringLiteral("none.bin"))).load(&error));
    QVERIFY(!error.isEmpty());
}

void TestSnapshotCache::damagedFileIsIgnored_data()
{
    QTest::addColumn<int>("keepBytes");
    QTest::addColumn<bool>("flipMagic");
    QTest::newRow("truncated header") << 6 << false;
    QTest::newRow("truncated body") << 200 << false;
    QTest::newRow("wrong magic") << -1 << true;
}

void TestSnapshotCache::damagedFileIsIgnored()
{
    QFETCH(int, keepBytes);
    QFETCH(bool, flipMagic);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshot.bin"));
    QVERIFY(SnapshotCache(path).save(sample()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    if (keepBytes >= 0)
        bytes.truncate(keepBytes);
    if (flipMagic)
        bytes[0] = char(bytes[0] ^ 0x5a);
    file.resize(0);
    file.write(bytes);
    file.close();
    QString error;
    QVERIFY(!SnapshotCache(path).load(&error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "tst_snapshotcache.moc"
