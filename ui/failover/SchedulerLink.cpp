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
    if (m_scheduler)
        connect(m_scheduler, &SchedulerService::decisionChanged, this, &SchedulerLink::decisionChanged);
}

GroupDecision SchedulerLink::decisionFor(const QString &group) const
{
    return m_scheduler ? m_scheduler->decisionFor(group) : GroupDecision{};
}

} // namespace looma
