#include "FleetMetricsPoller.h"

#include "FleetStore.h"
#include "PromClient.h"

namespace looma {

FleetMetricsPoller::FleetMetricsPoller(PromClient *client, FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    qRegisterMetaType<PromFleetHealth>();
    connect(m_client, &PromClient::queryFinished, this, &FleetMetricsPoller::onFinished);
}

bool FleetMetricsPoller::poll()
{
    if (!m_pending.isEmpty())
        return false;
    m_answers.clear();
    m_roundError.clear();
    const std::pair<Figure, QString> figures[] = {
        {NodeCpu, m_queries.nodeCpu()},
        {NodeMemory, m_queries.nodeMemory()},
        {RequestRate, m_queries.serviceRequestRate()},
        {ErrorRatio, m_queries.serviceErrorRatio()},
        {LatencyP95, m_queries.serviceLatencyP95Ms()},
        {InstancesDown, FleetQueries::instancesDown()},
        {TargetsDown, FleetQueries::targetsDown()},
    };
    for (const auto &[figure, query] : figures)
        m_pending.insert(m_client->query(query), figure);
    return true;
}

void FleetMetricsPoller::onFinished(quint64 id, const PromQueryResult &result, const PromError &error)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Figure figure = it.value();
    m_pending.erase(it);
    if (error.isError()) {
        if (m_roundError.isEmpty())
            m_roundError = error.message;
    } else {
        m_answers.insert(figure, result.samples);
    }
    if (m_pending.isEmpty())
        finishRound();
}

void FleetMetricsPoller::finishRound()
{
    if (m_answers.contains(NodeCpu) && m_answers.contains(NodeMemory)) {
        m_store->setNodeMetrics(FleetQueries::toMetricSamples(m_answers.value(NodeCpu)),
                                FleetQueries::toMetricSamples(m_answers.value(NodeMemory)));
    }
    if (m_answers.contains(RequestRate) && m_answers.contains(ErrorRatio) && m_answers.contains(LatencyP95)) {
        m_store->setServiceMetrics(FleetQueries::toMetricSamples(m_answers.value(RequestRate)),
                                   FleetQueries::toMetricSamples(m_answers.value(ErrorRatio)),
                                   FleetQueries::toMetricSamples(m_answers.value(LatencyP95)));
    }
    if (m_answers.contains(InstancesDown) && m_answers.contains(TargetsDown)) {
        FleetQueries::readInstancesDown(m_answers.value(InstancesDown), &m_health);
        FleetQueries::readTargetsDown(m_answers.value(TargetsDown), &m_health);
        m_health.fetchedAt = QDateTime::currentDateTimeUtc();
        m_health.stale = false;
        m_health.error.clear();
    } else {
        // The previous sets stay; they are only marked old.
        m_health.stale = true;
        m_health.error = m_roundError;
    }
    Q_EMIT healthChanged(m_health);
    Q_EMIT roundFinished(m_roundError.isEmpty());
}

} // namespace looma
