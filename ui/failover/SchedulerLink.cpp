#include "SchedulerLink.h"

#include "SchedulerService.h"

namespace looma {

SchedulerLink::SchedulerLink(QObject *parent)
    : QObject(parent)
{
}

void SchedulerLink::setScheduler(SchedulerService *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    m_lastActed.clear();
    if (m_scheduler) {
        connect(m_scheduler, &SchedulerService::decisionChanged, this, [this](const GroupDecision &decision) {
            if (decision.acted)
                m_lastActed.insert(decision.group, decision.at);
            Q_EMIT decisionChanged(decision);
        });
    }
}

GroupDecision SchedulerLink::decisionFor(const QString &group) const
{
    return m_scheduler ? m_scheduler->decisionFor(group) : GroupDecision{};
}

} // namespace looma
