#include "EventStateProxy.h"

#include "EventListModel.h"
#include "FleetStore.h"
#include "ModelRoles.h"
#include "Severity.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace looma {

EventStateProxy::EventStateProxy(FleetStore *store, QObject *parent) : QIdentityProxyModel(parent), m_lookup(store)
{
    if (store) {
        connect(store, &FleetStore::instancesChanged, this, &EventStateProxy::invalidateSuppression);
        connect(store, &FleetStore::nodesChanged, this, &EventStateProxy::invalidateSuppression);
        connect(store, &FleetStore::regionsChanged, this, &EventStateProxy::invalidateSuppression);
    }
    retranslate();
}

void EventStateProxy::retranslate()
{
    m_acknowledgedText = tr("acknowledged");
    m_maintenanceText = tr("maintenance");
}

void EventStateProxy::setAlertLabels(const QHash<QString, PromLabels> &byKey)
{
    m_lookup.setAlertLabels(byKey);
    invalidateSuppression();
}

void EventStateProxy::invalidateSuppression()
{
    m_suppressed.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool EventStateProxy::isSuppressed(const QString &key) const
{
    const auto it = m_suppressed.constFind(key);
    if (it != m_suppressed.cend())
        return *it;
    const bool suppressed = m_lookup.isSuppressed(key);
    m_suppressed.insert(key, suppressed);
    return suppressed;
}

QVariant EventStateProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == SuppressedRole)
        return isSuppressed(QIdentityProxyModel::data(index, IdRole).toString());
    const bool severityColumn = index.column() == EventListModel::SeverityColumn;
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole && !(severityColumn && role == Qt::DisplayRole))
        return QIdentityProxyModel::data(index, role);

    const bool acknowledged = QIdentityProxyModel::data(index, AcknowledgedRole).toBool();
    const bool suppressed = isSuppressed(QIdentityProxyModel::data(index, IdRole).toString());
    if (role == Qt::ForegroundRole) {
        if (acknowledged || suppressed)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QIdentityProxyModel::data(index, role);
    }
    if (role == Qt::DisplayRole) {
        QString text = QIdentityProxyModel::data(index, role).toString();
        if (acknowledged)
            text += QStringLiteral(" · ") + m_acknowledgedText;
        if (suppressed)
            text += QStringLiteral(" · ") + m_maintenanceText;
        return text;
    }
    if (!severityColumn)
        return QIdentityProxyModel::data(index, role);
    QStyle *style = QApplication::style();
    if (suppressed)
        return style->standardIcon(QStyle::SP_MediaPause);
    if (acknowledged)
        return style->standardIcon(QStyle::SP_DialogYesButton);
    switch (Severity(QIdentityProxyModel::data(index, SeverityRole).toInt())) {
    case Severity::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    }
    return {};
}

} // namespace looma
