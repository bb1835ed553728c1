#include "FailoverPolicy.h"

#include <algorithm>

namespace looma {
namespace {

const InstanceHealth *findPrimary(const FailoverInputs &in)
{
    for (const InstanceHealth &h : in.instances) {
        if (h.instance.role == InstanceRole::Primary)
            return &h;
    }
    return nullptr;
}

// Maintenance anywhere above the instance counts: the instance itself, its node, its region.
bool underMaintenance(const FailoverInputs &in, const ServiceInstance &instance)
{
    if (instance.maintenance.activeAt(in.now))
        return true;
    const auto node = in.nodes.constFind(instance.nodeId);
    if (node == in.nodes.constEnd())
        return false;
    if (node->maintenance.activeAt(in.now))
        return true;
    const auto region = in.regions.constFind(node->regionId);
    return region != in.regions.constEnd() && region->activeAt(in.now);
}

bool inCooldown(const FailoverInputs &in)
{
    if (!in.lastFailoverAt.isValid())
        return false;
    // An acknowledgement counts only for the failover it followed: a later failover re-arms it.
    if (in.cooldownAcknowledgedAt.isValid() && in.cooldownAcknowledgedAt >= in.lastFailoverAt)
        return false;
    return in.now < in.lastFailoverAt.addSecs(in.cooldownSeconds);
}

} // namespace

QString toText(BlockCode code)
{
    switch (code) {
    case BlockCode::None: return QStringLiteral("none");
    case BlockCode::InconsistentGroup: return QStringLiteral("inconsistent_group");
    case BlockCode::NoPrimary: return QStringLiteral("no_primary");
    case BlockCode::PrimaryNotCritical: return QStringLiteral("primary_not_critical");
    case BlockCode::PrimaryNotCriticalLongEnough: return QStringLiteral("primary_not_critical_long_enough");
    case BlockCode::ReadOnly: return QStringLiteral("read_only");
    case BlockCode::NotLeader: return QStringLiteral("not_leader");
    case BlockCode::PartitionSuspected: return QStringLiteral("partition_suspected");
    case BlockCode::ObserverDisagrees: return QStringLiteral("observer_disagrees");
    case BlockCode::Maintenance: return QStringLiteral("maintenance");
    case BlockCode::Cooldown: return QStringLiteral("cooldown");
    case BlockCode::NoPassingStandby: return QStringLiteral("no_passing_standby");
    }
    return QStringLiteral("unknown");
}

bool FailoverPolicy::partitionSuspected(double failingShare, double threshold)
{
    // At or above the threshold: a share this large says more about our network than about them.
    return failingShare >= threshold;
}

std::optional<qint64> FailoverPolicy::chooseCandidate(const FailoverInputs &in, qint64 primaryId)
{
    const InstanceHealth *primary = nullptr;
    for (const InstanceHealth &h : in.instances) {
        if (h.instance.id == primaryId)
            primary = &h;
    }
    const auto primaryNode = primary ? in.nodes.constFind(primary->instance.nodeId) : in.nodes.constEnd();
    const bool primaryCloudKnown = primaryNode != in.nodes.constEnd();

    const InstanceHealth *best = nullptr;
    auto sameCloud = [&](const InstanceHealth &h) {
        return primaryCloudKnown && in.nodes.value(h.instance.nodeId).cloud == primaryNode->cloud;
    };
    auto better = [&](const InstanceHealth &a, const InstanceHealth &b) {
        if (a.instance.weight != b.instance.weight)
            return a.instance.weight > b.instance.weight;
        if (sameCloud(a) != sameCloud(b))
            return sameCloud(a);
        return a.instance.id < b.instance.id;
    };
    for (const InstanceHealth &h : in.instances) {
        if (h.instance.id == primaryId || h.instance.role != InstanceRole::Standby)
            continue;
        if (h.state != HealthState::Passing || h.instance.weight <= 0)
            continue;
        const auto node = in.nodes.constFind(h.instance.nodeId);
        if (node == in.nodes.constEnd() || node->status != NodeStatus::Up)
            continue;
        if (underMaintenance(in, h.instance))
            continue;
        if (!best || better(h, *best))
            best = &h;
    }
    if (!best)
        return std::nullopt;
    return best->instance.id;
}

Decision FailoverPolicy::decide(const FailoverInputs &in)
{
    Decision d;
    d.partitionSuspected = partitionSuspected(in.failingShare, in.partitionThreshold);
    const int fall = std::max(1, in.fall);
    const InstanceHealth *primary = findPrimary(in);

    bool consistent = !in.instances.isEmpty();
    for (const InstanceHealth &h : in.instances) {
        if (h.instance.generation != in.instances.first().instance.generation)
            consistent = false;
    }
    if (consistent)
        d.generation = in.instances.first().instance.generation;
    if (primary)
        d.primaryId = primary->instance.id;
    d.candidateId = chooseCandidate(in, d.primaryId).value_or(0);

    auto block = [&d](BlockCode code) { d.blocks.append(code); };
    if (!consistent)
        block(BlockCode::InconsistentGroup);
    if (!primary)
        block(BlockCode::NoPrimary);
    else if (primary->state != HealthState::Critical)
        block(BlockCode::PrimaryNotCritical);
    else if (primary->consecutiveFailures < fall)
        block(BlockCode::PrimaryNotCriticalLongEnough);
    if (in.readOnly)
        block(BlockCode::ReadOnly);
    if (!in.leader)
        block(BlockCode::NotLeader);
    if (d.partitionSuspected)
        block(BlockCode::PartitionSuspected);
    if (in.observer == ObserverVerdict::Up)
        block(BlockCode::ObserverDisagrees);
    if (primary && underMaintenance(in, primary->instance))
        block(BlockCode::Maintenance);
    if (inCooldown(in))
        block(BlockCode::Cooldown);
    if (d.candidateId == 0)
        block(BlockCode::NoPassingStandby);

    const QString group = in.group;
    if (d.blocks.isEmpty()) {
        d.act = true;
        d.reason = tr("Primary #%1 of group %2 failed %3 consecutive checks (fall %4); promoting standby #%5.")
                       .arg(d.primaryId).arg(group).arg(primary->consecutiveFailures).arg(fall).arg(d.candidateId);
        return d;
    }
    d.block = d.blocks.first();
    switch (d.block) {
    case BlockCode::InconsistentGroup:
        d.reason = in.instances.isEmpty()
            ? tr("Group %1 has no instances.").arg(group)
            : tr("Instances of group %1 disagree on the generation; fix the registry first.").arg(group);
        break;
    case BlockCode::NoPrimary:
        d.reason = tr("Group %1 has no primary; an operator must choose one.").arg(group);
        break;
    case BlockCode::PrimaryNotCritical:
        d.reason = tr("Primary #%1 of group %2 is not critical.").arg(d.primaryId).arg(group);
        break;
    case BlockCode::PrimaryNotCriticalLongEnough:
        d.reason = tr("Primary #%1 of group %2 failed %3 of the %4 consecutive checks needed.")
                       .arg(d.primaryId).arg(group).arg(primary->consecutiveFailures).arg(fall);
        break;
    case BlockCode::ReadOnly:
        d.reason = tr("The console is read-only; automatic failover is off.");
        break;
    case BlockCode::NotLeader:
        d.reason = tr("Another console holds the leadership; only the leader fails over.");
        break;
    case BlockCode::PartitionSuspected:
        d.reason = tr("%1 % of all checks fail at once (threshold %2 %): this console's own network is "
                      "suspect, so nothing fails over.")
                       .arg(in.failingShare * 100.0, 0, 'f', 1).arg(in.partitionThreshold * 100.0, 0, 'f', 1);
        break;
    case BlockCode::ObserverDisagrees:
        d.reason = tr("Prometheus still sees primary #%1 up; the two observers disagree.").arg(d.primaryId);
        break;
    case BlockCode::Maintenance:
        d.reason = tr("Primary #%1 of group %2, its node or its region is under maintenance.")
                       .arg(d.primaryId).arg(group);
        break;
    case BlockCode::Cooldown:
        d.reason = tr("Group %1 failed over at %2; cooldown until %3 unless an operator acknowledges it.")
                       .arg(group, in.lastFailoverAt.toString(Qt::ISODate),
                            in.lastFailoverAt.addSecs(in.cooldownSeconds).toString(Qt::ISODate));
        break;
    case BlockCode::NoPassingStandby:
        d.reason = tr("Group %1 has no passing standby outside maintenance to promote.").arg(group);
        break;
    case BlockCode::None:
        break;
    }
    return d;
}

} // namespace looma
