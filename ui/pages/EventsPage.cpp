#include "EventsPage.h"

#include "Icons.h"

namespace looma {

EventsPage::EventsPage(QWidget *parent)
    : DashboardPage(QStringLiteral("events"), {DataSource::Registry, DataSource::Prometheus}, parent)
{
    setObjectName(QStringLiteral("eventsPage"));
    retranslateUi();
}

QString EventsPage::title() const
{
    return tr("Events");
}
QIcon EventsPage::icon() const
{
    return icons::load("nav-events");
}

QString EventsPage::description() const
{
    return tr("Prometheus alerts, health transitions, failover events and the audit log, newest first.");
}

QString EventsPage::searchPlaceholder() const
{
    return tr("Search events…");
}

} // namespace looma
