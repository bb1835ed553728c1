#pragma once

#include "HealthTypes.h"

#include <optional>

namespace looma {

// One instance's health, unknown -> passing / warning / critical, driven by probe verdicts.
//   * `rise` consecutive successes -> passing (from unknown, warning or critical);
//   * `fall` consecutive failures -> critical (from any state);
//   * a failure streak shorter than `fall` starting from passing -> warning: failing, but not yet
//     past `fall`, so nobody acts on it; from unknown or critical such a streak changes nothing;
//   * HTTP 429 -> warning at once (Consul's convention: alive but shedding load); it breaks both
//     streaks, so a later failure run starts counting from one.
// Pure: no clock, no I/O. record() returns the new state only when it changes.
class HealthStateMachine final
{
public:
    HealthStateMachine() = default;
    explicit HealthStateMachine(int rise, int fall);

    std::optional<HealthState> record(ProbeVerdict verdict);

    void setThresholds(int rise, int fall);
    // Starts from a state known elsewhere (the registry's last status), with both streaks at zero.
    void restore(HealthState state) { m_state = state; m_failures = 0; m_successes = 0; }
    HealthState state() const { return m_state; }
    int consecutiveFailures() const { return m_failures; }
    int consecutiveSuccesses() const { return m_successes; }
    int rise() const { return m_rise; }
    int fall() const { return m_fall; }

    // The failover policy's question: has this instance been critical for at least n checks in a row?
    bool criticalFor(int checks) const { return m_state == HealthState::Critical && m_failures >= checks; }

private:
    HealthState next(ProbeVerdict verdict) const;

    HealthState m_state = HealthState::Unknown;
    int m_rise = 2;
    int m_fall = 3;
    int m_failures = 0;
    int m_successes = 0;
};

} // namespace looma
