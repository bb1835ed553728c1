#pragma once

#include <QString>
#include <optional>

namespace looma {

// The registry stores these as lower-case text; the CHECK constraints in resources/sql list the same words.
enum class Cloud { Tencent, Alibaba };
enum class NodeStatus { Up, Down, Draining };
enum class HealthState { Unknown, Passing, Warning, Critical };
enum class InstanceRole { Primary, Standby, Active };
enum class ServiceKind { Ai, Crm, Backend };
enum class CheckType { Http, Tcp };
enum class FailoverTrigger { Auto, Manual };
enum class FailoverOutcome { Pending, Committed, Refused, Failed, Actuated, ActuationFailed };

QString toDbText(Cloud value);
QString toDbText(NodeStatus value);
QString toDbText(HealthState value);
QString toDbText(InstanceRole value);
QString toDbText(ServiceKind value);
QString toDbText(CheckType value);
QString toDbText(FailoverTrigger value);
QString toDbText(FailoverOutcome value);

// Parsers return nullopt for a word the registry should never hold, so a decoder can skip the row.
std::optional<Cloud> cloudFromDb(QStringView text);
std::optional<NodeStatus> nodeStatusFromDb(QStringView text);
std::optional<HealthState> healthStateFromDb(QStringView text);
std::optional<InstanceRole> instanceRoleFromDb(QStringView text);
std::optional<ServiceKind> serviceKindFromDb(QStringView text);
std::optional<CheckType> checkTypeFromDb(QStringView text);
std::optional<FailoverTrigger> failoverTriggerFromDb(QStringView text);
std::optional<FailoverOutcome> failoverOutcomeFromDb(QStringView text);

} // namespace looma
