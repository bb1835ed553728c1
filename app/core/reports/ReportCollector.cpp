#include "ReportCollector.h"

#include "PromClient.h"
#include "RegistryClient.h"
#include "ReportQueries.h"
#include "SlaMath.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace looma {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// The platform's five AI services: always listed, so one without traffic shows "no data"
// instead of vanishing from the report.
const QStringList &aiServices()
{
    static const QStringList names{QStringLiteral("ai-gateway"), QStringLiteral("resume-service"),
                                   QStringLiteral("matching-service"), QStringLiteral("chat-service"),
                                   QStringLiteral("vector-service")};
    return names;
}

QHash<QString, double> byLabel(const PromQueryResult &result, const QString &label)
{
    QHash<QString, double> values;
    for (const PromSample &s : result.samples)
        values.insert(s.labels.value(label), s.value);
    return values;
}

double single(const PromQueryResult &result)
{
    if (result.type == PromQueryResult::Type::Scalar)
        return result.scalar.value;
    return result.samples.isEmpty() ? NaN : result.samples.first().value;
}

} // namespace

ReportCollector::ReportCollector(RegistryClient *registry, PromClient *prometheus, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_prometheus(prometheus)
{
    if (m_prometheus) {
        connect(m_prometheus, &PromClient::queryFinished, this,
                [this](quint64 id, const PromQueryResult &result, const PromError &error) {
                    onPromFinished(id, result, error);
                });
    }
}

void ReportCollector::start(const ReportRequest &request)
{
    cancel();
    m_request = request;
    m_data = ReportData{};
    m_data.header.from = request.from.toUTC();
    m_data.header.to = request.to.toUTC();
    m_data.header.scope = request.scope;
    m_data.header.language = request.language;
    m_aiTotal.clear();
    m_aiFailed.clear();
    m_aiP95.clear();
    m_cpu.clear();
    m_memory.clear();
    m_aiTotalOk = m_aiFailedOk = m_aiP95Ok = m_crmTotalOk = m_crmFailedOk = m_crmP95Ok = false;
    m_crmTotal = m_crmFailed = m_crmP95 = NaN;
    m_running = true;
    ++m_generation;
    m_context = new QObject(this);
    m_partsDone = 0;
    m_partsTotal = 1 /* registry */ + 10 /* prometheus queries */;
    Q_EMIT progress(0, tr("Starting"));
    startRegistry();
    startPrometheus();
}

void ReportCollector::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    delete m_context; // drops the registry's late answer
    m_context = nullptr;
    const auto ids = m_pending.keys();
    m_pending.clear();
    if (m_prometheus) {
        for (quint64 id : ids)
            m_prometheus->cancel(id);
    }
}

void ReportCollector::addGap(ReportSource::Kind source, const QString &what, const QString &error, bool sourceFailed)
{
    // One gap per distinct failure: an unreachable server fails every query with the same words.
    bool merged = false;
    for (ReportGap &g : m_data.header.gaps) {
        if (g.source == source && g.error == error) {
            if (!g.what.split(QStringLiteral(", ")).contains(what))
                g.what += QStringLiteral(", ") + what;
            merged = true;
            break;
        }
    }
    if (!merged)
        m_data.header.gaps.append(ReportGap{source, what, error});
    if (!sourceFailed)
        return;
    for (ReportSource &s : m_data.header.sources) {
        if (s.kind == source)
            s.ok = false;
    }
}

void ReportCollector::partDone(const QString &stage)
{
    ++m_partsDone;
    Q_EMIT progress(std::min(99, m_partsDone * 100 / std::max(1, m_partsTotal)), stage);
    if (m_partsDone >= m_partsTotal)
        finish();
}

void ReportCollector::startRegistry()
{
    ReportSource source{ReportSource::Kind::Registry, {}, true};
    if (!m_registry) {
        m_data.header.sources.append(source);
        addGap(ReportSource::Kind::Registry, QStringLiteral("incidents"), tr("The registry is not configured."));
        QMetaObject::invokeMethod(this, [this, gen = m_generation] {
            if (gen == m_generation && m_running)
                partDone(tr("Registry skipped"));
        }, Qt::QueuedConnection);
        return;
    }
    const RegistryConfig &config = m_registry->config();
    source.location = RegistryConfig::redacted(config.dsn.isEmpty() ? QStringLiteral("service=") + config.service
                                                                     : config.dsn);
    m_data.header.sources.append(source);
    const QDateTime from = m_data.header.from;
    const QDateTime to = m_data.header.to;
    const ReportScope scope = m_request.scope;
    m_registry->run<RegistryReportRows>(
        [from, to, scope](pqxx::connection_base &c) { return RegistryReportQuery::read(c, from, to, scope); },
        m_context, [this](const RegistryReportRows &rows) { onRegistryRows(rows); },
        [this](const QString &error) {
            addGap(ReportSource::Kind::Registry, QStringLiteral("incidents"), error);
            addGap(ReportSource::Kind::Registry, QStringLiteral("fleet"), error);
            partDone(tr("Registry failed"));
        });
}

