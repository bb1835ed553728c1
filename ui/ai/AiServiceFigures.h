#pragma once

#include "PanelResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QtNumeric>

namespace looma {

class FleetStore;

// Everything the AI services page shows for one service, gathered from the panel results (by the
// `service` label) and from the fleet store (instances, primary). NaN: no figure yet.
struct AiServiceFigures
{
    QString service;
    int instancesTotal = -1;   // registry; -1 until the registry answered
    int instancesHealthy = -1; // registry status passing
    double instancesUp = qQNaN(); // Prometheus looma_instance_up sum
    QString primaryEndpoint;   // the primary of the failover group named after the service
    QString primaryNode;
    double requestRate = qQNaN();
    double errorRatio = qQNaN();
    double p50 = qQNaN(), p95 = qQNaN(), p99 = qQNaN(); // seconds
    double availability = qQNaN();
    double budgetLeft = qQNaN(); // 0..1 of the 30-day budget; negative when overspent
    double burnRate = qQNaN();
    double accuracy = qQNaN();
    double breakerState = qQNaN(); // worst over the gateway's clusters: 0 closed, 1 half-open, 2 open
};

// Collects AiServiceFigures from the results of the AI page's panels.
class AiServiceFigureSet final
{
    Q_DECLARE_TR_FUNCTIONS(AiServiceFigureSet)

public:
    static QStringList services(); // the five AI services, gateway first

    // Takes one panel's fresh result; returns false for a panel this set does not use.
    bool apply(const PanelResult &result);
    // Instances and primary from the registry.
    void applyRegistry(const FleetStore &store);

    AiServiceFigures figures(const QString &service) const;
    QList<AiServiceFigures> all() const;

    static QString breakerText(double state);

private:
    QHash<QString, AiServiceFigures> m_figures;
};

} // namespace looma
