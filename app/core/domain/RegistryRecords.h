#pragma once

#include "DomainEnums.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace looma {

// Plain value types, one per registry table the console reads. They cross threads by value.
// Every record carries the registry's change sequence (changeSeq) so a store can keep the newest.

struct Maintenance
{
    QDateTime until; // invalid: not in maintenance
    QString reason;
    bool activeAt(const QDateTime &now) const { return until.isValid() && until > now; }
    bool operator==(const Maintenance &o) const { return until == o.until && reason == o.reason; }
};

struct Region
{
    qint64 id = 0;
    Cloud cloud = Cloud::Tencent;
    QString region; // e.g. ap-guangzhou, cn-hangzhou
    QString zone;   // e.g. ap-guangzhou-3, cn-hangzhou-h
    QString displayName;
    Maintenance maintenance;
    qint64 changeSeq = 0;
    bool operator==(const Region &o) const
    {
        return id == o.id && cloud == o.cloud && region == o.region && zone == o.zone
            && displayName == o.displayName && maintenance == o.maintenance;
    }
};

struct Cluster
{
    qint64 id = 0;
    qint64 regionId = 0;
    QString name;
    QString purpose;
    qint64 changeSeq = 0;
    bool operator==(const Cluster &o) const
    {
        return id == o.id && regionId == o.regionId && name == o.name && purpose == o.purpose;
    }
};

struct Node
{
    qint64 id = 0;
    qint64 clusterId = 0;
    QString hostname;
    QString ip;
    NodeStatus status = NodeStatus::Up;
    int cpuCores = 0;
    int memoryMb = 0;
    Maintenance maintenance;
    qint64 changeSeq = 0;
    bool operator==(const Node &o) const
    {
        return id == o.id && clusterId == o.clusterId && hostname == o.hostname && ip == o.ip
            && status == o.status && cpuCores == o.cpuCores && memoryMb == o.memoryMb
            && maintenance == o.maintenance;
    }
};

struct Service
{
    qint64 id = 0;
    QString name; // ai-gateway, resume-service, ..., postgresql
    ServiceKind kind = ServiceKind::Ai;
    int defaultPort = 0;
    QString description;
    qint64 changeSeq = 0;
    bool operator==(const Service &o) const
    {
        return id == o.id && name == o.name && kind == o.kind && defaultPort == o.defaultPort
            && description == o.description;
    }
};

struct ServiceInstance
{
    qint64 id = 0;
    qint64 serviceId = 0;
    qint64 nodeId = 0;
    QString failoverGroup; // instances of one group share its generation; at most one primary
    QString endpoint;      // host:port the service listens on
    InstanceRole role = InstanceRole::Active;
    int weight = 100;
    HealthState status = HealthState::Unknown;
    QString healthCheckUrl;
    qint64 generation = 1; // the group's fencing generation, bumped by every promotion
    Maintenance maintenance;
    qint64 changeSeq = 0;
    bool operator==(const ServiceInstance &o) const
    {
        return id == o.id && serviceId == o.serviceId && nodeId == o.nodeId && failoverGroup == o.failoverGroup
            && endpoint == o.endpoint && role == o.role && weight == o.weight && status == o.status
            && healthCheckUrl == o.healthCheckUrl && generation == o.generation
            && maintenance == o.maintenance;
    }
};

struct CheckPolicy
{
    qint64 id = 0;
    qint64 serviceId = 0; // 0: the default policy for services without their own
    CheckType type = CheckType::Http;
    QString path = QStringLiteral("/health");
    int expectStatus = 200;
    QString expectBody; // empty: any body
    int intervalMs = 10000;
    int timeoutMs = 2000;
    int rise = 2;
    int fall = 3;
    qint64 changeSeq = 0;
    bool operator==(const CheckPolicy &o) const
    {
        return id == o.id && serviceId == o.serviceId && type == o.type && path == o.path
            && expectStatus == o.expectStatus && expectBody == o.expectBody && intervalMs == o.intervalMs
            && timeoutMs == o.timeoutMs && rise == o.rise && fall == o.fall;
    }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::Region)
Q_DECLARE_METATYPE(looma::Cluster)
Q_DECLARE_METATYPE(looma::Node)
Q_DECLARE_METATYPE(looma::Service)
Q_DECLARE_METATYPE(looma::ServiceInstance)
Q_DECLARE_METATYPE(looma::CheckPolicy)
