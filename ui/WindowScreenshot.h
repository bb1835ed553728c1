#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace looma {

class ConsoleSession;

// `looma-ops --screenshot FILE`: waits until the registry has delivered the fleet and Prometheus has
// answered a refresh (or a time limit passes), lets the page draw, saves the window as a PNG and
// quits with 0, or 1 when the file could not be written. For headless machines and the README.
class WindowScreenshot final : public QObject
{
    Q_OBJECT

public:
    WindowScreenshot(QWidget *window, ConsoleSession *session, const QString &path, QObject *parent = nullptr);
    void start();

private:
    void check();
    void save();

    QWidget *m_window = nullptr;
    ConsoleSession *m_session = nullptr;
    QString m_path;
    QTimer m_poll;
    QElapsedTimer m_waited;
    bool m_metricsSeen = false;
    static constexpr int limitMs = 90000; // a source that never answers is shown as it is
    static constexpr int settleMs = 4000;  // charts and panels drawn after the data arrived
};

} // namespace looma
