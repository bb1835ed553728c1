#pragma once

#include "PanelResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QtNumeric>

namespace looma {

// One CRM backend database: whether it is up in every cluster, and its key figures.
struct CrmBackendFigures
{
    QString backend;       // postgresql, redis, neo4j, weaviate, elasticsearch
    int clustersUp = -1;   // -1: no data
    int clusters = -1;
    double connections = qQNaN();
    double queryRate = qQNaN();
    double replicationLag = qQNaN(); // seconds, worst cluster
    bool up() const { return clusters > 0 && clustersUp == clusters; }
};

// One CRM feature (operation): throughput and latency.
struct CrmOperationFigures
{
    QString operation; // talent_management, relationship_analysis, ai_search, kg_qa
    double throughput = qQNaN();
    double errorRatio = qQNaN();
    double p95 = qQNaN(); // seconds
};

// Collects the CRM page's figures from its panels' results.
class CrmFigureSet final
{
    Q_DECLARE_TR_FUNCTIONS(CrmFigureSet)

public:
    static QStringList backends();
    static QStringList operations();
    static QString backendName(const QString &backend);     // "PostgreSQL"
    static QString operationName(const QString &operation); // translated "Talent management"

    bool apply(const PanelResult &result); // false for a panel this set does not use
    QList<CrmBackendFigures> backendFigures() const;
    QList<CrmOperationFigures> operationFigures() const;
    double crmInstancesUp() const { return m_instancesUp; }

private:
    QHash<QString, CrmBackendFigures> m_backends;
    QHash<QString, CrmOperationFigures> m_operations;
    double m_instancesUp = qQNaN();
};

} // namespace looma
