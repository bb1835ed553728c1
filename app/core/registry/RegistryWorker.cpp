#include "RegistryWorker.h"

#include "Migrator.h"
#include "RegistryConnection.h"
#include "RegistryError.h"
#include "RegistryListener.h"
#include "SnapshotCache.h"
#include "SnapshotMerger.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>
#include <pqxx/pqxx>

namespace looma {
namespace {

Q_LOGGING_CATEGORY(lcRegistry, "looma.registry")

constexpr int notifyCoalesceMs = 20;
constexpr int cacheWriteDelayMs = 5000;

QString what(const std::exception &e)
{
    return QString::fromUtf8(e.what()).trimmed();
}

} // namespace

RegistryWorker::RegistryWorker(RegistryConfig config)
    : m_config(std::move(config))
    , m_pollTimer(new QTimer(this))
    , m_reconcileTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_notifyTimer(new QTimer(this))
    , m_cacheTimer(new QTimer(this))
    , m_reader(m_config.lateCommitOverlap, m_config.historyLimit)
{
    m_pollTimer->setInterval(std::max(100, m_config.pollIntervalMs));
    m_reconcileTimer->setInterval(std::max(1000, m_config.reconcileIntervalMs));
    m_reconnectTimer->setSingleShot(true);
    m_notifyTimer->setSingleShot(true);
    m_notifyTimer->setInterval(notifyCoalesceMs);
    m_cacheTimer->setSingleShot(true);
    m_cacheTimer->setInterval(cacheWriteDelayMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_reconcileTimer, &QTimer::timeout, this, [this] { reload(); });
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] { connectNow(); });
    connect(m_notifyTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_cacheTimer, &QTimer::timeout, this, [this] { saveCache(); });
}

RegistryWorker::~RegistryWorker()
{
    // Runs on the worker thread as it finishes (QThread::finished -> deleteLater).
    if (m_stateDirty)
        saveCache();
    m_listener.reset();
    m_connection.reset();
}

void RegistryWorker::start()
{
    if (m_config.useCache) {
        QString error;
        if (auto cached = SnapshotCache(m_config.cachePath).load(&error)) {
            m_state = *cached;
            m_haveState = true;
            m_status.lastSuccess = cached->fetchedAt;
            Q_EMIT cachedSnapshotLoaded(*cached);
            setStatus(SourceStatus::State::Stale,
                      tr("Showing the cached registry snapshot from %1 while connecting")
                          .arg(cached->fetchedAt.toLocalTime().toString(Qt::ISODate)));
        } else {
            qCDebug(lcRegistry) << error;
        }
    }
    if (m_status.state == SourceStatus::State::NotConfigured)
        setStatus(SourceStatus::State::Connecting, {});
    m_backoffMs = std::max(1, m_config.reconnectMinMs);
    connectNow();
}

void RegistryWorker::connectNow()
{
    if (m_connection)
        return;
    try {
        m_connection = RegistryConnection::open(m_config);
        const Migrator migrator;
        const int version = Migrator::currentVersion(*m_connection);
        if (version == 0) {
            throw RegistryError(
                RegistryError::Kind::Query,
                tr("The registry database has no Looma schema; run \"looma-ops migrate\" first"));
        }
        migrator.checkCompatible(version);
        if (m_config.notify) {
            m_listener = std::make_unique<RegistryListener>(
                *m_connection, [this](const std::string &table) { onNotification(table); });
            // The socket changes with every connection: a new notifier each time.
            m_notifier = new QSocketNotifier(qintptr(m_connection->sock()), QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, [this] { drainNotifications(); });
        }
    } catch (const RegistryError &e) {
        fail(e.message());
        return;
    } catch (const std::exception &e) {
        fail(tr("Registry error while connecting: %1").arg(what(e)));
        return;
    }
    qCInfo(lcRegistry) << "connected to" << RegistryConnection::describe(*m_connection);
    m_backoffMs = std::max(1, m_config.reconnectMinMs);
    // Catch up from the watermark if there is one: fetch() falls back to a full load when the
    // reader has none or finds it untrustworthy.
    fetch(!m_reader.hasWatermark());
    if (m_connection) {
        m_pollTimer->start();
        m_reconcileTimer->start();
    }
}

