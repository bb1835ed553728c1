#include "CrmPage.h"

#include "Icons.h"

namespace looma {

CrmPage::CrmPage(QWidget *parent)
    : DashboardPage(QStringLiteral("crm"), {DataSource::Registry, DataSource::Prometheus}, parent)
{
    setObjectName(QStringLiteral("crmPage"));
    retranslateUi();
}

QString CrmPage::title() const
{
    return tr("CRM");
}
QIcon CrmPage::icon() const
{
    return icons::load("nav-crm");
}

QString CrmPage::description() const
{
    return tr("Looma CRM health and its backends (PostgreSQL, Redis, Neo4j, Weaviate, Elasticsearch), with "
              "throughput and latency of talent management, relationship analysis, AI search and "
              "knowledge-graph Q&A.");
}

QString CrmPage::searchPlaceholder() const
{
    return tr("Filter backends or features…");
}

} // namespace looma
