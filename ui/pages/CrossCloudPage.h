#pragma once

#include "DashboardPage.h"

class QTimer;

namespace looma {

class CloudSummaryPanel;
class ConsoleSession;
class FailoverSidesPanel;
class RegionSummaryModel;
class SourceStatusWidget;

// Tencent Cloud and Alibaba Cloud side by side, by region and zone (RegionSummaryModel), what
// Prometheus sees down, how fresh each source is, and which cloud holds each failover group's
// primary with the groups whose primary is where something is wrong, worst first.
class CrossCloudPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit CrossCloudPage(ConsoleSession *session, QWidget *parent = nullptr);
    explicit CrossCloudPage(QWidget *parent = nullptr) : CrossCloudPage(nullptr, parent) {}

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    CloudSummaryPanel *cloudPanel(int cloud) const { return cloud == 0 ? m_tencent : m_alibaba; }
    FailoverSidesPanel *failoverSides() const { return m_sides; }
    RegionSummaryModel *regionModel() const { return m_model; }

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
    void retranslateUi() override;

private:
    QWidget *createContent();
    void scheduleSides();
    void updateSides();
    void updatePromHealth();
    void updateHasData();

    ConsoleSession *m_session = nullptr;
    RegionSummaryModel *m_model = nullptr;
    CloudSummaryPanel *m_tencent = nullptr;
    CloudSummaryPanel *m_alibaba = nullptr;
    FailoverSidesPanel *m_sides = nullptr;
    SourceStatusWidget *m_registryStatus = nullptr;
    SourceStatusWidget *m_prometheusStatus = nullptr;
    QTimer *m_sidesTimer = nullptr;
};

} // namespace looma