void RegistryWorker::refresh()
{
    if (m_connection)
        fetch(!m_reader.hasWatermark());
}

void RegistryWorker::reload()
{
    if (m_connection)
        fetch(true);
}

void RegistryWorker::fetch(bool full)
{
    m_notifyTimer->stop();
    try {
        QElapsedTimer clock;
        clock.start();
        RegistryReader::Result result =
            full ? m_reader.readFull(*m_connection) : m_reader.readDelta(*m_connection);
        if (result.needsFullReload) {
            qCInfo(lcRegistry) << "registry change sequence went backwards: full reload";
            result = m_reader.readFull(*m_connection);
        }
        const FleetSnapshot &s = result.snapshot;
        if (s.full) {
            qCInfo(lcRegistry) << "full snapshot:" << s.instances.size() << "instances," << s.nodes.size()
                               << "nodes, watermark" << s.watermark << "in" << clock.elapsed() << "ms";
        }
        markLive();
        if (!result.rejected.isEmpty())
            Q_EMIT rowsRejected(result.rejected);
        if (s.full || !s.isEmpty()) {
            SnapshotMerger::apply(m_state, s, m_config.historyLimit);
            m_haveState = true;
            m_stateDirty = true;
            if (m_config.useCache && !m_cacheTimer->isActive())
                m_cacheTimer->start(s.full ? 0 : cacheWriteDelayMs);
            if (s.full)
                Q_EMIT snapshotReady(s);
            else
                Q_EMIT deltaReady(s);
        }
    } catch (const RegistryError &e) {
        fail(e.message());
        return;
    } catch (const std::exception &e) {
        fail(tr("Registry query failed: %1").arg(what(e)));
        return;
    }
    // Notifications that arrived while the query ran sit in libpq's buffer, not on the socket.
    drainNotifications();
}

void RegistryWorker::drainNotifications()
{
    if (!m_connection || !m_listener)
        return;
    try {
        m_connection->get_notifs();
    } catch (const std::exception &e) {
        fail(tr("Lost the registry connection: %1").arg(what(e)));
    }
}

void RegistryWorker::onNotification(const std::string &table)
{
    Q_UNUSED(table) // every change is read by watermark; the payload only says that something moved
    if (!m_notifyTimer->isActive())
        m_notifyTimer->start();
}

void RegistryWorker::runJob(const Job &job, const ErrorHandler &onError)
{
    if (!m_connection) {
        if (onError)
            onError(m_status.error.isEmpty() ? tr("The registry is not connected") : m_status.error);
        return;
    }
    try {
        job(*m_connection);
    } catch (const pqxx::broken_connection &e) {
        fail(tr("Lost the registry connection: %1").arg(what(e)));
        if (onError)
            onError(m_status.error);
        return;
    } catch (const std::exception &e) {
        if (onError)
            onError(what(e));
    }
    drainNotifications();
}

void RegistryWorker::dropConnection()
{
    m_pollTimer->stop();
    m_reconcileTimer->stop();
    m_notifyTimer->stop();
    if (m_notifier) {
        // May be inside the notifier's own activated() signal: disable now, delete later.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    try {
        m_listener.reset();
    } catch (...) {
        // UNLISTEN on a dead connection; the server forgets it with the session anyway.
    }
    m_connection.reset();
}

void RegistryWorker::fail(const QString &error)
{
    qCWarning(lcRegistry) << error;
    dropConnection();
    setStatus(SourceStatus::State::Stale, error);
    m_reconnectTimer->start(m_backoffMs);
    m_backoffMs = std::min(std::max(1, m_config.reconnectMaxMs), m_backoffMs * 2);
}

void RegistryWorker::markLive()
{
    m_status.lastSuccess = QDateTime::currentDateTimeUtc();
    setStatus(SourceStatus::State::Live, {});
}

void RegistryWorker::setStatus(SourceStatus::State state, const QString &error)
{
    m_status.state = state;
    m_status.error = error;
    Q_EMIT statusChanged(m_status);
}

void RegistryWorker::saveCache()
{
    if (!m_config.useCache || !m_haveState)
        return;
    QString error;
    if (SnapshotCache(m_config.cachePath).save(m_state, &error))
        m_stateDirty = false;
    else
        qCWarning(lcRegistry) << error;
}

} // namespace looma
