#pragma once

#include "DomainEnums.h"

#include <QSortFilterProxyModel>

namespace looma {

// One cloud's rows of RegionSummaryModel, worst problem first, with a status icon beside the
// status word and an optional text filter on region and zone.
class CloudRegionProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CloudRegionProxy(Cloud cloud, QObject *parent = nullptr);

    Cloud cloud() const { return m_cloud; }
    void setText(const QString &text);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Cloud m_cloud;
    QString m_text;
};

} // namespace looma
