#include "WindowScreenshot.h"

#include "ConsoleSession.h"
#include "FleetStore.h"
#include "SnapshotPacer.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>
#include <QWidget>

namespace looma {

WindowScreenshot::WindowScreenshot(QWidget *window, ConsoleSession *session, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_path(path)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &WindowScreenshot::check);
    connect(m_session, &ConsoleSession::metricsRefreshed, this, [this] { m_metricsSeen = true; });
}

void WindowScreenshot::start()
{
    m_waited.start();
    m_poll.start();
}

void WindowScreenshot::check()
{
    const bool registryIn = !m_session->config().registryConfigured
        || (m_session->registryStatus().state == SourceStatus::State::Live && m_session->fleetStore()->nodeCount() > 0
            && !m_session->snapshotPacer()->isPacing()); // the whole first load, not its first slices
    const bool prometheusIn = !m_session->config().prometheusConfigured || m_metricsSeen;
    if ((registryIn && prometheusIn) || m_waited.elapsed() > limitMs) {
        m_poll.stop();
        QTimer::singleShot(settleMs, this, &WindowScreenshot::save);
    }
}

void WindowScreenshot::save()
{
    const bool saved = m_window->grab().save(m_path, "PNG");
    QTextStream(stderr) << (saved ? QStringLiteral("looma-ops: window saved to %1").arg(m_path)
                                  : QStringLiteral("looma-ops: could not write %1").arg(m_path))
                        << Qt::endl;
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace looma
