#include "FleetChartsPanel.h"

#include "FleetStore.h"
#include "StatusText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QMap>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QtNumeric>

namespace looma {

namespace {
constexpr int bins = 10;

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 180);
    return view;
}

void setValues(QBarSet *set, const QList<qreal> &values)
{
    // Same length: replace in place; otherwise (categories changed) refill once.
    if (set->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
    } else {
        set->remove(0, set->count());
        set->append(values);
    }
}
} // namespace

FleetChartsPanel::FleetChartsPanel(FleetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_debounce(new QTimer(this))
    , m_statusSeries(new QStackedBarSeries)
    , m_up(new QBarSet(QString()))
    , m_down(new QBarSet(QString()))
    , m_draining(new QBarSet(QString()))
    , m_regionAxis(new QBarCategoryAxis)
    , m_statusValues(new QValueAxis)
    , m_cpuSeries(new QBarSeries)
    , m_cpuSet(new QBarSet(QString()))
    , m_binAxis(new QBarCategoryAxis)
    , m_cpuValues(new QValueAxis)
{
    setObjectName(QStringLiteral("fleetChartsPanel"));
    // Distinct brush patterns as well as colours, so the statuses read without colour vision.
    m_up->setColor(QColor(0x2e, 0x7d, 0x32));
    m_down->setColor(QColor(0xc6, 0x28, 0x28));
    m_down->setBrush(QBrush(QColor(0xc6, 0x28, 0x28), Qt::Dense3Pattern));
    m_draining->setColor(QColor(0xef, 0x6c, 0x00));
    m_draining->setBrush(QBrush(QColor(0xef, 0x6c, 0x00), Qt::BDiagPattern));
    m_statusSeries->append({m_up, m_down, m_draining});
    auto *statusChart = new QChart;
    statusChart->addSeries(m_statusSeries);
    statusChart->addAxis(m_regionAxis, Qt::AlignBottom);
    statusChart->addAxis(m_statusValues, Qt::AlignLeft);
    m_statusSeries->attachAxis(m_regionAxis);
    m_statusSeries->attachAxis(m_statusValues);
    m_statusValues->setLabelFormat(QStringLiteral("%d"));
    m_regionAxis->setLabelsAngle(-45);
    statusChart->legend()->setAlignment(Qt::AlignTop);
    m_statusView = makeView(statusChart, this);
    m_statusView->setObjectName(QStringLiteral("nodeStatusChartView"));

    m_cpuSeries->append(m_cpuSet);
    auto *cpuChart = new QChart;
    cpuChart->addSeries(m_cpuSeries);
    QStringList binNames;
    for (int i = 0; i < bins; ++i)
        binNames << QStringLiteral("%1").arg((i + 1) * 100 / bins);
    m_binAxis->append(binNames);
    cpuChart->addAxis(m_binAxis, Qt::AlignBottom);
    cpuChart->addAxis(m_cpuValues, Qt::AlignLeft);
    m_cpuSeries->attachAxis(m_binAxis);
    m_cpuSeries->attachAxis(m_cpuValues);
    m_cpuValues->setLabelFormat(QStringLiteral("%d"));
    cpuChart->legend()->hide();
    m_cpuView = makeView(cpuChart, this);
    m_cpuView->setObjectName(QStringLiteral("cpuHistogramChartView"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusView, 3);
    layout->addWidget(m_cpuView, 2);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &FleetChartsPanel::recount);
    const auto later = [this] {
        if (!m_debounce->isActive())
            m_debounce->start();
    };
    connect(store, &FleetStore::nodesChanged, this, later);
    connect(store, &FleetStore::regionsChanged, this, later);
    connect(store, &FleetStore::clustersChanged, this, later);
    connect(store, &FleetStore::nodeMetricsChanged, this, later);
    retranslateUi();
    recount();
}

int FleetChartsPanel::histogramTotal() const
{
    int total = 0;
    for (int i = 0; i < m_cpuSet->count(); ++i)
        total += int(m_cpuSet->at(i));
    return total;
}

void FleetChartsPanel::recount()
{
    m_debounce->stop();
    QMap<QString, std::array<int, 3>> byRegion; // sorted by region name
    QList<qreal> histogram(bins, 0);
    for (qint64 id : m_store->nodeIds()) {
        const Node *node = m_store->node(id);
        const Region *region = m_store->regionOfNode(id);
        byRegion[region ? region->region : tr("unknown")][std::size_t(node->status)] += 1;
        const double cpu = m_store->nodeMetrics(id).cpuPercent;
        if (!qIsNaN(cpu))
            histogram[qBound(0, int(cpu * bins / 100.0), bins - 1)] += 1;
    }
    const QStringList regions = byRegion.keys();
    if (m_regionAxis->categories() != regions) {
        m_regionAxis->clear();
        m_regionAxis->append(regions);
    }
    QList<qreal> up, down, draining;
    int highest = 0;
    for (const auto &counts : byRegion) {
        up << counts[0];
        down << counts[1];
        draining << counts[2];
        highest = qMax(highest, counts[0] + counts[1] + counts[2]);
    }
    setValues(m_up, up);
    setValues(m_down, down);
    setValues(m_draining, draining);
    m_statusValues->setRange(0, qMax(1, highest));
    setValues(m_cpuSet, histogram);
    m_cpuValues->setRange(0, qMax<qreal>(1, *std::max_element(histogram.cbegin(), histogram.cend())));
}

void FleetChartsPanel::retranslateUi()
{
    m_up->setLabel(StatusText::nodeStatus(NodeStatus::Up));
    m_down->setLabel(StatusText::nodeStatus(NodeStatus::Down));
    m_draining->setLabel(StatusText::nodeStatus(NodeStatus::Draining));
    m_statusView->chart()->setTitle(tr("Nodes by status per region"));
    m_cpuView->chart()->setTitle(tr("Nodes by CPU utilisation (% up to)"));
}

} // namespace looma
