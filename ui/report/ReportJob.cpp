#include "ReportJob.h"

#include "ReportCollector.h"
#include "ReportRenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace looma {

ReportJob::ReportJob(RegistryClient *registry, PromClient *prometheus, QObject *parent)
    : QObject(parent)
    , m_collector(new ReportCollector(registry, prometheus, this))
{
    connect(m_collector, &ReportCollector::progress, this,
            [this](int percent, const QString &stage) { Q_EMIT progress(percent * 9 / 10, stage); });
    connect(m_collector, &ReportCollector::finished, this, [this](const ReportData &data) {
        m_data = data;
        render();
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_rendering)
            return;
        m_rendering = false;
        m_running = false;
        const QString error = m_watcher.result();
        if (error.isEmpty())
            Q_EMIT progress(100, tr("Report written"));
        Q_EMIT finished(error.isEmpty() ? m_outputPath : QString(), error);
    });
}

ReportJob::~ReportJob()
{
    cancel();
    m_watcher.waitForFinished(); // a render in flight writes only its own file; let it end
}

void ReportJob::start(const ReportRequest &request, const QString &outputPath)
{
    cancel();
    m_request = request;
    m_outputPath = outputPath;
    const QStringList errors = request.validate();
    if (errors.isEmpty() && outputPath.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished({}, tr("No output path was given.")); }, Qt::QueuedConnection);
        return;
    }
    if (!errors.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, errors] { Q_EMIT finished({}, errors.join(QLatin1Char(' '))); },
            Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_collector->start(request);
}

void ReportJob::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_rendering = false; // a render still running finishes unseen
    m_collector->cancel();
}

void ReportJob::render()
{
    Q_EMIT progress(90, tr("Rendering the report"));
    m_rendering = true;
    const ReportData data = m_data;
    const ReportFormat format = m_request.format;
    const QString path = m_outputPath;
    m_watcher.setFuture(
        QtConcurrent::run([data, format, path] { return ReportRenderer::write(data, format, path); }));
}

} // namespace looma
