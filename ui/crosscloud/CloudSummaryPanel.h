#pragma once

#include "DomainEnums.h"
#include "PromFleetHealth.h"
#include "SourceStatus.h"

#include <QGroupBox>

class QLabel;
class QTableView;

namespace looma {

class CloudRegionProxy;
class RegionSummaryModel;

// One cloud's side of the cross-cloud page: totals (nodes up/down/draining, instances by health,
// primaries held), what Prometheus sees down, and the region x zone table, worst first.
// Every figure carries a word and an icon, never colour alone; old data says so.
class CloudSummaryPanel final : public QGroupBox
{
    Q_OBJECT

public:
    CloudSummaryPanel(Cloud cloud, RegionSummaryModel *model, QWidget *parent = nullptr);

    Cloud cloud() const { return m_cloud; }
    QTableView *table() const { return m_table; }
    CloudRegionProxy *proxy() const { return m_proxy; }
    QString totalsText() const;
    QString prometheusText() const;

    void setPrimaries(int primaries) { m_primaries = primaries; updateTotals(); }
    void setPromHealth(const PromFleetHealth &health, const SourceStatus &prometheus);
    void setRegistryStatus(const SourceStatus &status);
    void updateTotals();
    void retranslateUi();

private:
    Cloud m_cloud;
    RegionSummaryModel *m_model = nullptr;
    CloudRegionProxy *m_proxy = nullptr;
    QLabel *m_nodesIcon = nullptr;
    QLabel *m_nodesLabel = nullptr;
    QLabel *m_instancesIcon = nullptr;
    QLabel *m_instancesLabel = nullptr;
    QLabel *m_promIcon = nullptr;
    QLabel *m_promLabel = nullptr;
    QTableView *m_table = nullptr;
    PromFleetHealth m_health;
    SourceStatus m_promStatus;
    SourceStatus m_registryStatus;
    int m_primaries = 0;
};

} // namespace looma
