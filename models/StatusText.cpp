#include "StatusText.h"

namespace looma {

QString StatusText::cloud(Cloud value)
{
    switch (value) {
    case Cloud::Tencent:
        return tr("Tencent Cloud");
    case Cloud::Alibaba:
        return tr("Alibaba Cloud");
    }
    return {};
}

QString StatusText::nodeStatus(NodeStatus value)
{
    switch (value) {
    case NodeStatus::Up:
        return tr("Up");
    case NodeStatus::Down:
        return tr("Down");
    case NodeStatus::Draining:
        return tr("Draining");
    }
    return {};
}

QString StatusText::health(HealthState value)
{
    switch (value) {
    case HealthState::Unknown:
        return tr("Unknown");
    case HealthState::Passing:
        return tr("Passing");
    case HealthState::Warning:
        return tr("Warning");
    case HealthState::Critical:
        return tr("Critical");
    }
    return {};
}

QString StatusText::role(InstanceRole value)
{
    switch (value) {
    case InstanceRole::Primary:
        return tr("Primary");
    case InstanceRole::Standby:
        return tr("Standby");
    case InstanceRole::Active:
        return tr("Active");
    }
    return {};
}

QString StatusText::severity(Severity value)
{
    switch (value) {
    case Severity::Ok:
        return tr("OK");
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString StatusText::eventKind(EventKind value)
{
    switch (value) {
    case EventKind::Health:
        return tr("Health");
    case EventKind::Failover:
        return tr("Failover");
    case EventKind::Audit:
        return tr("Audit");
    case EventKind::Alert:
        return tr("Alert");
    }
    return {};
}

QString StatusText::failoverOutcome(FailoverOutcome value)
{
    switch (value) {
    case FailoverOutcome::Pending:
        return tr("pending");
    case FailoverOutcome::Committed:
        return tr("committed");
    case FailoverOutcome::Refused:
        return tr("refused");
    case FailoverOutcome::Failed:
        return tr("failed");
    case FailoverOutcome::Actuated:
        return tr("actuated");
    case FailoverOutcome::ActuationFailed:
        return tr("actuation failed");
    }
    return {};
}

QString StatusText::failoverTrigger(FailoverTrigger value)
{
    switch (value) {
    case FailoverTrigger::Auto:
        return tr("automatic");
    case FailoverTrigger::Manual:
        return tr("manual");
    }
    return {};
}

} // namespace looma
