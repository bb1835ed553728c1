#include "CrossCloudPage.h"

#include "ConsoleSession.h"
#include "FleetStore.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "RegionSummaryModel.h"
#include "crosscloud/CloudRegionProxy.h"
#include "crosscloud/CloudSummaryPanel.h"
#include "crosscloud/FailoverSidesPanel.h"
#include "status/SourceStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace looma {

CrossCloudPage::CrossCloudPage(ConsoleSession *session, QWidget *parent)
    : DashboardPage(QStringLiteral("crossCloud"), {DataSource::Registry, DataSource::Prometheus}, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("crossCloudPage"));
    if (m_session) {
        m_model = new RegionSummaryModel(m_session->fleetStore(), this);
        m_sidesTimer = new QTimer(this);
        m_sidesTimer->setSingleShot(true);
        m_sidesTimer->setInterval(300); // one recount per burst of store signals
        connect(m_sidesTimer, &QTimer::timeout, this, &CrossCloudPage::updateSides);
        setContentWidget(createContent());
        FleetStore *store = m_session->fleetStore();
        connect(store, &FleetStore::failoverGroupsChanged, this, &CrossCloudPage::scheduleSides);
        connect(store, &FleetStore::nodesChanged, this, &CrossCloudPage::scheduleSides);
        connect(store, &FleetStore::regionsChanged, this, &CrossCloudPage::scheduleSides);
        connect(store, &FleetStore::nodeRollupsChanged, this, &CrossCloudPage::scheduleSides);
        connect(m_session, &ConsoleSession::promFleetHealthChanged, this, [this] {
            updatePromHealth();
            scheduleSides();
        });
        connect(m_session, &ConsoleSession::prometheusStatusChanged, this, [this](const SourceStatus &s) {
            m_prometheusStatus->setStatus(s);
            updatePromHealth();
        });
        connect(m_session, &ConsoleSession::registryStatusChanged, this, [this](const SourceStatus &s) {
            m_registryStatus->setStatus(s);
            m_tencent->setRegistryStatus(s);
            m_alibaba->setRegistryStatus(s);
            scheduleSides();
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &CrossCloudPage::updateHasData);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CrossCloudPage::updateHasData);
        connect(this, &DashboardPage::searchTextChanged, this, [this](const QString &text) {
            m_tencent->proxy()->setText(text);
            m_alibaba->proxy()->setText(text);
        });
        updateHasData();
        updateSides();
    }
    retranslateUi();
}

QWidget *CrossCloudPage::createContent()
{
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("crossCloudContentWidget"));
    m_registryStatus = new SourceStatusWidget(DataSource::Registry, content);
    m_registryStatus->setObjectName(QStringLiteral("crossCloudRegistryStatusWidget"));
    m_prometheusStatus = new SourceStatusWidget(DataSource::Prometheus, content);
    m_prometheusStatus->setObjectName(QStringLiteral("crossCloudPrometheusStatusWidget"));
    m_registryStatus->setStatus(m_session->registryStatus());
    m_prometheusStatus->setStatus(m_session->prometheusStatus());
    auto *sources = new QHBoxLayout;
    sources->addWidget(m_registryStatus);
    sources->addSpacing(24);
    sources->addWidget(m_prometheusStatus);
    sources->addStretch(1);

    m_tencent = new CloudSummaryPanel(Cloud::Tencent, m_model, content);
    m_alibaba = new CloudSummaryPanel(Cloud::Alibaba, m_model, content);
    auto *clouds = new QSplitter(Qt::Horizontal, content);
    clouds->setObjectName(QStringLiteral("cloudsSplitter"));
    clouds->addWidget(m_tencent);
    clouds->addWidget(m_alibaba);
    clouds->setChildrenCollapsible(false);

    m_sides = new FailoverSidesPanel(content);
    auto *vertical = new QSplitter(Qt::Vertical, content);
    vertical->addWidget(clouds);
    vertical->addWidget(m_sides);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(sources);
    layout->addWidget(vertical, 1);
    return content;
}

void CrossCloudPage::refresh()
{
    updatePromHealth();
    updateSides();
}

void CrossCloudPage::scheduleSides()
{
    if (m_sidesTimer && !m_sidesTimer->isActive())
        m_sidesTimer->start();
}

void CrossCloudPage::updateSides()
{
    if (!m_session)
        return;
    QHash<qint64, Severity> severities;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        severities.insert(index.data(IdRole).toLongLong(), static_cast<Severity>(index.data(SeverityRole).toInt()));
    }
    const PromFleetHealth &health = m_session->promFleetHealth();
    const FailoverSides sides = FailoverSides::compute(*m_session->fleetStore(), severities, health);
    m_tencent->setPrimaries(sides.primariesByCloud[0]);
    m_alibaba->setPrimaries(sides.primariesByCloud[1]);
    QStringList stale;
    if (m_session->registryStatus().state == SourceStatus::State::Stale)
        stale << tr("registry");
    if (health.stale || m_session->prometheusStatus().state == SourceStatus::State::Stale)
        stale << tr("Prometheus");
    m_sides->setStaleNote(stale.isEmpty() ? QString()
                                          : tr("Stale: %1 not answering; these are the last known figures.")
                                                .arg(stale.join(tr(", "))));
    m_sides->setSides(sides);
}

void CrossCloudPage::updatePromHealth()
{
    if (!m_session)
        return;
    m_tencent->setPromHealth(m_session->promFleetHealth(), m_session->prometheusStatus());
    m_alibaba->setPromHealth(m_session->promFleetHealth(), m_session->prometheusStatus());
}

void CrossCloudPage::updateHasData()
{
    setHasData(m_model && m_model->rowCount() > 0);
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
    return tr("Filter regions and zones…");
}

void CrossCloudPage::retranslateUi()
{
    DashboardPage::retranslateUi();
    if (m_model)
        m_model->retranslate();
    if (m_tencent) {
        m_tencent->retranslateUi();
        m_alibaba->retranslateUi();
        updateSides(); // the reasons are worded when computed
    }
}

} // namespace looma
