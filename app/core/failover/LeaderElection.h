#pragma once

#include <QObject>
#include <QThread>
#include <atomic>

namespace looma {

class LeaderElectionWorker;

// Which console may fail over automatically: the one whose dedicated session holds a PostgreSQL
// session advisory lock on a fixed key. Observers re-try every interval (default 2 s); when the
// leader's process dies or its connection drops, its session ends, PostgreSQL frees the lock and an
// observer takes over within about one interval.
//
// Losing the connection loses the leadership: leadershipChanged(false) is emitted before anything
// else. isLeader() is stricter than the last signal: it also turns false when the worker has not
// confirmed the lock for two intervals (a hung network call), so a caller never acts on authority
// it cannot currently prove.
class LeaderElection final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultLockKey = 0x4C4F4F4D; // "LOOM"; fits 32 bits, see pg_locks.objid

    explicit LeaderElection(const QString &dsn, int intervalMs = 2000, qint64 lockKey = defaultLockKey,
                            QObject *parent = nullptr);
    ~LeaderElection() override;

    void start();
    void stop();

    bool isLeader() const;
    qint64 backendPid() const { return m_backendPid; } // the leadership session, for PromotionRequest
    qint64 lockKey() const { return m_key; }

Q_SIGNALS:
    void leadershipChanged(bool leader, qint64 backendPid);
    void connectionProblem(const QString &message);

private:
    QThread m_thread;
    LeaderElectionWorker *m_worker = nullptr;
    std::atomic<qint64> m_confirmedAtMs{0};
    qint64 m_key = defaultLockKey;
    int m_intervalMs = 2000;
    bool m_leader = false;
    qint64 m_backendPid = 0;
};

} // namespace looma
