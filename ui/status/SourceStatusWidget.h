#pragma once

#include "DataSource.h"
#include "SourceStatus.h"

#include <QWidget>
#include <functional>

class QLabel;
class QTimer;

namespace looma {

// One data source in the status bar: an icon whose shape differs per state (not colour only) and a
// text "Registry: live · 12 s". The age is recomputed every second, so "stale" is visible even
// when no new status arrives; the last error is in the tooltip.
class SourceStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceStatusWidget(DataSource source, QWidget *parent = nullptr);

    DataSource source() const { return m_source; }
    SourceStatus status() const { return m_status; }
    QString text() const;

    // Tests pin the clock; the default is the wall clock.
    void setClock(std::function<QDateTime()> clock);

public Q_SLOTS:
    void setStatus(const looma::SourceStatus &status);
    void updateText();

protected:
    void changeEvent(QEvent *event) override;

private:
    DataSource m_source;
    SourceStatus m_status;
    std::function<QDateTime()> m_clock;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QTimer *m_ageTimer = nullptr;
    const char *m_iconName = nullptr; // the icon shown, to skip redrawing it every second
};

} // namespace looma
