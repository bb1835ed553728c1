#include "CrmFigures.h"

#include "PanelValues.h"

#include <algorithm>

namespace looma {

QStringList CrmFigureSet::backends()
{
    return {QStringLiteral("postgresql"), QStringLiteral("redis"), QStringLiteral("neo4j"), QStringLiteral("weaviate"),
            QStringLiteral("elasticsearch")};
}

QStringList CrmFigureSet::operations()
{
    return {QStringLiteral("talent_management"), QStringLiteral("relationship_analysis"), QStringLiteral("ai_search"),
            QStringLiteral("kg_qa")};
}

QString CrmFigureSet::backendName(const QString &backend)
{
    // Product names, the same in every language.
    static const QHash<QString, QString> names = {
        {QStringLiteral("postgresql"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("redis"), QStringLiteral("Redis")},
        {QStringLiteral("neo4j"), QStringLiteral("Neo4j")},
        {QStringLiteral("weaviate"), QStringLiteral("Weaviate")},
        {QStringLiteral("elasticsearch"), QStringLiteral("Elasticsearch")},
    };
    return names.value(backend, backend);
}

QString CrmFigureSet::operationName(const QString &operation)
{
    if (operation == QLatin1String("talent_management"))
        return tr("Talent management");
    if (operation == QLatin1String("relationship_analysis"))
        return tr("Relationship analysis");
    if (operation == QLatin1String("ai_search"))
        return tr("AI search");
    if (operation == QLatin1String("kg_qa"))
        return tr("Knowledge-graph Q&A");
    return operation;
}

bool CrmFigureSet::apply(const PanelResult &r)
{
    const QString id = r.panelId;
    if (id == QLatin1String("crm.instancesUp")) {
        m_instancesUp = PanelValues::byLabel(r, QStringLiteral("service")).value(QStringLiteral("looma-crm"), qQNaN());
        return true;
    }
    if (id == QLatin1String("crm.backendsByCluster")) {
        QHash<QString, CrmBackendFigures> counts;
        for (const PromSample &s : r.instant) {
            CrmBackendFigures &b = counts[s.labels.value(QStringLiteral("backend"))];
            b.clusters = std::max(0, b.clusters) + 1;
            b.clustersUp = std::max(0, b.clustersUp) + (s.value > 0 ? 1 : 0);
        }
        for (const QString &backend : backends()) {
            CrmBackendFigures &b = m_backends[backend];
            b.backend = backend;
            b.clusters = counts.value(backend).clusters;
            b.clustersUp = counts.value(backend).clustersUp;
        }
        return true;
    }
    using BackendField = double CrmBackendFigures::*;
    static const QHash<QString, BackendField> backendFields = {
        {QStringLiteral("crm.backendConnections"), &CrmBackendFigures::connections},
        {QStringLiteral("crm.backendQueryRate"), &CrmBackendFigures::queryRate},
        {QStringLiteral("crm.backendReplicationLag"), &CrmBackendFigures::replicationLag},
    };
    if (const auto it = backendFields.constFind(id); it != backendFields.cend()) {
        const QHash<QString, double> values = PanelValues::byLabel(r, QStringLiteral("backend"));
        for (const QString &backend : backends()) {
            m_backends[backend].backend = backend;
            m_backends[backend].*(it.value()) = values.value(backend, qQNaN());
        }
        return true;
    }
    using OperationField = double CrmOperationFigures::*;
    static const QHash<QString, OperationField> operationFields = {
        {QStringLiteral("crm.throughput"), &CrmOperationFigures::throughput},
        {QStringLiteral("crm.errorRatio"), &CrmOperationFigures::errorRatio},
        {QStringLiteral("crm.latencyP95"), &CrmOperationFigures::p95},
    };
    if (const auto it = operationFields.constFind(id); it != operationFields.cend()) {
        const QHash<QString, double> values = PanelValues::byLabel(r, QStringLiteral("operation"));
        for (const QString &operation : operations()) {
            m_operations[operation].operation = operation;
            m_operations[operation].*(it.value()) = values.value(operation, qQNaN());
        }
        return true;
    }
    return false;
}

QList<CrmBackendFigures> CrmFigureSet::backendFigures() const
{
    QList<CrmBackendFigures> out;
    for (const QString &backend : backends()) {
        CrmBackendFigures b = m_backends.value(backend);
        b.backend = backend;
        out.append(b);
    }
    return out;
}

QList<CrmOperationFigures> CrmFigureSet::operationFigures() const
{
    QList<CrmOperationFigures> out;
    for (const QString &operation : operations()) {
        CrmOperationFigures o = m_operations.value(operation);
        o.operation = operation;
        out.append(o);
    }
    return out;
}

} // namespace looma
