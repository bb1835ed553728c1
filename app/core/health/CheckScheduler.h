#pragma once

#include "CheckEngine.h"

#include <QObject>
#include <QThread>

namespace looma {

// The GUI-side face of the health checker. The checks run on the scheduler's own thread (a
// CheckEngine lives there); calls are posted to it, and results come back as value types through
// queued signals: transitions every batch interval, figures once a second, a failing share per sweep.
class CheckScheduler final : public QObject
{
    Q_OBJECT

public:
    explicit CheckScheduler(const CheckEngine::Options &options = {}, QObject *parent = nullptr);
    ~CheckScheduler() override;

    void setFleet(const QList<ServiceInstance> &instances, const QList<CheckPolicy> &policies);
    void applyChanges(const QList<ServiceInstance> &upserted, const QList<qint64> &removed);
    void setPolicies(const QList<CheckPolicy> &policies);
    void start();
    void stop();

Q_SIGNALS:
    void transitionsReady(const QList<looma::HealthTransition> &batch);
    void figuresReady(const looma::SchedulerFigures &figures);
    void sweepCompleted(const looma::SweepFigure &sweep);

private:
    QThread m_thread;
    CheckEngine *m_engine = nullptr;
};

} // namespace looma
