#pragma once

#include <QListWidget>

namespace looma {

// The reports written in this session, newest first; the page's search filters them and a
// double click opens one.
class RecentReportsList final : public QListWidget
{
    Q_OBJECT

public:
    explicit RecentReportsList(QWidget *parent = nullptr);

    void addReport(const QString &path, const QString &description);
    void setFilterText(const QString &text);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void applyFilter(QListWidgetItem *item);

    QString m_filter;
};

} // namespace looma
