#pragma once

#include "CrmFigures.h"
#include "DashboardPage.h"
#include "PanelDefinition.h"

#include <QDateTime>
#include <QHash>

class QLabel;
class QTimer;

namespace looma {

class ConsoleSession;
class StatTile;
class StatusTableWidget;
class TimeSeriesChart;
struct PanelResult;

// Looma CRM: its instances, each backend database (PostgreSQL, Redis, Neo4j, Weaviate,
// Elasticsearch) up or down with connections, query rate and replication lag, and throughput,
// error ratio and p95 latency of the four features, as tables and charts. Figures come from the
// session's panels of page "crm" and the fleet store; the page issues no query itself.
class CrmPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit CrmPage(ConsoleSession *session, QWidget *parent = nullptr);
    explicit CrmPage(QWidget *parent = nullptr) : CrmPage(nullptr, parent) {}

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    const CrmFigureSet &figures() const { return m_figures; }
    StatusTableWidget *backendsTable() const { return m_backendsTable; }
    StatusTableWidget *operationsTable() const { return m_operationsTable; }

protected:
    QString description() const override;
    QString searchPlaceholder() const override;
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createContent();
    void onPanelUpdated(const PanelResult &result);
    void updateRegistry();
    void updateTables();
    void updateTiles();
    PanelDefinition definition(const QString &panelId);

    ConsoleSession *m_session = nullptr;
    CrmFigureSet m_figures;
    QHash<QString, PanelDefinition> m_definitions;
    QHash<QString, TimeSeriesChart *> m_charts;
    QHash<QString, bool> m_stale;
    StatTile *m_instancesTile = nullptr;
    StatTile *m_backendsTile = nullptr;
    StatTile *m_latencyTile = nullptr;
    StatTile *m_errorTile = nullptr;
    QLabel *m_backendsLabel = nullptr;
    QLabel *m_operationsLabel = nullptr;
    StatusTableWidget *m_backendsTable = nullptr;
    StatusTableWidget *m_operationsTable = nullptr;
    QTimer *m_registryTimer = nullptr;
    int m_crmTotal = -1;
    int m_crmPassing = -1;
};

} // namespace looma
