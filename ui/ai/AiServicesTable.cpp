#include "AiServicesTable.h"

#include "UnitFormat.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace looma {

AiServicesTable::AiServicesTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("aiServicesTableWidget"));
    setColumnCount(ColumnCount);
    setRowCount(int(AiServiceFigureSet::services().size()));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    retranslate();
}

void AiServicesTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Service"), tr("Instances up / total"), tr("Primary"), tr("Requests"),
                               tr("Error rate"), tr("Latency p50 / p95 / p99"), tr("Availability"),
                               tr("Budget left (30 d)"), tr("Burn rate (1 h)"), tr("Accuracy"),
                               tr("Gateway breaker"), tr("Status")});
    setFigures(m_figures);
}

ChartStatus AiServicesTable::check(const QString &panelId, double value) const
{
    const auto it = m_thresholds.constFind(panelId);
    return it == m_thresholds.cend() ? (std::isfinite(value) ? ChartStatus::Ok : ChartStatus::NoData)
                                     : ChartStatusText::evaluate(*it, value);
}

AiServicesTable::Judged AiServicesTable::judge(const AiServiceFigures &f) const
{
    Judged j;
    auto note = [&j](ChartStatus s, const QString &problem) {
        if (s == ChartStatus::Warning || s == ChartStatus::Critical)
            j.problems << problem;
        if (s != ChartStatus::NoData && (j.status == ChartStatus::NoData || s > j.status))
            j.status = s;
    };
    note(check(QStringLiteral("ai.errorRate"), f.errorRatio), tr("error rate over target"));
    note(check(QStringLiteral("ai.latencyP95"), f.p95), tr("p95 latency over target"));
    note(check(QStringLiteral("ai.availability"), f.availability), tr("availability under SLO"));
    note(check(QStringLiteral("ai.burnRate"), f.burnRate), tr("burning error budget"));
    note(check(QStringLiteral("ai.accuracy"), f.accuracy), tr("accuracy low"));
    if (std::isfinite(f.breakerState))
        note(f.breakerState >= 2 ? ChartStatus::Warning : ChartStatus::Ok, tr("gateway breaker open"));
    if (f.instancesTotal > 0 && f.primaryEndpoint.isEmpty())
        note(ChartStatus::Critical, tr("no primary"));
    if (f.instancesTotal > 0 && std::isfinite(f.instancesUp) && f.instancesUp < f.instancesTotal)
        note(ChartStatus::Warning, tr("%n instance(s) down", nullptr, int(f.instancesTotal - f.instancesUp)));
    return j;
}

