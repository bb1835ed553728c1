#pragma once

#include "DomainEnums.h"
#include "KeyedRows.h"
#include "Severity.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <array>

namespace looma {

class FleetStore;

// One row per failover group: its primary, its standbys with their health, the fencing
// generation. Driven by FleetStore::failoverGroupsChanged, which names only the groups touched.
class FailoverGroupModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        ServiceColumn,
        PrimaryColumn,
        PrimaryHealthColumn,
        StandbysColumn,
        GenerationColumn,
        MaintenanceColumn,
        ColumnCount
    };

    explicit FailoverGroupModel(FleetStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfGroup(const QString &group) const { return m_rows.indexOf(group); }
    void retranslate();

private:
    struct Row
    {
        QString key; // group name
        QString service, primary, standbys, maintenance;
        int primaryHealth = -1; // HealthState, -1 when the group has no primary
        int passingStandbys = 0;
        qint64 primaryId = 0;
        qint64 generation = 0;
        Severity severity = Severity::Ok;
        bool operator==(const Row &o) const
        {
            return key == o.key && service == o.service && primary == o.primary && standbys == o.standbys
                && maintenance == o.maintenance && primaryHealth == o.primaryHealth
                && passingStandbys == o.passingStandbys && primaryId == o.primaryId
                && generation == o.generation && severity == o.severity;
        }
    };

    Row makeRow(const QString &group) const;
    void onGroupsChanged(const QStringList &groups);
    void refreshAll();

    FleetStore *m_store = nullptr;
    KeyedRows<QString, Row> m_rows;
    std::array<QString, 4> m_healthText;
    std::array<QString, ColumnCount> m_headers;
};

} // namespace looma
