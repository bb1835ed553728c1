#include "FaultTable.h"

#include "FleetModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace looma::fleetsim {
namespace {

const char *kindWord(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Down:
        return "down";
    case FaultKind::Slow:
        return "slow";
    case FaultKind::Flapping:
        return "flapping";
    case FaultKind::Errors:
        return "errors";
    case FaultKind::Partition:
        return "partition";
    }
    return "down";
}

const char *targetWord(FaultTarget target)
{
    switch (target) {
    case FaultTarget::Instance:
        return "instance";
    case FaultTarget::FailoverGroup:
        return "failover_group";
    case FaultTarget::Service:
        return "service";
    case FaultTarget::Region:
        return "region";
    case FaultTarget::Cloud:
        return "cloud";
    }
    return "instance";
}

} // namespace

FaultTable::FaultTable(const FleetModel &model)
    : m_model(model)
    , m_effects(model.instances().size())
    , m_partitionedRegions(model.regions().size(), 0)
{}

bool FaultTable::parse(const QByteArray &json, Fault *fault, std::string *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = "body is not a JSON object: " + parseError.errorString().toStdString();
        return false;
    }
    const QJsonObject o = doc.object();
    const QString kind = o.value(QLatin1String("kind")).toString();
    static const FaultKind kinds[] = {FaultKind::Down, FaultKind::Slow, FaultKind::Flapping,
                                      FaultKind::Errors, FaultKind::Partition};
    const auto k = std::find_if(std::begin(kinds), std::end(kinds),
                                [&](FaultKind fk) { return kind == QLatin1String(kindWord(fk)); });
    if (k == std::end(kinds)) {
        *error = "kind must be one of down, slow, flapping, errors, partition";
        return false;
    }
    fault->kind = *k;

    const QJsonObject target = o.value(QLatin1String("target")).toObject();
    if (target.size() != 1) {
        *error = "target must name exactly one of instance, failover_group, service, region, cloud";
        return false;
    }
    const QString key = target.begin().key();
    const QJsonValue value = target.begin().value();
    fault->targetValue =
        value.isDouble() ? std::to_string(value.toInteger()) : value.toString().toStdString();
    bool known = false;
    if (key == QLatin1String("instance")) {
        fault->target = FaultTarget::Instance;
        const qint64 id = value.isDouble() ? value.toInteger() : value.toString().toLongLong();
        known = id >= 1 && id <= qint64(m_model.instances().size());
        fault->targetValue = std::to_string(id);
    } else if (key == QLatin1String("failover_group")) {
        fault->target = FaultTarget::FailoverGroup;
        known = m_model.groupIndex(fault->targetValue) >= 0;
    } else if (key == QLatin1String("service")) {
        fault->target = FaultTarget::Service;
        known = m_model.serviceIndex(fault->targetValue) >= 0;
    } else if (key == QLatin1String("region")) {
        fault->target = FaultTarget::Region;
        known = m_model.regionIndex(fault->targetValue) >= 0;
    } else if (key == QLatin1String("cloud")) {
        fault->target = FaultTarget::Cloud;
        known = fault->targetValue == "tencent" || fault->targetValue == "alibaba";
    } else {
        *error = "unknown target kind " + key.toStdString();
        return false;
    }
    if (!known) {
        *error = "no such " + key.toStdString() + ": " + fault->targetValue;
        return false;
    }

    fault->latencyMs = o.value(QLatin1String("latency_ms")).toInt(fault->kind == FaultKind::Slow ? 1500 : 0);
    fault->errorRate =
        o.value(QLatin1String("error_rate")).toDouble(fault->kind == FaultKind::Errors ? 0.5 : 0);
    fault->periodS = o.value(QLatin1String("period_s")).toInt(fault->kind == FaultKind::Flapping ? 10 : 0);
    if (fault->latencyMs < 0 || fault->latencyMs > 600000 || fault->errorRate < 0 || fault->errorRate > 1 ||
        fault->periodS < 0 || fault->periodS > 65535 ||
        (fault->kind == FaultKind::Flapping && fault->periodS == 0)) {
        *error = "latency_ms must be 0..600000, error_rate 0..1, period_s 1..65535 for flapping";
        return false;
    }
    return true;
}

