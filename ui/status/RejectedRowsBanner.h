#pragma once

#include "FleetSnapshot.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace looma {

// Registry rows the decoder refused, told once: a closable banner with the count and the first few
// reasons. New rejections after a close show it again with the running total.
class RejectedRowsBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit RejectedRowsBanner(QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    QString text() const;

public Q_SLOTS:
    void addRows(const QList<looma::RejectedRow> &rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    QList<RejectedRow> m_rows;
    QLabel *m_label = nullptr;
};

} // namespace looma
