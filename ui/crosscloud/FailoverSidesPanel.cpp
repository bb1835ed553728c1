#include "FailoverSidesPanel.h"

#include "SeverityIcon.h"
#include "StatusText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace looma {

FailoverSidesPanel::FailoverSidesPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_countsLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("failoverSidesGroupBox"));
    m_countsLabel->setObjectName(QStringLiteral("primarySidesLabel"));
    m_countsLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("problemGroupsTableWidget"));
    m_table->setColumnCount(6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 96);
    m_table->setColumnWidth(1, 170);
    m_table->setColumnWidth(2, 130);
    m_table->setColumnWidth(3, 190);
    m_table->setColumnWidth(4, 170);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

QString FailoverSidesPanel::countsText() const
{
    return m_countsLabel->text();
}

void FailoverSidesPanel::setSides(const FailoverSides &sides)
{
    m_sides = sides;
    const int rows = int(qMin<qsizetype>(sides.problems.size(), MaxRows));
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const FailoverSides::Problem &p = sides.problems.at(row);
        const QString where = p.region.isEmpty() ? QString() : tr("%1 · %2").arg(p.cloud, p.zone);
        const QString cells[] = {StatusText::severity(p.severity), p.group, p.service, where, p.primary, p.reason};
        for (int column = 0; column < 6; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells[column]);
            if (column == 0)
                item->setIcon(SeverityIcon::of(p.severity));
        }
    }
    m_table->setUpdatesEnabled(true);
    retranslateUi();
}

void FailoverSidesPanel::setStaleNote(const QString &note)
{
    m_staleNote = note;
    retranslateUi();
}

void FailoverSidesPanel::retranslateUi()
{
    setTitle(tr("Failover groups: which cloud holds the primary"));
    m_table->setHorizontalHeaderLabels(
        {tr("Status"), tr("Group"), tr("Service"), tr("Cloud · zone"), tr("Primary"), tr("Why listed")});
    const QLocale locale;
    QString text = tr("%1: %2 primaries · %3: %4 primaries · without primary: %5 · groups: %6")
                       .arg(StatusText::cloud(Cloud::Tencent), locale.toString(m_sides.primariesByCloud[0]),
                            StatusText::cloud(Cloud::Alibaba), locale.toString(m_sides.primariesByCloud[1]),
                            locale.toString(m_sides.groupsWithoutPrimary), locale.toString(m_sides.groupCount));
    const qsizetype problems = m_sides.problems.size();
    if (problems == 0)
        text += u'\n' + tr("No group has its primary in a zone with problems.");
    else if (problems > MaxRows)
        text += u'\n' + tr("%1 groups have their primary where something is wrong; the worst %2 are listed.")
                            .arg(locale.toString(problems), locale.toString(MaxRows));
    else
        text += u'\n' + tr("%n group(s) have their primary where something is wrong:", nullptr, int(problems));
    m_countsLabel->setText(m_staleNote.isEmpty() ? text : m_staleNote + u'\n' + text);
}

} // namespace looma
