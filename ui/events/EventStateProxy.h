#pragma once

#include "MaintenanceLookup.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace looma {

class FleetStore;

// Sits on EventListModel and tells, by icon AND word in the severity column, which events are
// acknowledged or suppressed by maintenance (never by colour alone); both are also dimmed.
// Suppression is cached per row key and recomputed when the registry's maintenance may have
// changed, because data() runs for every visible cell.
class EventStateProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    static constexpr int SuppressedRole = Qt::UserRole + 64; // bool

    explicit EventStateProxy(FleetStore *store, QObject *parent = nullptr);

    void setAlertLabels(const QHash<QString, PromLabels> &byKey);
    bool isSuppressed(const QString &key) const;
    void retranslate();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void invalidateSuppression();

    MaintenanceLookup m_lookup;
    mutable QHash<QString, bool> m_suppressed;
    QString m_acknowledgedText;
    QString m_maintenanceText;
};

} // namespace looma
