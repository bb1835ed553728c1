#include "ReportsPage.h"

#include "Icons.h"

namespace looma {

ReportsPage::ReportsPage(QWidget *parent)
    : DashboardPage(QStringLiteral("reports"), {DataSource::Registry, DataSource::Prometheus}, parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    retranslateUi();
}

QString ReportsPage::title() const
{
    return tr("Reports");
}
QIcon ReportsPage::icon() const
{
    return icons::load("nav-reports");
}

QString ReportsPage::description() const
{
    return tr("Daily and weekly SLA reports and incident reports, exported as PDF, HTML or CSV.");
}

QString ReportsPage::searchPlaceholder() const
{
    return tr("Filter reports…");
}

} // namespace looma
