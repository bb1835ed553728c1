#include "FailoverPage.h"

#include "Icons.h"

namespace looma {

FailoverPage::FailoverPage(QWidget *parent)
    : DashboardPage(QStringLiteral("failover"), {DataSource::Registry}, parent)
{
    setObjectName(QStringLiteral("failoverPage"));
    retranslateUi();
}

QString FailoverPage::title() const
{
    return tr("Failover");
}
QIcon FailoverPage::icon() const
{
    return icons::load("nav-failover");
}

QString FailoverPage::description() const
{
    return tr("Each failover group with its primary and standbys, and manual switchover with candidate, "
              "reason and confirmation.");
}

QString FailoverPage::searchPlaceholder() const
{
    return tr("Filter failover groups…");
}

} // namespace looma
