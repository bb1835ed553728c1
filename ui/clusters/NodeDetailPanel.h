#pragma once

#include "PromError.h"
#include "PromTypes.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace looma {

class ConsoleSession;
class InstanceTableModel;
class NodeSeriesChart;

// The selected node: what it is, its service instances, and its CPU and memory over the last hour.
// The two range queries name this node only and run only while a node is shown, once per refresh.
class NodeDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NodeDetailPanel(ConsoleSession *session, QWidget *parent = nullptr);

    void setNode(qint64 nodeId); // 0 closes the detail
    qint64 nodeId() const { return m_nodeId; }
    InstanceTableModel *instances() const { return m_instances; }
    QTableView *instanceTable() const { return m_table; }
    NodeSeriesChart *cpuChart() const { return m_cpu; }
    NodeSeriesChart *memoryChart() const { return m_memory; }
    QString headingText() const;
    void refresh();
    void retranslateUi();

Q_SIGNALS:
    void closeRequested();
    void chartsUpdated();

private:
    void onQueryFinished(quint64 id, const looma::PromQueryResult &result, const looma::PromError &error);
    QString query(const char *panelId, const QString &fallback) const;
    void updateHeading();

    ConsoleSession *m_session = nullptr;
    qint64 m_nodeId = 0;
    QString m_hostname;
    InstanceTableModel *m_instances = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_instancesLabel = nullptr;
    QTableView *m_table = nullptr;
    NodeSeriesChart *m_cpu = nullptr;
    NodeSeriesChart *m_memory = nullptr;
    quint64 m_cpuRequest = 0;
    quint64 m_memoryRequest = 0;
};

} // namespace looma
