#include "SchedulerHost.h"

#include "AppSettings.h"
#include "ConsoleSession.h"
#include "RegistryClient.h"
#include "SchedulerService.h"
#include "SchedulerTypes.h"

namespace looma {

SchedulerHost::SchedulerHost(ConsoleSession *session, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
    // The scheduler holds the session's registry client: it goes before the client does.
    connect(m_session, &ConsoleSession::registryAboutToBeReplaced, this, &SchedulerHost::stopScheduler);
    connect(m_session, &ConsoleSession::registryReplaced, this, &SchedulerHost::rebuild);
    // Queued: the session applies the same change first, so configFor() reads its new addresses.
    if (m_settings)
        connect(m_settings, &AppSettings::changed, this, &SchedulerHost::rebuild, Qt::QueuedConnection);
}

SchedulerHost::~SchedulerHost()
{
    stopScheduler();
}

void SchedulerHost::stopScheduler()
{
    if (!m_scheduler)
        return;
    m_scheduler->stop();
    delete m_scheduler; // joins its threads; a promotion already sent finishes first
    m_scheduler = nullptr;
    m_signature.clear();
    Q_EMIT schedulerChanged(nullptr);
    Q_EMIT statusChanged(status());
}

void SchedulerHost::start()
{
    m_started = true;
    rebuild();
}

SourceStatus SchedulerHost::status() const
{
    return m_scheduler ? m_scheduler->status() : SourceStatus{};
}

SchedulerConfig SchedulerHost::configFor(const ConsoleSession &session, const AppSettings *settings)
{
    SchedulerConfig config;
    const SessionConfig &sessionConfig = session.config();
    config.dsn = sessionConfig.registryConfigured ? sessionConfig.registry.connectionString() : QString();
    if (sessionConfig.prometheusConfigured)
        config.prometheus = sessionConfig.prometheus; // the second observer
    if (settings) {
        const SchedulerPolicy policy = settings->scheduler();
        config.cooldownSeconds = qint64(policy.cooldownMinutes) * 60;
        config.partitionShare = policy.partitionGuardPercent / 100.0;
        config.readOnly = settings->readOnly();
    }
    return config;
}

QString SchedulerHost::signature(const SchedulerConfig &c)
{
    return QStringList{c.dsn,
                       c.prometheus.baseUrl.toString(),
                       QString::number(c.cooldownSeconds),
                       QString::number(c.partitionShare),
                       c.readOnly ? QStringLiteral("ro") : QStringLiteral("rw")}
        .join(u'\n');
}

void SchedulerHost::rebuild()
{
    if (!m_started)
        return;
    RegistryClient *registry = m_session->registry();
    const SchedulerConfig config = configFor(*m_session, m_settings);
    const QString next = registry ? signature(config) : QString();
    if (next == m_signature && (m_scheduler != nullptr) == (registry != nullptr))
        return;
    stopScheduler();
    m_signature = next;
    if (registry) {
        m_scheduler = new SchedulerService(config, registry, this);
        connect(m_scheduler, &SchedulerService::statusChanged, this, &SchedulerHost::statusChanged);
        m_scheduler->start();
    }
    Q_EMIT schedulerChanged(m_scheduler);
    Q_EMIT statusChanged(status());
}

} // namespace looma
