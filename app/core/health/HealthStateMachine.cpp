#include "HealthStateMachine.h"

#include <algorithm>

namespace looma {

HealthStateMachine::HealthStateMachine(int rise, int fall)
{
    setThresholds(rise, fall);
}

void HealthStateMachine::setThresholds(int rise, int fall)
{
    // The registry's CHECK constraints keep both in 1..100; clamp anyway so a bad row cannot wedge us.
    m_rise = std::clamp(rise, 1, 100);
    m_fall = std::clamp(fall, 1, 100);
}

std::optional<HealthState> HealthStateMachine::record(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Success:
        m_failures = 0;
        ++m_successes;
        break;
    case ProbeVerdict::Failure:
        m_successes = 0;
        ++m_failures;
        break;
    case ProbeVerdict::Throttled:
        m_successes = 0;
        m_failures = 0;
        break;
    }
    const HealthState to = next(verdict);
    if (to == m_state)
        return std::nullopt;
    m_state = to;
    return to;
}

HealthState HealthStateMachine::next(ProbeVerdict verdict) const
{
    switch (verdict) {
    case ProbeVerdict::Throttled:
        return HealthState::Warning;
    case ProbeVerdict::Success:
        if (m_successes >= m_rise)
            return HealthState::Passing;
        // Not yet risen: a passing instance stays passing, the others keep their state.
        return m_state;
    case ProbeVerdict::Failure:
        if (m_failures >= m_fall)
            return HealthState::Critical;
        if (m_state == HealthState::Passing)
            return HealthState::Warning;
        return m_state;
    }
    return m_state;
}

} // namespace looma
