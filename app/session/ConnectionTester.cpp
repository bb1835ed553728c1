#include "ConnectionTester.h"

#include "Migrator.h"
#include "PromClient.h"
#include "RegistryClient.h"
#include "SessionConfig.h"
#include "SettingsValues.h"

#include <QTimer>

namespace looma {

namespace {
constexpr int registryTestTimeoutMs = 12000;
constexpr int promTestTimeoutMs = 5000;

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_registryDeadline(new QTimer(this))
    , m_prometheus(new PromClient(this))
{
    m_registryDeadline->setSingleShot(true);
    connect(m_registryDeadline, &QTimer::timeout, this, [this] {
        finishRegistry(false, tr("The registry did not answer within %1 s.").arg(registryTestTimeoutMs / 1000));
    });
    connect(m_prometheus, &PromClient::queryFinished, this,
            [this](quint64 id, const PromQueryResult &result, const PromError &error) {
                if (id != m_promRequest)
                    return;
                m_promRequest = 0;
                if (error.isError()) {
                    Q_EMIT prometheusTestFinished(false, describePrometheusError(error));
                    return;
                }
                const double targets = result.samples.isEmpty() ? 0.0 : result.samples.first().value;
                Q_EMIT prometheusTestFinished(
                    true, tr("Connected: Prometheus answers and scrapes %n target(s).", nullptr, int(targets)));
            });
}

ConnectionTester::~ConnectionTester()
{
    delete m_registry.data();
}

void ConnectionTester::testRegistry(const RegistrySettings &settings)
{
    delete m_registry.data(); // a second click starts over
    RegistryConfig config = SessionConfig::registryConfig(settings);
    config.connectTimeoutSeconds = 4;
    config.useCache = false;
    config.notify = false;
    config.reconnectMinMs = 600000; // one attempt: the result, not a retry loop
    config.reconnectMaxMs = 600000;
    config.historyLimit = 1;
    m_registry = new RegistryClient(config, this);
    connect(m_registry, &RegistryClient::statusChanged, this, &ConnectionTester::onRegistryStatus);
    m_registryDeadline->start(registryTestTimeoutMs);
    m_registry->start();
}

void ConnectionTester::onRegistryStatus(const SourceStatus &status)
{
    if (status.state == SourceStatus::State::Stale) {
        finishRegistry(false, describeRegistryError(status.error));
        return;
    }
    if (status.state != SourceStatus::State::Live || !m_registry)
        return;
    // Connected and the schema is not newer than this build (the client refuses that itself);
    // ask for the version to tell an old schema apart.
    m_registry->run<int>([](pqxx::connection_base &c) { return Migrator::currentVersion(c); }, this,
                         [this](const int &version) {
                             const int newest = Migrator().newestVersion();
                             if (version < newest) {
                                 finishRegistry(false, tr("Connected, but the registry schema is version %1 and "
                                                          "this console needs %2: run \"looma-ops migrate\".")
                                                           .arg(version)
                                                           .arg(newest));
                             } else {
                                 finishRegistry(true, tr("Connected: registry schema version %1.").arg(version));
                             }
                         },
                         [this](const QString &error) { finishRegistry(false, describeRegistryError(error)); });
}

void ConnectionTester::finishRegistry(bool ok, const QString &text)
{
    if (!m_registry)
        return;
    m_registryDeadline->stop();
    m_registry->disconnect(this);
    // Deleted from the event loop, not from inside one of its own signals.
    m_registry->deleteLater();
    m_registry = nullptr;
    Q_EMIT registryTestFinished(ok, text);
}

void ConnectionTester::testPrometheus(const PrometheusSettings &settings)
{
    if (m_promRequest != 0)
        m_prometheus->cancel(m_promRequest);
    PromConfig config = SessionConfig::prometheusConfig(settings);
    config.timeoutMs = promTestTimeoutMs;
    if (const QString problem = config.validate(); !problem.isEmpty()) {
        Q_EMIT prometheusTestFinished(false, problem);
        return;
    }
    m_prometheus->setConfig(config);
    m_promRequest = m_prometheus->query(QStringLiteral("count(up)"));
}

QString ConnectionTester::describeRegistryError(const QString &error)
{
    // libpq's messages (English unless the server's locale says otherwise) name the cause; the
    // original text follows the category so nothing is lost.
    QString category;
    if (has(error, "could not translate host name") || has(error, "Name or service not known")
        || has(error, "Temporary failure in name resolution"))
        category = tr("Name resolution failed (DNS)");
    else if (has(error, "Connection refused"))
        category = tr("Connection refused: nothing listens at that host and port");
    else if (has(error, "timeout expired") || has(error, "timed out"))
        category = tr("Connection timed out");
    else if (has(error, "password authentication failed") || has(error, "no password supplied")
             || has(error, "authentication failed") || has(error, "no pg_hba.conf entry")
             || has(error, "role \"") )
        category = tr("Authentication refused");
    else if (has(error, "SSL") || has(error, "certificate") || has(error, "TLS"))
        category = tr("TLS failed");
    else if (has(error, "does not exist") && has(error, "database"))
        category = tr("The database does not exist");
    else if (has(error, "newer") || has(error, "schema"))
        category = tr("Schema version not supported");
    return category.isEmpty() ? error : tr("%1: %2").arg(category, error);
}

QString ConnectionTester::describePrometheusError(const PromError &error)
{
    QString category;
    switch (error.kind) {
    case PromError::Kind::Network:
        if (has(error.message, "not found") || has(error.message, "Host ") || has(error.message, "resolve"))
            category = tr("Name resolution failed (DNS)");
        if (has(error.message, "refused"))
            category = tr("Connection refused: nothing listens at that host and port");
        break;
    case PromError::Kind::Http:
        if (error.httpStatus == 401 || error.httpStatus == 403)
            category = tr("Authentication refused (HTTP %1)").arg(error.httpStatus);
        else
            category = tr("HTTP error %1").arg(error.httpStatus);
        break;
    case PromError::Kind::Tls:
        category = tr("TLS failed");
        break;
    case PromError::Kind::Timeout:
        category = tr("Timed out");
        break;
    case PromError::Kind::Parse:
        category = tr("Not a Prometheus API answer");
        break;
    default:
        break;
    }
    return category.isEmpty() ? error.message : tr("%1: %2").arg(category, error.message);
}

} // namespace looma
