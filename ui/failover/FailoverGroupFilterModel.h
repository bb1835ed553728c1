#pragma once

#include <QSortFilterProxyModel>

namespace looma {

// The failover page's search: groups whose name or service contains every word typed, in any
// order, case-insensitive; sorting by the models' SortRole (numbers as numbers).
class FailoverGroupFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FailoverGroupFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace looma