void AiServicesTable::setCell(int row, int column, const QString &text, ChartStatus status, const QString &tip)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem;
        setItem(row, column, cell);
    }
    cell->setText(text);
    // Only a missed target gets an icon; a wall of green ticks hides the one that matters.
    const bool flag = status == ChartStatus::Warning || status == ChartStatus::Critical;
    cell->setIcon(flag ? ChartStatusText::icon(status) : QIcon());
    cell->setToolTip(flag ? ChartStatusText::text(status) + QStringLiteral(": ") + tip : tip);
    if (column >= RequestRateColumn && column <= AccuracyColumn)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void AiServicesTable::setFigures(const QList<AiServiceFigures> &figures)
{
    m_figures = figures;
    m_judged.clear();
    const QLocale locale;
    for (int row = 0; row < figures.size() && row < rowCount(); ++row) {
        const AiServiceFigures &f = figures[row];
        const Judged j = judge(f);
        m_judged.insert(f.service, j);
        setCell(row, ServiceColumn, f.service);
        const QString up = std::isfinite(f.instancesUp) ? locale.toString(qint64(f.instancesUp))
            : f.instancesHealthy >= 0                   ? locale.toString(f.instancesHealthy)
                                                        : tr("—");
        const QString total = f.instancesTotal >= 0 ? locale.toString(f.instancesTotal) : tr("—");
        setCell(row, InstancesColumn, tr("%1 / %2").arg(up, total),
                std::isfinite(f.instancesUp) && f.instancesTotal > 0 && f.instancesUp < f.instancesTotal
                    ? ChartStatus::Warning
                    : ChartStatus::Ok,
                tr("Up per Prometheus; total and passing (%1) per the registry.")
                    .arg(f.instancesHealthy >= 0 ? locale.toString(f.instancesHealthy) : tr("—")));
        setCell(row, PrimaryColumn, f.primaryEndpoint.isEmpty() ? tr("none") : f.primaryEndpoint,
                f.instancesTotal > 0 && f.primaryEndpoint.isEmpty() ? ChartStatus::Critical : ChartStatus::Ok,
                f.primaryNode.isEmpty() ? QString() : tr("on node %1").arg(f.primaryNode));
        setCell(row, RequestRateColumn, UnitFormat::format(f.requestRate, PanelUnit::ReqPerSec));
        setCell(row, ErrorRateColumn, UnitFormat::format(f.errorRatio, PanelUnit::Ratio),
                check(QStringLiteral("ai.errorRate"), f.errorRatio), tr("target ≤ 0.1 %"));
        const auto ms = [&locale](double s) {
            return std::isfinite(s) ? locale.toString(s * 1000.0, 'f', 0) : tr("—");
        };
        setCell(row, LatencyColumn, tr("%1 / %2 / %3 ms").arg(ms(f.p50), ms(f.p95), ms(f.p99)),
                check(QStringLiteral("ai.latencyP95"), f.p95), tr("p95 target ≤ 300 ms"));
        setCell(row, AvailabilityColumn, UnitFormat::percent(f.availability, 3),
                check(QStringLiteral("ai.availability"), f.availability), tr("SLO ≥ 99.9 %"));
        setCell(row, BudgetColumn, UnitFormat::percent(f.budgetLeft, 1),
                std::isfinite(f.budgetLeft) ? (f.budgetLeft <= 0 ? ChartStatus::Critical
                                               : f.budgetLeft < 0.25 ? ChartStatus::Warning
                                                                     : ChartStatus::Ok)
                                            : ChartStatus::NoData,
                tr("share of the 30-day error budget not yet spent"));
        setCell(row, BurnRateColumn,
                std::isfinite(f.burnRate) ? tr("%1×").arg(locale.toString(f.burnRate, 'f', 1)) : tr("no data"),
                check(QStringLiteral("ai.burnRate"), f.burnRate), tr("1× spends the budget in exactly 30 days"));
        setCell(row, AccuracyColumn, UnitFormat::percent(f.accuracy, 1), check(QStringLiteral("ai.accuracy"), f.accuracy));
        const bool gateway = row == 0;
        setCell(row, BreakerColumn, gateway ? tr("—") : AiServiceFigureSet::breakerText(f.breakerState),
                !gateway && f.breakerState >= 2 ? ChartStatus::Warning : ChartStatus::Ok,
                tr("worst state over the gateway's clusters"));
        const QString status = j.status == ChartStatus::NoData ? ChartStatusText::text(j.status)
            : j.problems.isEmpty() ? ChartStatusText::text(ChartStatus::Ok)
                                   : ChartStatusText::text(j.status) + tr(": ") + j.problems.join(tr(", "));
        setCell(row, StatusColumn, status, j.status);
        if (QTableWidgetItem *cell = item(row, StatusColumn))
            cell->setIcon(ChartStatusText::icon(j.status)); // the summary always shows its icon
    }
    applyFilter();
}

ChartStatus AiServicesTable::serviceStatus(const QString &service) const
{
    return m_judged.value(service).status;
}

QString AiServicesTable::problemText(const QString &service) const
{
    return m_judged.value(service).problems.join(tr(", "));
}

void AiServicesTable::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    applyFilter();
}

void AiServicesTable::applyFilter()
{
    for (int row = 0; row < rowCount(); ++row) {
        bool match = m_filter.isEmpty();
        for (int c = 0; !match && c < ColumnCount; ++c)
            if (const QTableWidgetItem *cell = item(row, c))
                match = cell->text().contains(m_filter, Qt::CaseInsensitive);
        setRowHidden(row, !match);
    }
}

} // namespace looma
