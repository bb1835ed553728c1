#include "StatusTableWidget.h"

#include <QHeaderView>
#include <QScrollBar>

namespace looma {

StatusTableWidget::StatusTableWidget(int rows, int columns, QWidget *parent) : QTableWidget(rows, columns, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void StatusTableWidget::setStatusCell(int row, int column, const QString &text, ChartStatus status,
                                      const QString &tip, bool always)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem;
        setItem(row, column, cell);
    }
    cell->setText(text);
    const bool flag = always || status == ChartStatus::Warning || status == ChartStatus::Critical;
    cell->setIcon(flag ? ChartStatusText::icon(status) : QIcon());
    cell->setToolTip(flag ? ChartStatusText::text(status) + (tip.isEmpty() ? QString() : QStringLiteral(": ") + tip)
                          : tip);
    applyFilter();
}

void StatusTableWidget::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    applyFilter();
}

void StatusTableWidget::applyFilter()
{
    for (int row = 0; row < rowCount(); ++row) {
        bool match = m_filter.isEmpty();
        for (int c = 0; !match && c < columnCount(); ++c)
            if (const QTableWidgetItem *cell = item(row, c))
                match = cell->text().contains(m_filter, Qt::CaseInsensitive);
        setRowHidden(row, !match);
    }
}

void StatusTableWidget::fitHeight()
{
    const int rows = rowCount() * verticalHeader()->defaultSectionSize();
    const int extra = horizontalScrollBar()->sizeHint().height();
    setMinimumHeight(horizontalHeader()->sizeHint().height() + rows + 2 * frameWidth() + extra);
}

} // namespace looma
