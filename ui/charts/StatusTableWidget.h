#pragma once

#include "ChartStatus.h"

#include <QTableWidget>

namespace looma {

// A small fixed table of figures (a handful of rows, updated in place) whose cells say when they
// miss a target: a status icon, and the status word in the tooltip. Rows filter by free text.
class StatusTableWidget final : public QTableWidget
{
    Q_OBJECT

public:
    explicit StatusTableWidget(int rows, int columns, QWidget *parent = nullptr);

    // Warning/Critical cells get the status icon; always=true shows the icon for any status.
    void setStatusCell(int row, int column, const QString &text, ChartStatus status = ChartStatus::NoData,
                       const QString &tip = {}, bool always = false);
    void setFilterText(const QString &text);
    // Tall enough for every row without a vertical scroll bar.
    void fitHeight();

private:
    void applyFilter();
    QString m_filter;
};

} // namespace looma
