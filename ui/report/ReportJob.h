#pragma once

#include "ReportData.h"
#include "ReportRequest.h"

#include <QFutureWatcher>
#include <QObject>

namespace looma {

class PromClient;
class RegistryClient;
class ReportCollector;

// One report from request to file, for the GUI's Reports page and the CLI: collects the data
// asynchronously (ReportCollector), then renders on a pool thread, so the caller's thread never
// blocks. progress() runs 0..100 (collecting up to 90, rendering after); finished() comes once per
// start() with the written path, or with an error (then path is empty). cancel() stops quietly.
class ReportJob final : public QObject
{
    Q_OBJECT

public:
    ReportJob(RegistryClient *registry, PromClient *prometheus, QObject *parent = nullptr);
    ~ReportJob() override;

    // Validates the request first: an invalid one finishes at once (queued) with the reasons.
    void start(const ReportRequest &request, const QString &outputPath);
    void cancel();
    bool isRunning() const { return m_running; }
    // The data of the last finished collection: the CLI checks its sources and gaps.
    const ReportData &data() const { return m_data; }

Q_SIGNALS:
    void progress(int percent, const QString &stage);
    void finished(const QString &path, const QString &error);

private:
    void render();

    ReportCollector *m_collector = nullptr;
    QFutureWatcher<QString> m_watcher;
    ReportRequest m_request;
    QString m_outputPath;
    ReportData m_data;
    bool m_running = false;
    bool m_rendering = false;
};

} // namespace looma
