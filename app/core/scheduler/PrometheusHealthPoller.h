#pragma once

#include "HealthTypes.h"
#include "PrometheusHealthSource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace looma {

class PromQueryAgent;

// The Prometheus-derived health source: every interval one instant query (`looma_instance_up` by
// default, or blackbox_exporter's `probe_success`), each answer one check round through the same
// rise/fall state machine as the probes (PrometheusHealthSource). It emits the same three signals
// as the CheckScheduler, so SchedulerService treats both sources alike. A failed query is no
// round at all: an unreachable Prometheus must not look like a fleet that went down.
class PrometheusHealthPoller final : public QObject
{
    Q_OBJECT

public:
    PrometheusHealthPoller(PromQueryAgent *agent, const QString &query, QObject *parent = nullptr);

    void setInterval(int intervalMs);
    void setThresholds(int rise, int fall) { m_source.setThresholds(rise, fall); }
    void start();
    void stop();

Q_SIGNALS:
    void transitionsReady(const QList<looma::HealthTransition> &batch);
    void figuresReady(const looma::SchedulerFigures &figures);
    void sweepCompleted(const looma::SweepFigure &sweep);
    void queryFailed(const QString &error);

private:
    void poll();

    PromQueryAgent *m_agent = nullptr;
    QString m_query;
    PrometheusHealthSource m_source;
    QTimer m_timer{this};
    QElapsedTimer m_clock;
    bool m_busy = false;
};

} // namespace looma
