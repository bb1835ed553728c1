#pragma once

#include "SchedulerTypes.h"

#include <QObject>
#include <QPointer>

namespace looma {

class SchedulerService;

// The failover page's view of the scheduler: its last decision per group. A separate unit
// because the scheduler's headers and the session's both name a PromSample type (health vs.
// Prometheus) and cannot meet in one translation unit.
class SchedulerLink final : public QObject
{
    Q_OBJECT

public:
    explicit SchedulerLink(QObject *parent = nullptr);

    void setScheduler(SchedulerService *scheduler);
    bool hasScheduler() const { return !m_scheduler.isNull(); }
    GroupDecision decisionFor(const QString &group) const;

Q_SIGNALS:
    void decisionChanged(const looma::GroupDecision &decision);

private:
    QPointer<SchedulerService> m_scheduler;
};

} // namespace looma
