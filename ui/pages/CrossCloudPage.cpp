#include "CrossCloudPage.h"

#include "Icons.h"

namespace looma {

CrossCloudPage::CrossCloudPage(QWidget *parent)
    : DashboardPage(QStringLiteral("crossCloud"), {DataSource::Registry, DataSource::Prometheus}, parent)
{
    setObjectName(QStringLiteral("crossCloudPage"));
    retranslateUi();
}

QString CrossCloudPage::title() const
{
    return tr("Cross-cloud");
}
QIcon CrossCloudPage::icon() const
{
    return icons::load("nav-crosscloud");
}

QString CrossCloudPage::description() const
{
    return tr("Health across Tencent Cloud and Alibaba Cloud by region and zone: nodes up, down or draining, "
              "instance health, the active side of each failover group, and how fresh each data source is.");
}

QString CrossCloudPage::searchPlaceholder() const
{
    return tr("Search regions, zones, clusters…");
}

} // namespace looma
