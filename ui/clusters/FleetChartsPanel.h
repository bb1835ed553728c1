#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChartView;
class QStackedBarSeries;
class QTimer;
class QValueAxis;

namespace looma {

class FleetStore;

// The fleet at a glance: nodes by status per region (stacked bars) and how the nodes' CPU
// utilisation is spread (a histogram in 10 % bins). Counted from the store after a burst of
// changes; each set's values are replaced in place, the chart is never rebuilt per refresh.
class FleetChartsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FleetChartsPanel(FleetStore *store, QWidget *parent = nullptr);

    void recount();
    int histogramTotal() const; // nodes with a CPU figure, for tests
    void retranslateUi();

private:
    FleetStore *m_store = nullptr;
    QTimer *m_debounce = nullptr;
    QChartView *m_statusView = nullptr;
    QChartView *m_cpuView = nullptr;
    QStackedBarSeries *m_statusSeries = nullptr;
    QBarSet *m_up = nullptr;
    QBarSet *m_down = nullptr;
    QBarSet *m_draining = nullptr;
    QBarCategoryAxis *m_regionAxis = nullptr;
    QValueAxis *m_statusValues = nullptr;
    QBarSeries *m_cpuSeries = nullptr;
    QBarSet *m_cpuSet = nullptr;
    QBarCategoryAxis *m_binAxis = nullptr;
    QValueAxis *m_cpuValues = nullptr;
};

} // namespace looma
