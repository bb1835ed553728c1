#include "DomainEnums.h"

#include <array>
#include <utility>

namespace looma {
namespace {

template <typename Enum, std::size_t N>
using Words = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr Words<Cloud, 2> cloudWords{{{Cloud::Tencent, u"tencent"}, {Cloud::Alibaba, u"alibaba"}}};
constexpr Words<NodeStatus, 3> nodeStatusWords{
    {{NodeStatus::Up, u"up"}, {NodeStatus::Down, u"down"}, {NodeStatus::Draining, u"draining"}}};
constexpr Words<HealthState, 4> healthWords{{{HealthState::Unknown, u"unknown"},
                                             {HealthState::Passing, u"passing"},
                                             {HealthState::Warning, u"warning"},
                                             {HealthState::Critical, u"critical"}}};
constexpr Words<InstanceRole, 3> roleWords{{{InstanceRole::Primary, u"primary"},
                                            {InstanceRole::Standby, u"standby"},
                                            {InstanceRole::Active, u"active"}}};
constexpr Words<ServiceKind, 3> kindWords{
    {{ServiceKind::Ai, u"ai"}, {ServiceKind::Crm, u"crm"}, {ServiceKind::Backend, u"backend"}}};
constexpr Words<CheckType, 2> checkWords{{{CheckType::Http, u"http"}, {CheckType::Tcp, u"tcp"}}};
constexpr Words<FailoverTrigger, 2> triggerWords{
    {{FailoverTrigger::Auto, u"auto"}, {FailoverTrigger::Manual, u"manual"}}};
constexpr Words<FailoverOutcome, 6> outcomeWords{{{FailoverOutcome::Pending, u"pending"},
                                                  {FailoverOutcome::Committed, u"committed"},
                                                  {FailoverOutcome::Refused, u"refused"},
                                                  {FailoverOutcome::Failed, u"failed"},
                                                  {FailoverOutcome::Actuated, u"actuated"},
                                                  {FailoverOutcome::ActuationFailed, u"actuation_failed"}}};

template <typename Enum, std::size_t N>
QString wordFor(const Words<Enum, N> &words, Enum value)
{
    for (const auto &[e, w] : words) {
        if (e == value)
            return QString::fromUtf16(w);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueFor(const Words<Enum, N> &words, QStringView text)
{
    for (const auto &[e, w] : words) {
        if (text == QStringView(w))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toDbText(Cloud value) { return wordFor(cloudWords, value); }
QString toDbText(NodeStatus value) { return wordFor(nodeStatusWords, value); }
QString toDbText(HealthState value) { return wordFor(healthWords, value); }
QString toDbText(InstanceRole value) { return wordFor(roleWords, value); }
QString toDbText(ServiceKind value) { return wordFor(kindWords, value); }
QString toDbText(CheckType value) { return wordFor(checkWords, value); }
QString toDbText(FailoverTrigger value) { return wordFor(triggerWords, value); }
QString toDbText(FailoverOutcome value) { return wordFor(outcomeWords, value); }

std::optional<Cloud> cloudFromDb(QStringView text) { return valueFor(cloudWords, text); }
std::optional<NodeStatus> nodeStatusFromDb(QStringView text) { return valueFor(nodeStatusWords, text); }
std::optional<HealthState> healthStateFromDb(QStringView text) { return valueFor(healthWords, text); }
std::optional<InstanceRole> instanceRoleFromDb(QStringView text) { return valueFor(roleWords, text); }
std::optional<ServiceKind> serviceKindFromDb(QStringView text) { return valueFor(kindWords, text); }
std::optional<CheckType> checkTypeFromDb(QStringView text) { return valueFor(checkWords, text); }
std::optional<FailoverTrigger> failoverTriggerFromDb(QStringView text) { return valueFor(triggerWords, text); }
std::optional<FailoverOutcome> failoverOutcomeFromDb(QStringView text) { return valueFor(outcomeWords, text); }

} // namespace looma
