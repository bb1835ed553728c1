#pragma once

#include "SchedulerTypes.h"

#include <QDateTime>
#include <QHash>
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
    // When this console's scheduler last failed the group over; later decisions ("holds" once the
    // new primary passes) do not hide it. Invalid when it never did.
    QDateTime lastFailoverAt(const QString &group) const { return m_lastActed.value(group); }

Q_SIGNALS:
    void decisionChanged(const looma::GroupDecision &decision);

private:
    QPointer<SchedulerService> m_scheduler;
    QHash<QString, QDateTime> m_lastActed;
};

} // namespace looma
