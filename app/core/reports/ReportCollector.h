#pragma once

#include "RegistryReportQuery.h"
#include "ReportData.h"
#include "ReportRequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace looma {

class PromClient;
class PromError;
class RegistryClient;
struct PromQueryResult;

// Gathers a report's data without blocking its thread: the registry's rows through
// RegistryClient::run (SQL on the registry thread) and Prometheus's figures through PromClient's
// asynchronous queries. Every source that fails becomes a gap in the header (and the source is
// marked not ok), so a report is always complete about what it does not know.
// Emits progress() as parts arrive and finished() exactly once per start(), unless cancelled.
class ReportCollector final : public QObject
{
    Q_OBJECT

public:
    // Either source may be null (not configured): that is a gap too. Neither is owned.
    ReportCollector(RegistryClient *registry, PromClient *prometheus, QObject *parent = nullptr);

    // The request must have validated. A second start() while running cancels the first.
    void start(const ReportRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    static constexpr int ChartWidthPixels = 900;

Q_SIGNALS:
    void progress(int percent, const QString &stage);
    void finished(const looma::ReportData &data);

private:
    using PromHandler = std::function<void(const PromQueryResult &)>;
    void startRegistry();
    void startPrometheus();
    void instant(const QString &what, const QString &promql, PromHandler onResult);
    void range(const QString &what, const QString &promql, PromHandler onResult);
    void onPromFinished(quint64 id, const PromQueryResult &result, const PromError &error);
    void onRegistryRows(const RegistryReportRows &rows);
    void addGap(ReportSource::Kind source, const QString &what, const QString &error, bool sourceFailed = true);
    void partDone(const QString &stage);
    void finish();
    void assembleSummary();

    QPointer<RegistryClient> m_registry;
    QPointer<PromClient> m_prometheus;
    ReportRequest m_request;
    ReportData m_data;
    bool m_running = false;
    int m_partsTotal = 0;
    int m_partsDone = 0;
    quint64 m_generation = 0; // results of a cancelled run carry an older generation
    QObject *m_context = nullptr; // child; deleted on cancel so late registry results are dropped

    struct PendingQuery
    {
        QString what;
        PromHandler onResult;
    };
    QHash<quint64, PendingQuery> m_pending;

    // Raw Prometheus figures, assembled into summary rows when everything has arrived.
    QHash<QString, double> m_aiTotal, m_aiFailed, m_aiP95;
    double m_crmTotal = 0, m_crmFailed = 0, m_crmP95 = 0;
    bool m_aiTotalOk = false, m_aiFailedOk = false, m_aiP95Ok = false;
    bool m_crmTotalOk = false, m_crmFailedOk = false, m_crmP95Ok = false;
    QHash<QString, double> m_cpu, m_memory; // key "cloud/region"
};

} // namespace looma
