#pragma once

#include "FleetQueries.h"
#include "PromError.h"
#include "PromFleetHealth.h"
#include "PromTypes.h"

#include <QHash>
#include <QObject>

namespace looma {

class FleetStore;
class PromClient;

// One round per refresh: node CPU and memory, the services' rate, errors and p95 latency (one `by`
// aggregate each, into FleetStore), and the instances/targets Prometheus sees down. A figure whose
// query fails keeps its previous values; the round reports the error so pages can mark them stale.
class FleetMetricsPoller final : public QObject
{
    Q_OBJECT

public:
    FleetMetricsPoller(PromClient *client, FleetStore *store, QObject *parent = nullptr);

    void setQueries(const FleetQueries &queries) { m_queries = queries; }
    // Starts a round unless one is still running (a slow Prometheus gets no pile of copies).
    bool poll();
    bool isPolling() const { return !m_pending.isEmpty(); }
    const PromFleetHealth &health() const { return m_health; }
    int queriesPerRound() const { return FigureCount; }

Q_SIGNALS:
    void healthChanged(const looma::PromFleetHealth &health);
    void roundFinished(bool ok);

private:
    enum Figure { NodeCpu, NodeMemory, RequestRate, ErrorRatio, LatencyP95, InstancesDown, TargetsDown, FigureCount };

    void onFinished(quint64 id, const looma::PromQueryResult &result, const looma::PromError &error);
    void finishRound();

    PromClient *m_client = nullptr;
    FleetStore *m_store = nullptr;
    FleetQueries m_queries{QString(), QString(), QString()};
    QHash<quint64, Figure> m_pending;
    QHash<int, QList<PromSample>> m_answers; // this round's successful answers by figure
    QString m_roundError;
    PromFleetHealth m_health;
};

} // namespace looma
