#include "LeaderElectionWorker.h"

#include "SessionIdentity.h"

#include <QTimer>

#include <chrono>
#include <pqxx/pqxx>

namespace looma {

LeaderElectionWorker::LeaderElectionWorker(const QString &dsn, qint64 lockKey, int intervalMs,
                                           std::atomic<qint64> *confirmedAtMs, QObject *parent)
    : QObject(parent)
    , m_dsn(SessionIdentity::withSessionOptions(dsn, QStringLiteral("looma-ops-leader")))
    , m_key(lockKey)
    , m_intervalMs(intervalMs)
    , m_confirmedAtMs(confirmedAtMs)
{
}

LeaderElectionWorker::~LeaderElectionWorker() = default;

qint64 LeaderElectionWorker::monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void LeaderElectionWorker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &LeaderElectionWorker::tick);
    }
    m_timer->start();
    tick();
}

void LeaderElectionWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_leader) {
        m_leader = false;
        m_confirmedAtMs->store(0);
        Q_EMIT leadershipChanged(false, 0);
    }
    // Closing the session releases the lock; no explicit unlock is needed (or trusted).
    m_connection.reset();
}

void LeaderElectionWorker::lose(const QString &why)
{
    // Order matters: whoever acts on leadership hears it is gone before anything else happens.
    if (m_leader) {
        m_leader = false;
        m_confirmedAtMs->store(0);
        Q_EMIT leadershipChanged(false, 0);
    }
    m_connection.reset();
    Q_EMIT connectionProblem(why);
}

void LeaderElectionWorker::tick()
{
    if (!m_connection) {
        try {
            m_connection = std::make_unique<pqxx::connection>(m_dsn.toStdString());
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
            // A silently re-opened session would not hold the lock: never reconnect behind our back.
            m_connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
        } catch (const std::exception &e) {
            m_connection.reset();
            Q_EMIT connectionProblem(tr("Leadership connection failed: %1").arg(QString::fromUtf8(e.what()).trimmed()));
            return;
        }
    }
    try {
        pqxx::nontransaction tx(*m_connection, "leader");
        if (m_leader) {
            // Proof, not assumption: the lock is listed for this very backend.
            const pqxx::row held = tx.exec_params1(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND pid = pg_backend_pid() AND classid = ($1::bigint >> 32)::oid "
                "AND objid = ($1::bigint & 4294967295)::oid AND objsubid = 1)",
                m_key);
            if (!held[0].as<bool>()) {
                lose(tr("The leadership lock is no longer held by this session."));
                return;
            }
            m_confirmedAtMs->store(monotonicMs());
            return;
        }
        const pqxx::row got = tx.exec_params1("SELECT pg_try_advisory_lock($1::bigint)", m_key);
        if (got[0].as<bool>()) {
            m_leader = true;
            m_confirmedAtMs->store(monotonicMs());
            Q_EMIT leadershipChanged(true, m_connection->backendpid());
        }
    } catch (const std::exception &e) {
        lose(tr("Leadership connection lost: %1").arg(QString::fromUtf8(e.what()).trimmed()));
    }
}

} // namespace looma
