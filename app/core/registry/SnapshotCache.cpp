#include "SnapshotCache.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace looma {
namespace {

constexpr quint64 magic = 0x4c4f4f4d41534e50; // "LOOMASNP"
constexpr quint32 formatVersion = 1;
constexpr qint64 maxRows = 10'000'000;

template <typename Enum> void putEnum(QDataStream &s, Enum e)
{
    s << qint32(e);
}
template <typename Enum> void getEnum(QDataStream &s, Enum &e)
{
    qint32 v = 0;
    s >> v;
    e = Enum(v);
}

void put(QDataStream &s, const Maintenance &m)
{
    s << m.until << m.reason;
}
void get(QDataStream &s, Maintenance &m)
{
    s >> m.until >> m.reason;
}

void put(QDataStream &s, const Region &r)
{
    s << r.id;
    putEnum(s, r.cloud);
    s << r.region << r.zone << r.displayName;
    put(s, r.maintenance);
    s << r.changeSeq;
}
void get(QDataStream &s, Region &r)
{
    s >> r.id;
    getEnum(s, r.cloud);
    s >> r.region >> r.zone >> r.displayName;
    get(s, r.maintenance);
    s >> r.changeSeq;
}

void put(QDataStream &s, const Cluster &c)
{
    s << c.id << c.regionId << c.name << c.purpose << c.changeSeq;
}
void get(QDataStream &s, Cluster &c)
{
    s >> c.id >> c.regionId >> c.name >> c.purpose >> c.changeSeq;
}

void put(QDataStream &s, const Node &n)
{
    s << n.id << n.clusterId << n.hostname << n.ip;
    putEnum(s, n.status);
    s << qint32(n.cpuCores) << qint32(n.memoryMb);
    put(s, n.maintenance);
    s << n.changeSeq;
}
void get(QDataStream &s, Node &n)
{
    s >> n.id >> n.clusterId >> n.hostname >> n.ip;
    getEnum(s, n.status);
    s >> n.cpuCores >> n.memoryMb;
    get(s, n.maintenance);
    s >> n.changeSeq;
}

void put(QDataStream &s, const Service &v)
{
    s << v.id << v.name;
    putEnum(s, v.kind);
    s << qint32(v.defaultPort) << v.description << v.changeSeq;
}
void get(QDataStream &s, Service &v)
{
    s >> v.id >> v.name;
    getEnum(s, v.kind);
    s >> v.defaultPort >> v.description >> v.changeSeq;
}

void put(QDataStream &s, const ServiceInstance &i)
{
    s << i.id << i.serviceId << i.nodeId << i.failoverGroup << i.endpoint;
    putEnum(s, i.role);
    s << qint32(i.weight);
    putEnum(s, i.status);
    s << i.healthCheckUrl << i.generation;
    put(s, i.maintenance);
    s << i.changeSeq;
}
void get(QDataStream &s, ServiceInstance &i)
{
    s >> i.id >> i.serviceId >> i.nodeId >> i.failoverGroup >> i.endpoint;
    getEnum(s, i.role);
    s >> i.weight;
    getEnum(s, i.status);
    s >> i.healthCheckUrl >> i.generation;
    get(s, i.maintenance);
    s >> i.changeSeq;
}

void put(QDataStream &s, const CheckPolicy &p)
{
    s << p.id << p.serviceId;
    putEnum(s, p.type);
    s << p.path << qint32(p.expectStatus) << p.expectBody << qint32(p.intervalMs) << qint32(p.timeoutMs)
      << qint32(p.rise) << qint32(p.fall) << p.changeSeq;
}
void get(QDataStream &s, CheckPolicy &p)
{
    s >> p.id >> p.serviceId;
    getEnum(s, p.type);
    s >> p.path >> p.expectStatus >> p.expectBody >> p.intervalMs >> p.timeoutMs >> p.rise >> p.fall >>
        p.changeSeq;
}

void put(QDataStream &s, const HealthEvent &e)
{
    s << e.id << e.instanceId;
    putEnum(s, e.fromState);
    putEnum(s, e.toState);
    s << e.observedAt << e.observer << e.detail;
}
void get(QDataStream &s, HealthEvent &e)
{
    s >> e.id >> e.instanceId;
    getEnum(s, e.fromState);
    getEnum(s, e.toState);
    s >> e.observedAt >> e.observer >> e.detail;
}

void put(QDataStream &s, const FailoverEvent &e)
{
    s << e.id << e.failoverGroup << e.serviceId << e.fromInstanceId << e.toInstanceId;
    putEnum(s, e.trigger);
    s << e.actor << e.reason << e.fencingGeneration;
    putEnum(s, e.outcome);
    s << e.detail << e.startedAt << e.committedAt << e.finishedAt << e.changeSeq;
}
void get(QDataStream &s, FailoverEvent &e)
{
    s >> e.id >> e.failoverGroup >> e.serviceId >> e.fromInstanceId >> e.toInstanceId;
    getEnum(s, e.trigger);
    s >> e.actor >> e.reason >> e.fencingGeneration;
    getEnum(s, e.outcome);
    s >> e.detail >> e.startedAt >> e.committedAt >> e.finishedAt >> e.changeSeq;
}

void put(QDataStream &s, const AuditEntry &a)
{
    s << a.id << a.at << a.actor << a.dbUser << a.action << a.target << a.detail;
}
void get(QDataStream &s, AuditEntry &a)
{
    s >> a.id >> a.at >> a.actor >> a.dbUser >> a.action >> a.target >> a.detail;
}

template <typename T> void putList(QDataStream &s, const QList<T> &list)
{
    s << qint64(list.size());
    for (const T &item : list)
        put(s, item);
}

template <typename T> bool getList(QDataStream &s, QList<T> &list)
{
    qint64 count = 0;
    s >> count;
    if (s.status() != QDataStream::Ok || count < 0 || count > maxRows)
        return false;
    list.clear();
    list.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        T item;
        get(s, item);
        if (s.status() != QDataStream::Ok)
            return false;
        list.append(std::move(item));
    }
    return true;
}

} // namespace

