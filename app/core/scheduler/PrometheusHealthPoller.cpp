#include "PrometheusHealthPoller.h"

#include "PromQueryAgent.h"

#include <cmath>

namespace looma {

PrometheusHealthPoller::PrometheusHealthPoller(PromQueryAgent *agent, const QString &query, QObject *parent)
    : QObject(parent)
    , m_agent(agent)
    , m_query(query)
{
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

void PrometheusHealthPoller::setInterval(int intervalMs)
{
    m_timer.setInterval(std::max(500, intervalMs));
}

void PrometheusHealthPoller::start()
{
    m_clock.start();
    m_timer.start();
    poll();
}

void PrometheusHealthPoller::stop()
{
    m_timer.stop();
}

void PrometheusHealthPoller::poll()
{
    if (m_busy) // the previous round is still running: skip, never pile up
        return;
    m_busy = true;
    const qint64 startedMs = m_clock.elapsed();
    m_agent->query(m_query, [this, startedMs](bool ok, const QList<PromSample> &values, const QString &error) {
        m_busy = false;
        if (!ok) {
            Q_EMIT queryFailed(error);
            return;
        }
        const QList<PromSample> &samples = values;
        int failures = 0;
        for (const PromSample &v : samples) {
            if (!(v.value == 1.0))
                ++failures;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<HealthTransition> transitions = m_source.ingest(samples, now);
        if (!transitions.isEmpty())
            Q_EMIT transitionsReady(transitions);

        SweepFigure sweep;
        sweep.checks = int(samples.size());
        sweep.failures = failures;
        sweep.failingShare = sweep.checks > 0 ? double(failures) / sweep.checks : 0.0;
        sweep.endedAt = now;
        Q_EMIT sweepCompleted(sweep);

        SchedulerFigures figures;
        figures.instances = int(samples.size());
        const double seconds = std::max(1, m_timer.interval()) / 1000.0;
        figures.checksPerSecond = samples.size() / seconds;
        figures.failuresPerSecond = failures / seconds;
        figures.lagMaxMs = m_clock.elapsed() - startedMs; // the query's round trip
        figures.at = now;
        Q_EMIT figuresReady(figures);
    });
}

} // namespace looma
