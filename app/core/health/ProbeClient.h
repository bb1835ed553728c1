#pragma once

#include "HealthTypes.h"
#include "ProbeRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <unordered_set>
#include <utility>

class QTcpSocket;

namespace looma {

// A lean HTTP/1.1 and TCP-connect prober on QTcpSocket, for tens of thousands of checks over a few
// host:port pairs. QNetworkAccessManager (Qt 6.4) caps 6 connections per host:port, has no global
// cap and follows its own pooling rules; here the caller sets connections per host, keeps a global
// in-flight cap itself (inFlight()), and every probe has a timeout and a response-size cap.
// Redirects are never followed: a 3xx is just a status that is not the expected one.
// Lives on one thread (the scheduler's); callbacks run on that thread, never inside probe().
class ProbeClient final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int connectionsPerHost = 64;
        int maxResponseBytes = 64 * 1024; // headers + body
        bool keepAlive = true;            // reuse connections (false: one connection per probe)
    };
    struct Counters
    {
        quint64 probes = 0;
        quint64 connectionsOpened = 0;
        quint64 reusedRequests = 0; // HTTP probes sent on an already open connection
    };
    using Callback = std::function<void(const ProbeResult &)>;

    explicit ProbeClient(QObject *parent = nullptr);
    explicit ProbeClient(const Options &options, QObject *parent = nullptr);
    ~ProbeClient() override;

    void probe(const ProbeRequest &request, Callback done);
    int inFlight() const { return int(m_jobs.size()); }
    Counters counters() const { return m_counters; }
    int openConnections() const;
    // Closes idle keep-alive connections (e.g. when the instance list shrinks).
    void closeIdle();

private:
    struct Pool;
    struct Job;
    struct Connection;

    Pool &poolFor(const ProbeRequest &request);
    void dispatch(Pool &pool, Job *job);
    void startOn(Connection *c, Job *job);
    Connection *openConnection(Pool &pool, bool tcpOnly);
    void onConnected(Connection *c);
    void onReadyRead(Connection *c);
    void onSocketError(Connection *c);
    void completeHttp(Connection *c);
    void failOnConnection(Connection *c, const QString &error);
    void releaseConnection(Connection *c, bool reusable);
    void closeConnection(Connection *c);
    void finish(Job *job, ProbeResult result);
    void checkDeadlines();

    Options m_options;
    Counters m_counters;
    QElapsedTimer m_clock;
    QTimer m_deadlineTimer{this}; // a child, so it moves to the scheduler thread with us
    QHash<std::pair<QHostAddress, quint16>, Pool *> m_pools;
    std::unordered_set<Job *> m_jobs;
    std::unordered_set<Connection *> m_connections;
    int m_probeDepth = 0; // > 0 while inside probe(): callbacks are then posted, never re-entered
};

} // namespace looma