SnapshotCache::SnapshotCache(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString SnapshotCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/registry-snapshot.bin");
}

bool SnapshotCache::save(const FleetSnapshot &snapshot, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the snapshot cache %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QDataStream s(&file);
    s.setVersion(QDataStream::Qt_6_4);
    s << magic << formatVersion << snapshot.watermark << snapshot.fetchedAt;
    putList(s, snapshot.regions);
    putList(s, snapshot.clusters);
    putList(s, snapshot.nodes);
    putList(s, snapshot.services);
    putList(s, snapshot.instances);
    putList(s, snapshot.policies);
    putList(s, snapshot.healthEvents);
    putList(s, snapshot.failoverEvents);
    putList(s, snapshot.auditEntries);
    if (s.status() != QDataStream::Ok || !file.commit()) {
        if (error)
            *error = tr("Cannot write the snapshot cache %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

std::optional<FleetSnapshot> SnapshotCache::load(QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("No snapshot cache at %1").arg(m_path);
        return std::nullopt;
    }
    QDataStream s(&file);
    s.setVersion(QDataStream::Qt_6_4);
    quint64 fileMagic = 0;
    quint32 version = 0;
    FleetSnapshot snapshot;
    snapshot.full = true;
    s >> fileMagic >> version;
    if (fileMagic != magic || version != formatVersion) {
        if (error)
            *error = tr("The snapshot cache %1 has an unknown format; ignored").arg(m_path);
        return std::nullopt;
    }
    s >> snapshot.watermark >> snapshot.fetchedAt;
    const bool ok = getList(s, snapshot.regions) && getList(s, snapshot.clusters) &&
                    getList(s, snapshot.nodes) && getList(s, snapshot.services) &&
                    getList(s, snapshot.instances) && getList(s, snapshot.policies) &&
                    getList(s, snapshot.healthEvents) && getList(s, snapshot.failoverEvents) &&
                    getList(s, snapshot.auditEntries);
    if (!ok) {
        if (error)
            *error = tr("The snapshot cache %1 is damaged; ignored").arg(m_path);
        return std::nullopt;
    }
    return snapshot;
}

} // namespace looma
