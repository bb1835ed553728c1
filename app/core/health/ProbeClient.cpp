#include "ProbeClient.h"

#include "HttpResponseParser.h"

#include <QNetworkProxy>
#include <QTcpSocket>

#include <algorithm>

namespace looma {

struct ProbeClient::Pool
{
    QHostAddress address;
    quint16 port = 0;
    std::vector<Connection *> idle; // most recently used last: the least likely to be timed out
    int httpConnections = 0;        // open or connecting, TCP-only checks excluded
    std::deque<Job *> waiting;      // HTTP probes waiting for a connection of this pool
};

struct ProbeClient::Job
{
    ProbeRequest request;
    Callback done;
    Pool *pool = nullptr;
    Connection *connection = nullptr;
    qint64 startNs = 0;
    qint64 deadlineMs = 0;
    bool retried = false;
};

struct ProbeClient::Connection
{
    explicit Connection(int maxBytes) : parser(maxBytes) {}
    QTcpSocket *socket = nullptr;
    Pool *pool = nullptr;
    Job *job = nullptr;
    HttpResponseParser parser;
    bool tcpOnly = false;
    bool connected = false;
    int served = 0;
};

ProbeClient::ProbeClient(QObject *parent) : ProbeClient(Options{}, parent) {}

ProbeClient::ProbeClient(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    if (m_options.connectionsPerHost < 1)
        m_options.connectionsPerHost = 1;
    m_clock.start();
    // One coarse timer for all deadlines instead of a timer per probe.
    m_deadlineTimer.setInterval(20);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { checkDeadlines(); });
}

ProbeClient::~ProbeClient()
{
    for (Connection *c : m_connections) {
        QObject::disconnect(c->socket, nullptr, this, nullptr);
        delete c->socket;
        delete c;
    }
    for (Job *job : m_jobs)
        delete job;
    qDeleteAll(m_pools);
}

int ProbeClient::openConnections() const
{
    return int(m_connections.size());
}

void ProbeClient::closeIdle()
{
    for (Pool *pool : std::as_const(m_pools)) {
        const auto idle = std::exchange(pool->idle, {});
        for (Connection *c : idle)
            closeConnection(c);
    }
}

ProbeClient::Pool &ProbeClient::poolFor(const ProbeRequest &request)
{
    Pool *&pool = m_pools[{request.address, request.port}];
    if (!pool) {
        pool = new Pool;
        pool->address = request.address;
        pool->port = request.port;
    }
    return *pool;
}

void ProbeClient::probe(const ProbeRequest &request, Callback done)
{
    ++m_probeDepth;
    auto *job = new Job;
    job->request = request;
    job->done = std::move(done);
    job->pool = &poolFor(request);
    job->startNs = m_clock.nsecsElapsed();
    job->deadlineMs = job->startNs / 1000000 + request.timeoutMs;
    m_jobs.insert(job);
    if (!m_deadlineTimer.isActive())
        m_deadlineTimer.start();
    if (request.type == CheckType::Tcp)
        startOn(openConnection(*job->pool, true), job);
    else
        dispatch(*job->pool, job);
    --m_probeDepth;
}

void ProbeClient::dispatch(Pool &pool, Job *job)
{
    if (!pool.idle.empty()) {
        Connection *c = pool.idle.back();
        pool.idle.pop_back();
        startOn(c, job);
    } else if (pool.httpConnections < m_options.connectionsPerHost) {
        startOn(openConnection(pool, false), job);
    } else {
        pool.waiting.push_back(job);
    }
}

ProbeClient::Connection *ProbeClient::openConnection(Pool &pool, bool tcpOnly)
{
    auto *c = new Connection(m_options.maxResponseBytes);
    c->pool = &pool;
    c->tcpOnly = tcpOnly;
    c->socket = new QTcpSocket(this);
    // Probes go straight to the IP: no proxy lookup from the environment, no DNS.
    c->socket->setProxy(QNetworkProxy::NoProxy);
    connect(c->socket, &QTcpSocket::connected, this, [this, c] { onConnected(c); });
    connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c] { onSocketError(c); });
    m_connections.insert(c);
    if (!tcpOnly)
        ++pool.httpConnections;
    ++m_counters.connectionsOpened;
    // Queued: with an IP literal QAbstractSocket connects synchronously and may report a refused
    // loopback connection from inside connectToHost(), before the caller has attached its probe.
    QMetaObject::invokeMethod(
        c->socket, [socket = c->socket, address = pool.address, port = pool.port] {
            if (socket->parent()) // closeConnection() orphans a socket it gave up on
                socket->connectToHost(address, port);
        },
        Qt::QueuedConnection);
    return c;
}

void ProbeClient::startOn(Connection *c, Job *job)
{
    c->job = job;
    job->connection = c;
    c->parser.reset();
    if (c->connected && !c->tcpOnly) {
        ++m_counters.reusedRequests;
        c->socket->write(job->request.requestBytes);
    }
}

void ProbeClient::onConnected(Connection *c)
{
    c->connected = true;
    c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Job *job = c->job;
    if (!job) // its probe timed out while connecting
        return closeConnection(c);
    if (c->tcpOnly) {
        c->job = nullptr;
        closeConnection(c);
        ProbeResult r;
        r.verdict = ProbeVerdict::Success;
        return finish(job, r);
    }
    c->socket->write(job->request.requestBytes);
}

