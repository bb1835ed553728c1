#include "ClustersPage.h"

#include "Icons.h"

namespace looma {

ClustersPage::ClustersPage(QWidget *parent)
    : DashboardPage(QStringLiteral("clusters"), {DataSource::Registry, DataSource::Prometheus}, parent)
{
    setObjectName(QStringLiteral("clustersPage"));
    retranslateUi();
}

QString ClustersPage::title() const
{
    return tr("Clusters");
}
QIcon ClustersPage::icon() const
{
    return icons::load("nav-clusters");
}

QString ClustersPage::description() const
{
    return tr("Every cluster with its totals, and a node table that filters and sorts 10,000+ nodes by "
              "cloud, region, cluster, status or text; a node's instances and CPU/memory charts.");
}

QString ClustersPage::searchPlaceholder() const
{
    return tr("Filter nodes by name, address, cluster…");
}

} // namespace looma
