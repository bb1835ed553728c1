#pragma once

#include "ChartStatus.h"

#include <QFrame>

class QLabel;

namespace looma {

// One figure in large type with its unit, the target it is held against, its standing (icon and
// word) and a stale mark when the last refresh failed and the figure is the previous one.
class StatTile final : public QFrame
{
    Q_OBJECT

public:
    explicit StatTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValueText(const QString &text); // already formatted with its unit
    void setTarget(const QString &text);    // e.g. "target ≤ 300 ms"; empty hides it
    void setStatus(ChartStatus status);
    void setStale(bool stale, const QString &reason = {});

    QString title() const;
    QString valueText() const;
    QString targetText() const;
    QString statusText() const;
    ChartStatus status() const { return m_status; }
    bool isStale() const { return m_stale; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();

    QLabel *m_titleLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_statusIconLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    ChartStatus m_status = ChartStatus::NoData;
    bool m_stale = false;
    QString m_staleReason;
};

} // namespace looma
