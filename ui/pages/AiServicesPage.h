#pragma once

#include "AiServiceFigures.h"
#include "DashboardPage.h"
#include "PanelDefinition.h"

#include <QDateTime>
#include <QHash>

class QComboBox;
class QLabel;
class QTimer;

namespace looma {

class AiServicesTable;
class BarChart;
class ConsoleSession;
class StatTile;
class TimeSeriesChart;
struct PanelResult;

// The five AI services: a table of the current figures against their targets, four tiles with the
// fleet's worst standing (availability, error budget, burn rate, p95), and charts over a chosen
// window (1 h, 6 h, 24 h, 7 d). Figures come from the session's panel refresher (panels of page
// "aiServices") and from the fleet store (instances, primaries); the page issues no query itself.
class AiServicesPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit AiServicesPage(ConsoleSession *session, QWidget *parent = nullptr);
    // Without a session (the shell alone): the page shows its empty state.
    explicit AiServicesPage(QWidget *parent = nullptr) : AiServicesPage(nullptr, parent) {}

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    AiServicesTable *servicesTable() const { return m_table; }
    const AiServiceFigureSet &figures() const { return m_figures; }
    // 3600, 21600, 86400 or 604800.
    qint64 windowSeconds() const;

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createContent();
    void onPanelUpdated(const PanelResult &result);
    void onWindowChosen();
    void updateRegistry();
    void updateTiles();
    void updateBars();
    void updateUpdatedLabel();
    PanelDefinition definition(const QString &panelId);

    ConsoleSession *m_session = nullptr;
    AiServiceFigureSet m_figures;
    QHash<QString, PanelDefinition> m_definitions;
    QHash<QString, TimeSeriesChart *> m_charts; // by panel id
    QComboBox *m_windowCombo = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    AiServicesTable *m_table = nullptr;
    StatTile *m_availabilityTile = nullptr;
    StatTile *m_budgetTile = nullptr;
    StatTile *m_burnTile = nullptr;
    StatTile *m_latencyTile = nullptr;
    BarChart *m_instancesChart = nullptr;
    QTimer *m_registryTimer = nullptr;
    QHash<QString, bool> m_staleByPanel;
    QHash<QString, QString> m_errorByPanel;
    QDateTime m_lastUpdate;
};

} // namespace looma
