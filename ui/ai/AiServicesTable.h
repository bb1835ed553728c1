#pragma once

#include "AiServiceFigures.h"
#include "ChartStatus.h"
#include "PanelDefinition.h"

#include <QHash>
#include <QTableWidget>

namespace looma {

// One row per AI service: instances, primary, rates, latencies against 300 ms, availability
// against the SLO, error budget, burn rate, accuracy, the gateway's breaker, and a last column
// that says in words what is wrong. Cells that miss their target carry a status icon and say so
// in their tooltip; five rows, so a QTableWidget updated in place is enough.
class AiServicesTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        InstancesColumn,
        PrimaryColumn,
        RequestRateColumn,
        ErrorRateColumn,
        LatencyColumn,
        AvailabilityColumn,
        BudgetColumn,
        BurnRateColumn,
        AccuracyColumn,
        BreakerColumn,
        StatusColumn,
        ColumnCount
    };

    explicit AiServicesTable(QWidget *parent = nullptr);

    void setThresholds(const QHash<QString, PanelThresholds> &byPanelId) { m_thresholds = byPanelId; }
    void setFigures(const QList<AiServiceFigures> &figures);
    void setFilterText(const QString &text);
    void retranslate();

    // The worst standing of a service over all its figures, and the problems in words.
    ChartStatus serviceStatus(const QString &service) const;
    QString problemText(const QString &service) const;

private:
    struct Judged
    {
        ChartStatus status = ChartStatus::NoData;
        QStringList problems;
    };
    Judged judge(const AiServiceFigures &f) const;
    ChartStatus check(const QString &panelId, double value) const;
    void setCell(int row, int column, const QString &text, ChartStatus status = ChartStatus::NoData,
                 const QString &tip = {});
    void applyFilter();

    QHash<QString, PanelThresholds> m_thresholds;
    QList<AiServiceFigures> m_figures;
    QHash<QString, Judged> m_judged;
    QString m_filter;
};

} // namespace looma
