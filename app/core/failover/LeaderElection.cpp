#include "LeaderElection.h"

#include "LeaderElectionWorker.h"

namespace looma {

LeaderElection::LeaderElection(const QString &dsn, int intervalMs, qint64 lockKey, QObject *parent)
    : QObject(parent)
    , m_key(lockKey)
    , m_intervalMs(intervalMs)
{
    m_worker = new LeaderElectionWorker(dsn, lockKey, intervalMs, &m_confirmedAtMs);
    m_thread.setObjectName(QStringLiteral("looma-leader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LeaderElectionWorker::leadershipChanged, this, [this](bool leader, qint64 pid) {
        m_leader = leader;
        m_backendPid = leader ? pid : 0;
        Q_EMIT leadershipChanged(leader, m_backendPid);
    });
    connect(m_worker, &LeaderElectionWorker::connectionProblem, this, &LeaderElection::connectionProblem);
    m_thread.start();
}

LeaderElection::~LeaderElection()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void LeaderElection::start()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
}

void LeaderElection::stop()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
}

bool LeaderElection::isLeader() const
{
    // Both the last signal and a fresh proof: a worker stuck in a hung call stops confirming, and
    // two intervals without confirmation is treated as lost leadership.
    const qint64 confirmed = m_confirmedAtMs.load();
    return m_leader && confirmed != 0 && LeaderElectionWorker::monotonicMs() - confirmed <= 2 * m_intervalMs;
}

} // namespace looma
