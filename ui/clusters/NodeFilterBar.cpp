#include "NodeFilterBar.h"

#include "FleetStore.h"
#include "NodeFilterProxyModel.h"
#include "StatusText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>

namespace looma {

NodeFilterBar::NodeFilterBar(FleetStore *store, NodeFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_proxy(proxy)
    , m_filterLabel(new QLabel(this))
    , m_cloud(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_cluster(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("nodeFilterBar"));
    m_cloud->setObjectName(QStringLiteral("cloudFilterComboBox"));
    m_region->setObjectName(QStringLiteral("regionFilterComboBox"));
    m_cluster->setObjectName(QStringLiteral("clusterFilterComboBox"));
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_count->setObjectName(QStringLiteral("nodeCountLabel"));
    for (QComboBox *combo : {m_cloud, m_region, m_cluster, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, &NodeFilterBar::apply);
    }
    m_cluster->setMaximumWidth(260);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_cloud);
    layout->addWidget(m_region);
    layout->addWidget(m_cluster);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_count);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &NodeFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NodeFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NodeFilterBar::updateCount);
    retranslateUi();
}

void NodeFilterBar::apply()
{
    const QVariant cloud = m_cloud->currentData();
    m_proxy->setCloudFilter(cloud.isValid() ? std::optional<Cloud>(static_cast<Cloud>(cloud.toInt())) : std::nullopt);
    m_proxy->setRegionFilter(m_region->currentData().toString());
    m_proxy->setClusterFilter(m_cluster->currentData().toLongLong());
    const QVariant status = m_status->currentData();
    m_proxy->setStatusFilter(status.isValid() ? std::optional<NodeStatus>(static_cast<NodeStatus>(status.toInt()))
                                              : std::nullopt);
    updateCount();
}

void NodeFilterBar::updateChoices()
{
    // Rebuilt only when the set changes, keeping the current choice by its data.
    QSet<QString> regionSet;
    for (qint64 id : m_store->regionIds())
        regionSet.insert(m_store->region(id)->region);
    QStringList regions(regionSet.cbegin(), regionSet.cend());
    regions.sort();
    if (m_region->count() != regions.size() + 1) {
        const QString current = m_region->currentData().toString();
        m_region->clear();
        m_region->addItem(tr("All regions"), QString());
        for (const QString &region : regions)
            m_region->addItem(region, region);
        m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
    }
    QList<std::pair<QString, qint64>> clusters;
    for (qint64 id : m_store->clusterIds())
        clusters.append({m_store->cluster(id)->name, id});
    std::sort(clusters.begin(), clusters.end());
    if (m_cluster->count() != clusters.size() + 1) {
        const qint64 current = m_cluster->currentData().toLongLong();
        m_cluster->clear();
        m_cluster->addItem(tr("All clusters"), qint64(0));
        for (const auto &[name, id] : clusters)
            m_cluster->addItem(name, id);
        m_cluster->setCurrentIndex(qMax(0, m_cluster->findData(current)));
    }
    updateCount();
}

QString NodeFilterBar::countText() const
{
    return m_count->text();
}

void NodeFilterBar::updateCount()
{
    const QLocale locale;
    m_count->setText(tr("%1 of %2 nodes")
                         .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_proxy->sourceModel()
                                                                                      ? m_proxy->sourceModel()->rowCount()
                                                                                      : 0)));
}

void NodeFilterBar::retranslateUi()
{
    m_filterLabel->setText(tr("Show:"));
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        combo->clear();
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    refill(m_cloud, {{tr("All clouds"), QVariant()},
                     {StatusText::cloud(Cloud::Tencent), int(Cloud::Tencent)},
                     {StatusText::cloud(Cloud::Alibaba), int(Cloud::Alibaba)}});
    refill(m_status, {{tr("Any status"), QVariant()},
                      {StatusText::nodeStatus(NodeStatus::Up), int(NodeStatus::Up)},
                      {StatusText::nodeStatus(NodeStatus::Down), int(NodeStatus::Down)},
                      {StatusText::nodeStatus(NodeStatus::Draining), int(NodeStatus::Draining)}});
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("All regions"));
    if (m_cluster->count() > 0)
        m_cluster->setItemText(0, tr("All clusters"));
    updateCount();
}

} // namespace looma