void ReportCollector::onRegistryRows(const RegistryReportRows &rows)
{
    QList<Incident> incidents = SlaMath::outages(rows.transitions, m_data.header.from, m_data.header.to);
    incidents.append(rows.failovers);
    std::stable_sort(incidents.begin(), incidents.end(),
                     [](const Incident &a, const Incident &b) { return a.start < b.start; });
    m_data.incidents = incidents;
    m_data.fleet = rows.fleet;
    partDone(tr("Registry read"));
}

void ReportCollector::instant(const QString &what, const QString &promql, PromHandler onResult)
{
    const quint64 id = m_prometheus->query(promql, m_data.header.to);
    m_pending.insert(id, PendingQuery{what, std::move(onResult)});
}

void ReportCollector::range(const QString &what, const QString &promql, PromHandler onResult)
{
    const quint64 id = m_prometheus->queryRangeForWidth(promql, m_data.header.from, m_data.header.to,
                                                        ChartWidthPixels);
    m_pending.insert(id, PendingQuery{what, std::move(onResult)});
}

void ReportCollector::startPrometheus()
{
    ReportSource source{ReportSource::Kind::Prometheus, {}, true};
    if (!m_prometheus || !m_prometheus->config().isConfigured()) {
        m_data.header.sources.append(source);
        addGap(ReportSource::Kind::Prometheus, QStringLiteral("summary"), tr("Prometheus is not configured."));
        m_partsTotal = 1;
        return;
    }
    source.location = m_prometheus->config().baseUrl.toString(QUrl::RemoveUserInfo);
    m_data.header.sources.append(source);

    const ReportScope &scope = m_request.scope;
    const qint64 secs = m_request.rangeSeconds();
    instant(QStringLiteral("summary"), ReportQueries::aiTotal(scope, secs), [this](const PromQueryResult &r) {
        m_aiTotal = byLabel(r, QStringLiteral("service"));
        m_aiTotalOk = true;
    });
    instant(QStringLiteral("summary"), ReportQueries::aiFailed(scope, secs), [this](const PromQueryResult &r) {
        m_aiFailed = byLabel(r, QStringLiteral("service"));
        m_aiFailedOk = true;
    });
    instant(QStringLiteral("p95"), ReportQueries::aiP95(scope, secs), [this](const PromQueryResult &r) {
        m_aiP95 = byLabel(r, QStringLiteral("service"));
        m_aiP95Ok = true;
    });
    instant(QStringLiteral("summary"), ReportQueries::crmTotal(scope, secs), [this](const PromQueryResult &r) {
        m_crmTotal = single(r);
        m_crmTotalOk = true;
    });
    instant(QStringLiteral("summary"), ReportQueries::crmFailed(scope, secs), [this](const PromQueryResult &r) {
        m_crmFailed = single(r);
        m_crmFailedOk = true;
    });
    instant(QStringLiteral("p95"), ReportQueries::crmP95(scope, secs), [this](const PromQueryResult &r) {
        m_crmP95 = single(r);
        m_crmP95Ok = true;
    });
    auto byRegion = [](const PromQueryResult &r) {
        QHash<QString, double> values;
        for (const PromSample &s : r.samples)
            values.insert(s.labels.value(QStringLiteral("cloud")) + QLatin1Char('/') + s.labels.value(QStringLiteral("region")),
                          s.value);
        return values;
    };
    instant(QStringLiteral("fleet"), ReportQueries::fleetCpu(scope, secs),
            [this, byRegion](const PromQueryResult &r) { m_cpu = byRegion(r); });
    instant(QStringLiteral("fleet"), ReportQueries::fleetMemory(scope, secs),
            [this, byRegion](const PromQueryResult &r) { m_memory = byRegion(r); });

    // Charts: the step the governor picks for the chart's width; rates over at least four scrapes.
    const int scrape = m_prometheus->config().scrapeIntervalSeconds;
    const qint64 step = QueryGovernor::stepSeconds(secs, ChartWidthPixels, scrape);
    const qint64 rateWindow = std::max<qint64>(step, 4LL * scrape);
    struct ChartSpec
    {
        const char *id;
        const char *title;
        const char *unit;
        QString promql;
        QString legendLabel;
        double threshold;
    };
    const QList<ChartSpec> charts{
        {"requestRate", QT_TRANSLATE_NOOP("looma::ReportText", "AI request rate"), "req/s",
         ReportQueries::chartRequestRate(scope, rateWindow), QStringLiteral("service"), NaN},
        {"errorPercent", QT_TRANSLATE_NOOP("looma::ReportText", "AI error rate"), "%",
         ReportQueries::chartErrorPercent(scope, rateWindow), QStringLiteral("service"),
         m_data.targets.errorRate * 100.0},
        {"latencyP95", QT_TRANSLATE_NOOP("looma::ReportText", "AI p95 latency"), "ms",
         ReportQueries::chartLatencyP95Ms(scope, rateWindow), QStringLiteral("service"),
         m_data.targets.p95Seconds * 1000.0},
        {"cpu", QT_TRANSLATE_NOOP("looma::ReportText", "CPU utilisation by cloud"), "%",
         ReportQueries::chartCpuPercent(scope, rateWindow), QStringLiteral("cloud"), 80.0},
    };
    m_partsTotal = 1 + 8 + int(charts.size());
    for (const ChartSpec &spec : charts) {
        const int index = int(m_data.charts.size());
        m_data.charts.append(ChartData{QString::fromLatin1(spec.id), QString::fromLatin1(spec.title),
                                       QString::fromLatin1(spec.unit), spec.threshold, {}});
        range(QStringLiteral("chart:") + QString::fromLatin1(spec.id), spec.promql,
              [this, index, label = spec.legendLabel](const PromQueryResult &r) {
                  QList<ChartLine> lines;
                  for (const PromSeries &s : r.series) {
                      ChartLine line{s.labels.value(label), {}};
                      line.points.reserve(s.points.size());
                      for (const PromPoint &p : s.points) {
                          if (std::isfinite(p.value))
                              line.points.append(QPointF(double(p.timestampMs), p.value));
                      }
                      lines.append(line);
                  }
                  std::sort(lines.begin(), lines.end(),
                            [](const ChartLine &a, const ChartLine &b) { return a.label < b.label; });
                  m_data.charts[index].lines = lines;
              });
    }
}

