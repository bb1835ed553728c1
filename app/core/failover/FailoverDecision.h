#pragma once

#include "RegistryRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace looma {

// What the second observer (Prometheus: up / probe_success) says about the primary.
enum class ObserverVerdict {
    NoObserver, // no second observer is configured or it has no series for the primary
    Up,         // it still sees the primary up: our own probes may be what is broken
    Down,       // it agrees the primary is down
};

// Why an automatic failover does not fire. Machine-readable, stable: the GUI, the alert list and
// tests key on these; the words for people are in Decision::reason.
enum class BlockCode {
    None,
    InconsistentGroup,             // instances of the group disagree on the generation
    NoPrimary,                     // nothing to fail over from: an operator must choose
    PrimaryNotCritical,            // the primary is passing, warning or unknown
    PrimaryNotCriticalLongEnough,  // critical, but fewer than `fall` consecutive failures
    ReadOnly,                      // the console runs read-only
    NotLeader,                     // another console holds the leadership (or we lost it)
    PartitionSuspected,            // too many checks fail at once: our own network is suspect
    ObserverDisagrees,             // the second observer sees the primary up
    Maintenance,                   // the primary, its node or its region is under maintenance
    Cooldown,                      // the group failed over recently and nobody acknowledged it
    NoPassingStandby,              // no eligible standby to promote
};

// The health checker's view of one instance of the group.
struct InstanceHealth
{
    ServiceInstance instance;
    HealthState state = HealthState::Unknown;
    int consecutiveFailures = 0;
};

// What the policy needs to know about the node an instance runs on.
struct NodeFacts
{
    NodeStatus status = NodeStatus::Up;
    Maintenance maintenance;
    qint64 regionId = 0;
    Cloud cloud = Cloud::Tencent;
};

// Everything FailoverPolicy::decide() reads. Plain values, so a sweep can build it on any thread
// and a test can write it down in a table row.
struct FailoverInputs
{
    QString group;
    QList<InstanceHealth> instances;        // all instances of the group
    QHash<qint64, NodeFacts> nodes;         // by node id; a missing node counts as unknown (ineligible)
    QHash<qint64, Maintenance> regions;     // by region id
    int fall = 3;                           // the check policy's fall threshold
    bool leader = false;                    // this console holds the leadership now
    bool readOnly = false;
    QDateTime now;
    QDateTime lastFailoverAt;               // invalid: never failed over
    QDateTime cooldownAcknowledgedAt;       // invalid: not acknowledged
    qint64 cooldownSeconds = 600;
    ObserverVerdict observer = ObserverVerdict::NoObserver;
    double failingShare = 0.0;              // share of all checks of the last sweep that failed
    double partitionThreshold = 0.30;
};

// The verdict. When act is true, candidateId/primaryId/generation are what a PromotionRequest needs.
struct Decision
{
    bool act = false;
    BlockCode block = BlockCode::None;   // the first blocking rule (None when act)
    QList<BlockCode> blocks;             // every rule that blocks, in evaluation order
    QString reason;                      // translated, for people
    qint64 primaryId = 0;
    qint64 candidateId = 0;              // also set when blocked, if an eligible standby exists
    qint64 generation = 0;               // the group's generation the decision saw
    bool partitionSuspected = false;     // raise ONE alert per sweep for this, whatever else blocks
};

QString toText(BlockCode code); // stable lower-case word for logs, audit detail and tests

} // namespace looma

Q_DECLARE_METATYPE(looma::Decision)