template <typename Fn> void FaultTable::forEachTarget(const Fault &fault, Fn fn) const
{
    switch (fault.target) {
    case FaultTarget::Instance:
        fn(std::stoi(fault.targetValue) - 1);
        break;
    case FaultTarget::FailoverGroup:
        for (int i : m_model.groups()[std::size_t(m_model.groupIndex(fault.targetValue))].members)
            fn(i);
        break;
    case FaultTarget::Service:
        for (int i : m_model.services()[std::size_t(m_model.serviceIndex(fault.targetValue))].instances)
            fn(i);
        break;
    case FaultTarget::Region:
        for (int i : m_model.regions()[std::size_t(m_model.regionIndex(fault.targetValue))].instances)
            fn(i);
        break;
    case FaultTarget::Cloud:
        for (const SimRegion &region : m_model.regions()) {
            if ((region.cloud == Cloud::Tencent) == (fault.targetValue == "tencent")) {
                for (int i : region.instances)
                    fn(i);
            }
        }
        break;
    }
}

int FaultTable::add(Fault fault, double now)
{
    fault.id = m_nextId++;
    fault.startedAt = now;
    fault.affected = 0;
    forEachTarget(fault, [&](int) { ++fault.affected; });
    m_faults.push_back(std::move(fault));
    recompute();
    return m_faults.back().id;
}

bool FaultTable::remove(int id)
{
    const auto it =
        std::find_if(m_faults.begin(), m_faults.end(), [id](const Fault &f) { return f.id == id; });
    if (it == m_faults.end())
        return false;
    m_faults.erase(it);
    recompute();
    return true;
}

void FaultTable::clear()
{
    m_faults.clear();
    recompute();
}

void FaultTable::recompute()
{
    std::fill(m_effects.begin(), m_effects.end(), InstanceEffect{});
    std::fill(m_partitionedRegions.begin(), m_partitionedRegions.end(), 0);
    for (const Fault &fault : m_faults) {
        forEachTarget(fault, [&](int i) {
            InstanceEffect &e = m_effects[std::size_t(i)];
            switch (fault.kind) {
            case FaultKind::Down:
                e.down = true;
                break;
            case FaultKind::Slow:
                e.latencyMs = std::max(e.latencyMs, std::uint32_t(fault.latencyMs));
                break;
            case FaultKind::Errors:
                e.errorRate = std::max(e.errorRate, float(fault.errorRate));
                break;
            case FaultKind::Partition:
                e.partitioned = true;
                break;
            case FaultKind::Flapping:
                e.flapPeriodS = std::uint16_t(fault.periodS);
                e.flapStart = fault.startedAt;
                break;
            }
        });
        if (fault.kind == FaultKind::Partition && fault.target == FaultTarget::Region)
            m_partitionedRegions[std::size_t(m_model.regionIndex(fault.targetValue))] = 1;
        if (fault.kind == FaultKind::Partition && fault.target == FaultTarget::Cloud) {
            for (std::size_t r = 0; r < m_model.regions().size(); ++r) {
                if ((m_model.regions()[r].cloud == Cloud::Tencent) == (fault.targetValue == "tencent"))
                    m_partitionedRegions[r] = 1;
            }
        }
    }
}

bool FaultTable::isDown(int instance, double now) const
{
    const InstanceEffect &e = m_effects[std::size_t(instance)];
    if (e.down || e.partitioned)
        return true;
    // Flapping starts in the down half-period, so the fault shows at once.
    return e.flapPeriodS != 0 && (std::int64_t((now - e.flapStart) / e.flapPeriodS) % 2) == 0;
}

QByteArray FaultTable::faultJson(const Fault &fault)
{
    QJsonObject target;
    if (fault.target == FaultTarget::Instance)
        target.insert(QLatin1String("instance"), qint64(std::stoll(fault.targetValue)));
    else
        target.insert(QLatin1String(targetWord(fault.target)), QString::fromStdString(fault.targetValue));
    QJsonObject o{{QLatin1String("id"), fault.id},
                  {QLatin1String("kind"), QLatin1String(kindWord(fault.kind))},
                  {QLatin1String("target"), target},
                  {QLatin1String("latency_ms"), fault.latencyMs},
                  {QLatin1String("error_rate"), fault.errorRate},
                  {QLatin1String("period_s"), fault.periodS},
                  {QLatin1String("affected_instances"), fault.affected}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray FaultTable::toJson() const
{
    QJsonArray list;
    for (const Fault &fault : m_faults)
        list.append(QJsonDocument::fromJson(faultJson(fault)).object());
    return QJsonDocument(QJsonObject{{QLatin1String("faults"), list}}).toJson(QJsonDocument::Compact);
}

} // namespace looma::fleetsim