void ReportCollector::onPromFinished(quint64 id, const PromQueryResult &result, const PromError &error)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !m_running)
        return;
    const PendingQuery pending = it.value();
    m_pending.erase(it);
    if (error.isError()) {
        addGap(ReportSource::Kind::Prometheus, pending.what, error.message);
        partDone(tr("Prometheus query failed"));
        return;
    }
    pending.onResult(result);
    for (const QString &warning : result.warnings)
        addGap(ReportSource::Kind::Prometheus, pending.what, warning, false);
    partDone(tr("Prometheus answered (%1)").arg(pending.what));
}

void ReportCollector::assembleSummary()
{
    const SlaTargets &targets = m_data.targets;
    QStringList names;
    for (const QString &name : aiServices()) {
        if (m_request.scope.includesService(name))
            names << name;
    }
    for (auto it = m_aiTotal.cbegin(); it != m_aiTotal.cend(); ++it) {
        if (!names.contains(it.key()) && !it.key().isEmpty())
            names << it.key();
    }
    for (const QString &name : std::as_const(names)) {
        SummaryRow row;
        row.kind = SummaryRow::Kind::AiService;
        row.name = name;
        if (m_aiTotalOk && m_aiTotal.contains(name)) {
            row.totalRequests = m_aiTotal.value(name);
            // No 5xx series for a service with traffic means none failed, if the query itself worked.
            row.failedRequests = m_aiFailedOk ? m_aiFailed.value(name, 0.0) : NaN;
        }
        row.p95Seconds = m_aiP95Ok ? m_aiP95.value(name, NaN) : NaN;
        SlaMath::complete(&row, targets);
        m_data.summary.append(row);
    }
    if (m_request.scope.includesCrm()) {
        SummaryRow crm;
        crm.kind = SummaryRow::Kind::Crm;
        crm.name = ReportScope::crmName();
        if (m_crmTotalOk) {
            crm.totalRequests = m_crmTotal;
            crm.failedRequests = m_crmFailedOk ? (std::isnan(m_crmFailed) ? 0.0 : m_crmFailed) : NaN;
        }
        crm.p95Seconds = m_crmP95Ok ? m_crmP95 : NaN;
        SlaMath::complete(&crm, targets);
        m_data.summary.append(crm);
    }
}

void ReportCollector::finish()
{
    if (!m_running)
        return;
    assembleSummary();
    // Fleet: the registry's node counts, with Prometheus's utilisation where it has the region.
    for (FleetRow &row : m_data.fleet) {
        const QString key = row.cloud + QLatin1Char('/') + row.region;
        row.cpuPercent = m_cpu.value(key, NaN);
        row.memoryPercent = m_memory.value(key, NaN);
    }
    m_data.header.generatedAt = QDateTime::currentDateTimeUtc();
    m_running = false;
    delete m_context;
    m_context = nullptr;
    Q_EMIT progress(100, tr("Data collected"));
    Q_EMIT finished(m_data);
}

} // namespace looma
