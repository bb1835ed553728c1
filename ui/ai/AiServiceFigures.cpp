#include "AiServiceFigures.h"

#include "FleetStore.h"
#include "PanelValues.h"

#include <cmath>

namespace looma {

QStringList AiServiceFigureSet::services()
{
    return {QStringLiteral("ai-gateway"), QStringLiteral("resume-service"), QStringLiteral("matching-service"),
            QStringLiteral("chat-service"), QStringLiteral("vector-service")};
}

bool AiServiceFigureSet::apply(const PanelResult &r)
{
    using Field = double AiServiceFigures::*;
    static const QHash<QString, Field> fields = {
        {QStringLiteral("ai.requestRate"), &AiServiceFigures::requestRate},
        {QStringLiteral("ai.errorRate"), &AiServiceFigures::errorRatio},
        {QStringLiteral("ai.latencyP50"), &AiServiceFigures::p50},
        {QStringLiteral("ai.latencyP95"), &AiServiceFigures::p95},
        {QStringLiteral("ai.latencyP99"), &AiServiceFigures::p99},
        {QStringLiteral("ai.availability"), &AiServiceFigures::availability},
        {QStringLiteral("ai.errorBudget"), &AiServiceFigures::budgetLeft},
        {QStringLiteral("ai.burnRate"), &AiServiceFigures::burnRate},
        {QStringLiteral("ai.accuracy"), &AiServiceFigures::accuracy},
        {QStringLiteral("ai.healthyInstances"), &AiServiceFigures::instancesUp},
        {QStringLiteral("ai.circuitBreakers"), &AiServiceFigures::breakerState},
    };
    const auto it = fields.constFind(r.panelId);
    if (it == fields.cend())
        return false;
    const Field field = it.value();
    // The breaker panel names the downstream service, every other panel the service itself.
    const QString label = r.panelId == QLatin1String("ai.circuitBreakers") ? QStringLiteral("downstream")
                                                                            : QStringLiteral("service");
    const QHash<QString, double> values = PanelValues::byLabel(r, label);
    for (const QString &service : services()) {
        AiServiceFigures &f = m_figures[service];
        f.service = service;
        f.*field = values.value(service, qQNaN());
    }
    return true;
}

void AiServiceFigureSet::applyRegistry(const FleetStore &store)
{
    QHash<QString, qint64> serviceIds;
    for (qint64 id : store.serviceIds())
        if (const Service *s = store.service(id))
            serviceIds.insert(s->name, id);
    for (const QString &service : services()) {
        AiServiceFigures &f = m_figures[service];
        f.service = service;
        const auto id = serviceIds.constFind(service);
        if (id == serviceIds.cend()) {
            f.instancesTotal = f.instancesHealthy = -1;
            continue;
        }
        const QList<qint64> instances = store.instancesOfService(*id);
        int healthy = 0;
        for (qint64 i : instances)
            if (const ServiceInstance *instance = store.instance(i); instance && instance->status == HealthState::Passing)
                ++healthy;
        f.instancesTotal = int(instances.size());
        f.instancesHealthy = healthy;
        f.primaryEndpoint.clear();
        f.primaryNode.clear();
        for (qint64 i : store.instancesInGroup(service)) {
            const ServiceInstance *instance = store.instance(i);
            if (!instance || instance->role != InstanceRole::Primary)
                continue;
            f.primaryEndpoint = instance->endpoint;
            if (const Node *node = store.node(instance->nodeId))
                f.primaryNode = node->hostname;
            break;
        }
    }
}

AiServiceFigures AiServiceFigureSet::figures(const QString &service) const
{
    AiServiceFigures f = m_figures.value(service);
    f.service = service;
    return f;
}

QList<AiServiceFigures> AiServiceFigureSet::all() const
{
    QList<AiServiceFigures> out;
    for (const QString &service : services())
        out.append(figures(service));
    return out;
}

QString AiServiceFigureSet::breakerText(double state)
{
    if (!std::isfinite(state))
        return tr("no data");
    if (state >= 2)
        return tr("Open");
    if (state >= 1)
        return tr("Half-open");
    return tr("Closed");
}

} // namespace looma
