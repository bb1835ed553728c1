#include "CloudSummaryPanel.h"

#include "CloudRegionProxy.h"
#include "Icons.h"
#include "ModelRoles.h"
#include "RegionSummaryModel.h"
#include "SeverityIcon.h"
#include "StatusText.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace looma {

namespace {
QLabel *iconLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(18, 18);
    return label;
}
} // namespace

CloudSummaryPanel::CloudSummaryPanel(Cloud cloud, RegionSummaryModel *model, QWidget *parent)
    : QGroupBox(parent)
    , m_cloud(cloud)
    , m_model(model)
    , m_proxy(new CloudRegionProxy(cloud, this))
    , m_nodesIcon(iconLabel(this))
    , m_nodesLabel(new QLabel(this))
    , m_instancesIcon(iconLabel(this))
    , m_instancesLabel(new QLabel(this))
    , m_promIcon(iconLabel(this))
    , m_promLabel(new QLabel(this))
    , m_table(new QTableView(this))
{
    const QString stem = cloud == Cloud::Tencent ? QStringLiteral("tencent") : QStringLiteral("alibaba");
    setObjectName(stem + QStringLiteral("CloudGroupBox"));
    m_nodesLabel->setObjectName(stem + QStringLiteral("NodesLabel"));
    m_instancesLabel->setObjectName(stem + QStringLiteral("InstancesLabel"));
    m_promLabel->setObjectName(stem + QStringLiteral("PrometheusLabel"));
    m_table->setObjectName(stem + QStringLiteral("RegionsTableView"));
    for (QLabel *label : {m_nodesLabel, m_instancesLabel, m_promLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_proxy->setSourceModel(model);
    m_proxy->sort(RegionSummaryModel::StatusColumn, Qt::DescendingOrder);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegionSummaryModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnHidden(RegionSummaryModel::CloudColumn, true); // the panel is the cloud
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // A generous default so short column headings (and zh_CN ones) fit without a resize pass.
    m_table->horizontalHeader()->setDefaultSectionSize(64);
    m_table->setColumnWidth(RegionSummaryModel::StatusColumn, 96);
    m_table->setColumnWidth(RegionSummaryModel::RegionColumn, 120);
    m_table->setColumnWidth(RegionSummaryModel::ZoneColumn, 128);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_nodesIcon, 0, 0, Qt::AlignTop);
    grid->addWidget(m_nodesLabel, 0, 1);
    grid->addWidget(m_instancesIcon, 1, 0, Qt::AlignTop);
    grid->addWidget(m_instancesLabel, 1, 1);
    grid->addWidget(m_promIcon, 2, 0, Qt::AlignTop);
    grid->addWidget(m_promLabel, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_table, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CloudSummaryPanel::updateTotals);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &CloudSummaryPanel::updateTotals);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CloudSummaryPanel::updateTotals);
    retranslateUi();
}

QString CloudSummaryPanel::totalsText() const
{
    return m_nodesLabel->text() + u'\n' + m_instancesLabel->text();
}

QString CloudSummaryPanel::prometheusText() const
{
    return m_promLabel->text();
}

void CloudSummaryPanel::setPromHealth(const PromFleetHealth &health, const SourceStatus &prometheus)
{
    m_health = health;
    m_promStatus = prometheus;
    retranslateUi();
}

void CloudSummaryPanel::setRegistryStatus(const SourceStatus &status)
{
    m_registryStatus = status;
    updateTotals();
}

void CloudSummaryPanel::updateTotals()
{
    // Sum the proxy's rows: a few dozen zones, cheaper than a second set of books.
    std::array<int, RegionSummaryModel::ColumnCount> sum{};
    Severity worst = Severity::Ok;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        for (int column = RegionSummaryModel::NodesUpColumn; column < RegionSummaryModel::ColumnCount; ++column)
            sum[std::size_t(column)] += m_proxy->index(row, column).data(SortRole).toInt();
        worst = worse(worst, static_cast<Severity>(m_proxy->index(row, 0).data(SeverityRole).toInt()));
    }
    const QLocale locale;
    const bool noData = m_proxy->rowCount() == 0;
    const QString stale = m_registryStatus.state == SourceStatus::State::Stale ? tr(" (registry stale: last known figures)")
                                                                              : QString();
    m_nodesLabel->setText(
        noData ? tr("Nodes: no data yet")
               : tr("Nodes: %1 up · %2 down · %3 draining · primaries of %4 failover group(s)%5")
                     .arg(locale.toString(sum[RegionSummaryModel::NodesUpColumn]),
                          locale.toString(sum[RegionSummaryModel::NodesDownColumn]),
                          locale.toString(sum[RegionSummaryModel::NodesDrainingColumn]),
                          locale.toString(m_primaries), stale));
    m_instancesLabel->setText(
        noData ? tr("Instances: no data yet")
               : tr("Instances: %1 passing · %2 warning · %3 critical · %4 unknown")
                     .arg(locale.toString(sum[RegionSummaryModel::PassingColumn]),
                          locale.toString(sum[RegionSummaryModel::WarningColumn]),
                          locale.toString(sum[RegionSummaryModel::CriticalColumn]),
                          locale.toString(sum[RegionSummaryModel::UnknownColumn])));
    const QIcon icon = noData ? icons::load("waiting") : SeverityIcon::of(worst);
    m_nodesIcon->setPixmap(icon.pixmap(16, 16));
    m_instancesIcon->setPixmap(icon.pixmap(16, 16));
}

void CloudSummaryPanel::retranslateUi()
{
    setTitle(StatusText::cloud(m_cloud));
    const QString cloudKey = toDbText(m_cloud);
    int down = 0;
    QStringList regions;
    for (auto it = m_health.downByRegion.cbegin(); it != m_health.downByRegion.cend(); ++it) {
        if (!it.key().startsWith(cloudKey + u'/'))
            continue;
        down += it.value();
        regions << tr("%1 (%2)").arg(it.key().mid(cloudKey.size() + 1)).arg(it.value());
    }
    QStringList unscraped;
    for (const QString &key : m_health.unscrapedRegions) {
        if (key.startsWith(cloudKey + u'/'))
            unscraped << key.mid(cloudKey.size() + 1);
    }
    regions.sort();
    unscraped.sort();
    QString text;
    Severity severity = Severity::Ok;
    if (!m_health.hasData()) {
        text = m_promStatus.state == SourceStatus::State::NotConfigured ? tr("Prometheus: not configured")
                                                                        : tr("Prometheus: no answer yet");
        severity = Severity::Info;
    } else {
        text = down == 0 ? tr("Prometheus: no instance down")
                         : tr("Prometheus: %n instance(s) down in %1", nullptr, down).arg(regions.join(tr(", ")));
        if (!unscraped.isEmpty())
            text += u'\n' + tr("Prometheus cannot scrape: %1").arg(unscraped.join(tr(", ")));
        severity = down > 0 || !unscraped.isEmpty() ? Severity::Critical : Severity::Ok;
        if (m_health.stale) {
            // Never "no instance down" for a source that does not answer: say the figure is old.
            text = tr("Stale (as of %1, Prometheus unreachable): %2")
                       .arg(QLocale().toString(m_health.fetchedAt.toLocalTime().time(), QLocale::ShortFormat), text);
            severity = worse(severity, Severity::Warning);
        }
    }
    m_promLabel->setText(text);
    m_promLabel->setToolTip(m_health.stale ? m_health.error : QString());
    m_promIcon->setPixmap((m_health.stale ? icons::load("status-stale") : SeverityIcon::of(severity)).pixmap(16, 16));
    updateTotals();
}

} // namespace looma
