#pragma once

#include "FailoverSides.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace looma {

// Which cloud holds each failover group's primary (counts per cloud) and the groups whose primary
// is where something is wrong, worst first (the first rows only: a list of thousands helps no one).
class FailoverSidesPanel final : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 200;

    explicit FailoverSidesPanel(QWidget *parent = nullptr);

    void setSides(const FailoverSides &sides);
    // Said before the counts when a source behind them is stale, so an old list never reads as "all well".
    void setStaleNote(const QString &note);
    const FailoverSides &sides() const { return m_sides; }
    QTableWidget *table() const { return m_table; }
    QString countsText() const;
    void retranslateUi();

private:
    FailoverSides m_sides;
    QString m_staleNote;
    QLabel *m_countsLabel = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace looma
