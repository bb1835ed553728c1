#pragma once

#include <QObject>
#include <QtGlobal>
#include <atomic>
#include <memory>
#include <pqxx/connection>

class QTimer;

namespace looma {

// Lives on LeaderElection's thread with its own dedicated connection. Every interval it either
// tries pg_try_advisory_lock(key) (observer) or confirms the session still holds it (leader).
// A session advisory lock dies with its session, so when a leader's process or connection dies,
// PostgreSQL releases the lock and the next observer try takes it.
class LeaderElectionWorker final : public QObject
{
    Q_OBJECT

public:
    LeaderElectionWorker(const QString &dsn, qint64 lockKey, int intervalMs,
                         std::atomic<qint64> *confirmedAtMs, QObject *parent = nullptr);
    ~LeaderElectionWorker() override;

    static qint64 monotonicMs(); // the clock m_confirmedAtMs is read against

    void start();   // on the worker thread
    void stop();    // releases the lock and closes the connection

Q_SIGNALS:
    void leadershipChanged(bool leader, qint64 backendPid);
    void connectionProblem(const QString &message);

private:
    void tick();
    void lose(const QString &why);

    QString m_dsn;
    qint64 m_key = 0;
    int m_intervalMs = 2000;
    std::atomic<qint64> *m_confirmedAtMs = nullptr; // shared with the facade: last proof of leadership
    QTimer *m_timer = nullptr;
    std::unique_ptr<pqxx::connection> m_connection;
    bool m_leader = false;
};

} // namespace looma
