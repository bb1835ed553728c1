#pragma once

#include "FailoverDecision.h"
#include "PromConfig.h"
#include "WebhookActuator.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace looma {

// Value types of the scheduler's API. They cross threads and queued signals by value; the GUI's
// failover page and the headless log read nothing else.

// Where instance health comes from: the in-process prober (default) or Prometheus's
// `looma_instance_up` samples fed through the same rise/fall state machine.
enum class HealthSourceKind { Probes, Prometheus };

struct SchedulerConfig
{
    QString dsn;             // registry conninfo for the scheduler's own sessions (writer, leader, promotions)
    HealthSourceKind source = HealthSourceKind::Probes;
    PromConfig prometheus;   // empty baseUrl: no Prometheus (no second observer, Probes only)
    bool observerEnabled = true; // ask Prometheus before acting (Probes source with Prometheus only)
    QString observerQuery = QStringLiteral("looma_instance_up"); // series per instance, label instance_id
    QString observerName;    // health_events.observer and the failover actor; empty: user@host
    bool readOnly = false;   // no writes at all: no failover, no leadership, no health events, no audit
    int checkIntervalMs = 0; // > 0: overrides every check policy's interval (and the Prometheus poll)
    qint64 cooldownSeconds = 600;
    double partitionShare = 0.30; // failing share of all checks at which the partition guard trips
    int partitionMinChecks = 10;  // sweeps with fewer checks never trip it (tiny fleets)
    int leaderIntervalMs = 2000;
    qint64 leaderLockKey = 0x4C4F4F4D; // LeaderElection::defaultLockKey
    int maxInFlight = 512;             // probes at once
    WebhookConfig webhook;
};

// The latest decision of one failover group. `decision.block` / `decision.reason` say what stops
// it; `acted` is true when this evaluation started a promotion.
struct GroupDecision
{
    QString group;
    Decision decision;
    ObserverVerdict observer = ObserverVerdict::NoObserver;
    bool acted = false;
    QDateTime at;
    QString blockWord() const { return toText(decision.block); } // stable: "maintenance", "cooldown", ...
};

// Figures for the status bar and the failover page, published about once a second.
struct SchedulerOverview
{
    HealthSourceKind source = HealthSourceKind::Probes;
    int instances = 0;
    int groups = 0;
    double checksPerSecond = 0;
    double failingShare = 0;    // the share the partition guard uses (max of the last sweeps)
    bool partitionSuspected = false;
    bool leader = false;
    bool readOnly = false;
    int promotionsInFlight = 0;
    QDateTime at;
};

// Raised once per episode of "too many checks fail at once": this console suspects its own network.
struct PartitionAlert
{
    QDateTime startedAt;
    double failingShare = 0;
    double threshold = 0;
    int checks = 0;
    int failures = 0;
    QString message; // for people
};

QString toText(HealthSourceKind kind); // "probes" / "prometheus"
QString toText(ObserverVerdict verdict); // "none" / "up" / "down"

} // namespace looma

Q_DECLARE_METATYPE(looma::SchedulerConfig)
Q_DECLARE_METATYPE(looma::GroupDecision)
Q_DECLARE_METATYPE(looma::SchedulerOverview)
Q_DECLARE_METATYPE(looma::PartitionAlert)
