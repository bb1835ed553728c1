#include "RecentReportsList.h"

#include <QDir>

namespace looma {

namespace {
constexpr int PathRole = Qt::UserRole;
}

RecentReportsList::RecentReportsList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("recentReportsListWidget"));
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openRequested(item->data(PathRole).toString()); });
}

void RecentReportsList::addReport(const QString &path, const QString &description)
{
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(path) + QStringLiteral("\n") + description);
    item->setData(PathRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
    insertItem(0, item);
    applyFilter(item);
}

void RecentReportsList::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    for (int i = 0; i < count(); ++i)
        applyFilter(item(i));
}

void RecentReportsList::applyFilter(QListWidgetItem *item)
{
    item->setHidden(!m_filter.isEmpty() && !item->text().contains(m_filter, Qt::CaseInsensitive));
}

} // namespace looma