void ProbeClient::onReadyRead(Connection *c)
{
    const QByteArray data = c->socket->readAll();
    if (!c->job) // unsolicited bytes on an idle connection: it cannot be trusted any more
        return closeConnection(c);
    switch (c->parser.feed(data)) {
    case HttpResponseParser::Status::NeedMore:
        return;
    case HttpResponseParser::Status::Complete:
        return completeHttp(c);
    case HttpResponseParser::Status::Malformed:
        return failOnConnection(c, tr("malformed HTTP response"));
    case HttpResponseParser::Status::TooLarge:
        return failOnConnection(c, tr("response too large (over %1 bytes)").arg(m_options.maxResponseBytes));
    }
}

void ProbeClient::onSocketError(Connection *c)
{
    Job *job = c->job;
    if (!job)
        return closeConnection(c); // an idle keep-alive connection the server closed
    const auto error = c->socket->error();
    if (!c->tcpOnly && error == QAbstractSocket::RemoteHostClosedError) {
        if (c->socket->bytesAvailable() > 0) {
            onReadyRead(c);
            if (c->job != job)
                return; // the remaining bytes completed or failed it
        }
        if (c->parser.finishOnClose() == HttpResponseParser::Status::Complete)
            return completeHttp(c);
        // A reused connection the server closed before answering: the keep-alive race, not the
        // target's fault. Retry once on a fresh connection.
        if (c->served > 0 && c->parser.bytesReceived() == 0 && !job->retried) {
            job->retried = true;
            c->job = nullptr;
            job->connection = nullptr;
            Pool &pool = *c->pool;
            closeConnection(c);
            return dispatch(pool, job);
        }
        return failOnConnection(c, tr("connection closed before a complete response"));
    }
    if (error == QAbstractSocket::ConnectionRefusedError)
        return failOnConnection(c, tr("connection refused"));
    failOnConnection(c, c->socket->errorString());
}

void ProbeClient::completeHttp(Connection *c)
{
    Job *job = c->job;
    const HttpResponseParser &p = c->parser;
    ProbeResult r;
    r.httpStatus = p.httpStatus();
    r.reusedConnection = c->served > 0;
    if (r.httpStatus == 429) {
        r.verdict = ProbeVerdict::Throttled;
        r.error = tr("HTTP 429: the target is shedding load");
    } else if (r.httpStatus != job->request.expectStatus) {
        r.error = tr("HTTP %1, expected %2").arg(r.httpStatus).arg(job->request.expectStatus);
    } else if (!job->request.expectBody.isEmpty() && !p.body().contains(job->request.expectBody)) {
        r.error = tr("the response body does not contain the expected text");
    } else {
        r.verdict = ProbeVerdict::Success;
    }
    const bool reusable = m_options.keepAlive && p.keepAlive() && !p.hasTrailingBytes();
    c->job = nullptr;
    job->connection = nullptr;
    releaseConnection(c, reusable);
    finish(job, r);
}

void ProbeClient::failOnConnection(Connection *c, const QString &error)
{
    Job *job = c->job;
    ProbeResult r;
    r.verdict = ProbeVerdict::Failure;
    r.httpStatus = c->parser.httpStatus();
    r.reusedConnection = c->served > 0;
    r.error = error;
    c->job = nullptr;
    job->connection = nullptr;
    closeConnection(c);
    finish(job, r);
}

void ProbeClient::releaseConnection(Connection *c, bool reusable)
{
    if (!reusable)
        return closeConnection(c);
    ++c->served;
    c->parser.reset();
    Pool &pool = *c->pool;
    if (!pool.waiting.empty()) {
        Job *next = pool.waiting.front();
        pool.waiting.pop_front();
        return startOn(c, next);
    }
    pool.idle.push_back(c);
}

void ProbeClient::closeConnection(Connection *c)
{
    Pool &pool = *c->pool;
    const auto it = std::find(pool.idle.begin(), pool.idle.end(), c);
    if (it != pool.idle.end())
        pool.idle.erase(it);
    if (!c->tcpOnly)
        --pool.httpConnections;
    m_connections.erase(c);
    // Disconnect first: abort() emits signals synchronously, and c is gone after this function.
    QObject::disconnect(c->socket, nullptr, this, nullptr);
    c->socket->abort();
    c->socket->setParent(nullptr);
    c->socket->deleteLater();
    delete c;
    // A slot freed up: give it to a probe waiting for this host.
    if (!pool.waiting.empty() && pool.httpConnections < m_options.connectionsPerHost) {
        Job *next = pool.waiting.front();
        pool.waiting.pop_front();
        startOn(openConnection(pool, false), next);
    }
}

void ProbeClient::finish(Job *job, ProbeResult result)
{
    result.latencyUs = (m_clock.nsecsElapsed() - job->startNs) / 1000;
    ++m_counters.probes;
    m_jobs.erase(job);
    Callback done = std::move(job->done);
    delete job;
    if (m_jobs.empty())
        m_deadlineTimer.stop();
    if (m_probeDepth > 0) {
        // Never call back from inside probe(): the caller may not expect re-entry.
        QMetaObject::invokeMethod(this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    done(result);
}

void ProbeClient::checkDeadlines()
{
    const qint64 nowMs = m_clock.elapsed();
    std::vector<Job *> expired;
    for (Job *job : m_jobs) {
        if (job->deadlineMs <= nowMs)
            expired.push_back(job);
    }
    for (Job *job : expired) {
        if (m_jobs.find(job) == m_jobs.end())
            continue; // settled meanwhile by another expiry's side effects
        const QString error = tr("timed out after %1 ms").arg(job->request.timeoutMs);
        if (job->connection)
            failOnConnection(job->connection, error);
        else {
            auto &waiting = job->pool->waiting;
            waiting.erase(std::find(waiting.begin(), waiting.end(), job));
            ProbeResult r;
            r.error = error;
            finish(job, r);
        }
    }
}

} // namespace looma
