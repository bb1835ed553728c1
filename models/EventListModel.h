#pragma once

#include "EventKind.h"
#include "PrometheusAlert.h"
#include "RegistryEvents.h"
#include "Severity.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <array>
#include <vector>

namespace looma {

class FleetStore;

// The events page: health transitions, failover events and audit entries from the store's
// history, plus the currently active Prometheus alerts; newest first, bounded. Rows are inserted
// where their time belongs (usually row 0), never by a reset. The acknowledged flag is kept by
// event key, so it survives an alert leaving and coming back.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SeverityColumn, KindColumn, SourceColumn, MessageColumn, ColumnCount };

    explicit EventListModel(FleetStore *store, QObject *parent = nullptr);

    void setLimit(int rows);
    // The active alert set: alerts no longer in it are removed, changed ones updated in place.
    void setAlerts(const QList<PrometheusAlert> &alerts);
    bool acknowledge(const QString &key);
    int unacknowledgedCount(Severity atLeast) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Row
    {
        QString key; // "h:<id>", "f:<id>", "a:<id>" or "p:<alert key>"
        EventKind kind = EventKind::Health;
        Severity severity = Severity::Info;
        QDateTime at;
        QString timeText, source, message, searchText;
    };

    void addHistory(const QList<HealthEvent> &health, const QList<FailoverEvent> &failovers,
                    const QList<AuditEntry> &audit);
    Row makeRow(const HealthEvent &event) const;
    Row makeRow(const FailoverEvent &event) const;
    Row makeRow(const AuditEntry &event) const;
    Row makeRow(const PrometheusAlert &alert) const;
    QString instanceLabel(qint64 instanceId) const;
    void upsert(std::vector<Row> rows);
    void removeKeys(const QSet<QString> &keys);
    void trim();
    void reindex();
    void finish(Row &row) const;

    FleetStore *m_store = nullptr;
    std::vector<Row> m_rows; // newest first
    QHash<QString, int> m_index;
    QSet<QString> m_acknowledged;
    QSet<QString> m_alertKeys;
    int m_limit = 5000;
    std::array<QString, 4> m_severityText;
    std::array<QString, 4> m_kindText;
    std::array<QString, ColumnCount> m_headers;
};

} // namespace looma
