#include "AiServicesPage.h"

#include "Icons.h"

namespace looma {

AiServicesPage::AiServicesPage(QWidget *parent)
    : DashboardPage(QStringLiteral("aiServices"), {DataSource::Registry, DataSource::Prometheus}, parent)
{
    setObjectName(QStringLiteral("aiServicesPage"));
    retranslateUi();
}

QString AiServicesPage::title() const
{
    return tr("AI services");
}
QIcon AiServicesPage::icon() const
{
    return icons::load("nav-aiservices");
}

QString AiServicesPage::description() const
{
    return tr("The five AI services: healthy and total instances, current primary, request and error rates, "
              "p50/p95/p99 latency against the 300 ms target, availability against the 99.9 % SLO with error "
              "budget, and the gateway's circuit breakers.");
}

QString AiServicesPage::searchPlaceholder() const
{
    return tr("Filter services or instances…");
}

} // namespace looma
