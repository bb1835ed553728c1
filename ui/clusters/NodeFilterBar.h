#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace looma {

class FleetStore;
class NodeFilterProxyModel;

// The node table's filters: cloud, region, cluster and status (the free text is the page's search
// field), applied straight to the proxy, and "N of M nodes" so a filter's effect is visible.
class NodeFilterBar final : public QWidget
{
    Q_OBJECT

public:
    NodeFilterBar(FleetStore *store, NodeFilterProxyModel *proxy, QWidget *parent = nullptr);

    void updateChoices(); // regions and clusters as the registry has them
    void updateCount();
    QString countText() const;
    void retranslateUi();

private:
    void apply();

    FleetStore *m_store = nullptr;
    NodeFilterProxyModel *m_proxy = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_cloud = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_cluster = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace looma
