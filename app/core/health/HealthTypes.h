#pragma once

#include "DomainEnums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace looma {

// Value types of the health checker. They cross threads by value through queued signals.

// What one probe said, reduced to what the state machine needs.
enum class ProbeVerdict {
    Success,   // expected status (and body substring, if any)
    Failure,   // anything else: refused, timeout, wrong status, too large, reset
    Throttled, // HTTP 429: the target is alive but shedding load (Consul maps it to warning)
};

struct ProbeResult
{
    ProbeVerdict verdict = ProbeVerdict::Failure;
    int httpStatus = 0;    // 0 for TCP checks and transport failures
    qint64 latencyUs = 0;  // from dispatch to verdict
    bool reusedConnection = false;
    QString error;         // in words for the user; empty on success
};

// One state change of one instance; the only thing that leaves the checker (never every probe).
struct HealthTransition
{
    qint64 instanceId = 0;
    HealthState fromState = HealthState::Unknown;
    HealthState toState = HealthState::Unknown;
    int consecutiveFailures = 0;
    QDateTime observedAt;
    QString detail; // the probe's error or "HTTP 200", for the events view and health_events.detail
};

// The scheduler's own figures, published once a second.
struct SchedulerFigures
{
    int instances = 0;
    double checksPerSecond = 0;
    double failuresPerSecond = 0;
    int inFlight = 0;
    int inFlightCap = 0;
    qint64 lagP50Ms = 0; // how late checks started against their schedule, over the last second
    qint64 lagMaxMs = 0;
    QDateTime at;
};

// One sweep (one default interval of wall time): what share of all checks failed.
// The failover partition guard reads it: many failures at once point at our own network.
struct SweepFigure
{
    int checks = 0;
    int failures = 0;
    double failingShare = 0;
    QDateTime endedAt;
};

} // namespace looma

Q_DECLARE_METATYPE(looma::ProbeResult)
Q_DECLARE_METATYPE(looma::HealthTransition)
Q_DECLARE_METATYPE(looma::SchedulerFigures)
Q_DECLARE_METATYPE(looma::SweepFigure)
