#include "PromClient.h"

#include "PromParser.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace looma {

namespace {

// Queries longer than this go as a form-encoded POST: proxies cut long URLs.
constexpr qsizetype MaxGetQueryChars = 1500;
// Qt's own read buffer per reply; we drain it on every readyRead, so this bounds memory only.
constexpr qint64 ReplyReadBufferBytes = 1024 * 1024;

QString unixSeconds(const QDateTime &t)
{
    return QString::number(double(t.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

} // namespace

PromClient::PromClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<PromQueryResult>();
    qRegisterMetaType<PromAlertsResult>();
    qRegisterMetaType<PromTargetsResult>();
    qRegisterMetaType<PromError>();
    qRegisterMetaType<SourceStatus>();
}

PromClient::~PromClient()
{
    // Abort without emitting: finished() handlers look the id up and find nothing.
    auto requests = std::move(m_requests);
    m_requests.clear();
    for (auto &[id, r] : requests) {
        if (r.reply) {
            r.reply->disconnect(this);
            r.reply->abort();
            r.reply->deleteLater();
        }
    }
}

void PromClient::setConfig(const PromConfig &config)
{
    m_config = config;
    m_governor.setMaxInFlight(config.maxInFlight);
    m_configError = config.validate();
    m_authHeader.clear();
    m_caCertificates.clear();
    if (m_configError.isEmpty()) {
        QString error;
        if (!config.authorizationHeader(&m_authHeader, &error))
            m_configError = error;
    }
    if (m_configError.isEmpty() && !config.caFile.isEmpty()) {
        m_caCertificates = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            m_configError = tr("No PEM certificate could be read from the CA file %1.")
                                .arg(config.caFile);
    }
    if (!config.isConfigured())
        setStatus(SourceStatus::State::NotConfigured, QString());
    else if (!m_configError.isEmpty())
        setStatus(SourceStatus::State::Stale, m_configError);
    else
        setStatus(SourceStatus::State::Connecting, QString());
}

quint64 PromClient::query(const QString &promql, const QDateTime &time)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), promql);
    if (time.isValid())
        params.addQueryItem(QStringLiteral("time"), unixSeconds(time));
    return submit(Kind::Query, QStringLiteral("/api/v1/query"), params);
}

quint64 PromClient::queryRange(const QString &promql, const QDateTime &start, const QDateTime &end,
                               qint64 stepSeconds)
{
    const qint64 range = start.secsTo(end);
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), promql);
    params.addQueryItem(QStringLiteral("start"), unixSeconds(start));
    params.addQueryItem(QStringLiteral("end"), unixSeconds(end));
    params.addQueryItem(QStringLiteral("step"),
                        QString::number(QueryGovernor::clampStep(range, stepSeconds)));
    return submit(Kind::Query, QStringLiteral("/api/v1/query_range"), params);
}

quint64 PromClient::queryRangeForWidth(const QString &promql, const QDateTime &start,
                                       const QDateTime &end, int pixelWidth)
{
    const qint64 step = QueryGovernor::stepSeconds(start.secsTo(end), pixelWidth,
                                                   m_config.scrapeIntervalSeconds);
    return queryRange(promql, start, end, step);
}

quint64 PromClient::alerts()
{
    return submit(Kind::Alerts, QStringLiteral("/api/v1/alerts"), {});
}

quint64 PromClient::targets()
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("state"), QStringLiteral("active"));
    return submit(Kind::Targets, QStringLiteral("/api/v1/targets"), params);
}

quint64 PromClient::submit(Kind kind, const QString &apiPath, const QUrlQuery &params)
{
    const quint64 id = m_nextId++;
    if (!m_configError.isEmpty()) {
        failLater(kind, id, {PromError::Kind::Config, m_configError});
        return id;
    }
    Request r;
    r.kind = kind;
    r.apiPath = apiPath;
    r.params = params;
    if (kind == Kind::Query) {
        // Let Prometheus stop evaluating when we would stop waiting anyway.
        r.params.addQueryItem(QStringLiteral("timeout"),
                              QString::number(std::max(1, m_config.timeoutMs / 1000))
                                  + QLatin1Char('s'));
    }
    m_requests.emplace(id, std::move(r));
    m_governor.enqueue(id);
    pump();
    return id;
}

void PromClient::pump()
{
    while (auto id = m_governor.takeNext()) {
        auto it = m_requests.find(*id);
        if (it == m_requests.end()) {
            m_governor.release();
            continue;
        }
        start(*id, it->second);
    }
}

QByteArray PromClient::encodeForm(const QUrlQuery &params)
{
    QByteArray out;
    for (const auto &[key, value] : params.queryItems(QUrl::FullyDecoded)) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void PromClient::start(quint64 id, Request &r)
{
    QNetworkRequest req;
    QUrl url = m_config.endpoint(r.apiPath);
    const QByteArray form = encodeForm(r.params);
    const bool post = form.size() > MaxGetQueryChars;
    if (!post)
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    req.setUrl(url);
    req.setTransferTimeout(m_config.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(3);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArray(QByteArrayLiteral("looma-ops/") + QByteArrayLiteral(LOOMA_VERSION)));
    if (!m_authHeader.isEmpty())
        req.setRawHeader("Authorization", m_authHeader);
    if (url.scheme() == QLatin1String("https") && !m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_caCertificates); // trust exactly the configured CA
        req.setSslConfiguration(ssl);
    }
    if (post) {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        r.reply = m_nam->post(req, form);
    } else {
        r.reply = m_nam->get(req);
    }
    r.reply->setReadBufferSize(ReplyReadBufferBytes);
    r.deadline = new QTimer(r.reply);
    r.deadline->setSingleShot(true);
    connect(r.deadline, &QTimer::timeout, this, [this, id] {
        auto it = m_requests.find(id);
        if (it == m_requests.end() || !it->second.reply)
            return;
        it->second.timedOut = true;
        it->second.reply->abort(); // emits finished() synchronously
    });
    r.deadline->start(m_config.timeoutMs);
    connect(r.reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(r.reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(r.reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto it = m_requests.find(id);
        if (it == m_requests.end())
            return;
        QStringList words;
        for (const QSslError &e : errors)
            words.append(e.errorString());
        it->second.sslErrors = words.join(QStringLiteral("; "));
    });
    connect(r.reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void PromClient::onMetaData(quint64 id)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end() || !it->second.reply)
        return;
    Request &r = it->second;
    bool known = false;
    const qint64 length = r.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_config.maxResponseBytes) {
        r.tooLarge = true;
        r.reply->abort(); // before a byte of the body is buffered
        return;
    }
    // A compressed body's Content-Length is not its decoded size; reserve only what is known.
    if (known && length > 0 && r.received == 0 && r.reply->rawHeader("Content-Encoding").isEmpty()) {
        r.body.reserve(length);
        r.reserved = true;
    }
}

void PromClient::onReadyRead(quint64 id)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end() || !it->second.reply)
        return;
    Request &r = it->second;
    const qint64 room = m_config.maxResponseBytes - r.received;
    const qint64 available = r.reply->bytesAvailable();
    if (available > room) {
        r.tooLarge = true;
        r.body = QByteArray();
        r.chunks.clear();
        r.reply->abort();
        return;
    }
    append(r, r.reply->read(available));
}

void PromClient::append(Request &r, QByteArray data)
{
    r.received += data.size();
    if (r.reserved && r.body.capacity() >= r.received)
        r.body.append(data);
    else
        r.chunks.append(std::move(data));
}

QByteArray PromClient::takeBody(Request &r)
{
    if (r.chunks.isEmpty())
        return std::move(r.body);
    QByteArray out;
    out.reserve(r.received);
    out.append(r.body);
    r.body = QByteArray();
    for (QByteArray &chunk : r.chunks) {
        out.append(chunk);
        chunk = QByteArray(); // release as we go: the peak stays near one body, not two
    }
    r.chunks.clear();
    return out;
}

void PromClient::onFinished(quint64 id)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    Request r = std::move(it->second);
    m_requests.erase(it);
    m_governor.release();
    QNetworkReply *reply = r.reply;
    if (r.deadline)
        r.deadline->stop();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    PromError error;
    if (r.tooLarge) {
        error = tooLargeError();
    } else if (r.timedOut) {
        error = {PromError::Kind::Timeout,
                 tr("Prometheus did not answer within %1 s.")
                     .arg(QLocale().toString(m_config.timeoutMs / 1000.0, 'g', 3))};
    } else {
        if (reply->bytesAvailable() > 0) {
            if (reply->bytesAvailable() > m_config.maxResponseBytes - r.received)
                error = tooLargeError();
            else
                append(r, reply->readAll());
        }
        if (!error.isError())
            error = networkError(r, status);
    }
    deliver(r.kind, id, error.isError() ? QByteArray() : takeBody(r), status, error);
    pump();
}

PromError PromClient::networkError(const Request &r, int httpStatus) const
{
    QNetworkReply *reply = r.reply;
    const QNetworkReply::NetworkError code = reply->error();
    switch (code) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return {PromError::Kind::Timeout,
                tr("Prometheus did not answer within %1 s.")
                    .arg(QLocale().toString(m_config.timeoutMs / 1000.0, 'g', 3))};
    case QNetworkReply::SslHandshakeFailedError:
        return {PromError::Kind::Tls,
                tr("The TLS connection to Prometheus failed: %1")
                    .arg(r.sslErrors.isEmpty() ? reply->errorString() : r.sslErrors)};
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError: {
        const QString target = reply->rawHeader("Location").isEmpty()
            ? reply->errorString()
            : QString::fromUtf8(reply->rawHeader("Location"));
        return {PromError::Kind::Http,
                tr("Prometheus redirected to %1; redirects to another host are refused.").arg(target),
                httpStatus};
    }
    default:
        break;
    }
    if (httpStatus > 0)
        return {}; // an HTTP answer: the parser turns the body into an Api or Http error
    return {PromError::Kind::Network,
            tr("Cannot reach Prometheus at %1: %2")
                .arg(m_config.baseUrl.toString(QUrl::RemoveUserInfo), reply->errorString())};
}

PromError PromClient::tooLargeError() const
{
    return {PromError::Kind::TooLarge,
            tr("Prometheus's answer is larger than the limit of %1 MB; narrow the query "
               "(aggregate with by (...)) or raise the limit.")
                .arg(QLocale().toString(double(m_config.maxResponseBytes) / (1024 * 1024), 'f', 1))};
}

void PromClient::deliver(Kind kind, quint64 id, const QByteArray &body, int httpStatus,
                         PromError error)
{
    switch (kind) {
    case Kind::Query: {
        PromQueryResult result;
        if (!error.isError())
            error = PromParser::parseQuery(body, httpStatus, &result);
        noteOutcome(error);
        Q_EMIT queryFinished(id, result, error);
        return;
    }
    case Kind::Alerts: {
        PromAlertsResult result;
        if (!error.isError())
            error = PromParser::parseAlerts(body, httpStatus, &result);
        noteOutcome(error);
        Q_EMIT alertsFinished(id, result, error);
        return;
    }
    case Kind::Targets: {
        PromTargetsResult result;
        if (!error.isError())
            error = PromParser::parseTargets(body, httpStatus, &result);
        noteOutcome(error);
        Q_EMIT targetsFinished(id, result, error);
        return;
    }
    }
}

void PromClient::failLater(Kind kind, quint64 id, const PromError &error)
{
    // Queued, so the caller has the id before the signal arrives.
    QMetaObject::invokeMethod(
        this, [this, kind, id, error] { deliver(kind, id, {}, 0, error); }, Qt::QueuedConnection);
}

void PromClient::cancel(quint64 id)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    Request r = std::move(it->second);
    m_requests.erase(it);
    if (r.reply) {
        m_governor.release();
        r.reply->disconnect(this);
        r.reply->abort();
        r.reply->deleteLater();
    } else {
        m_governor.removeQueued(id);
    }
    deliver(r.kind, id, {}, 0, {PromError::Kind::Cancelled, tr("The request was cancelled.")});
    pump();
}

void PromClient::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_requests.size());
    for (const auto &entry : m_requests)
        ids.push_back(entry.first);
    // Queued ones first so cancelling a running one does not start a queued one.
    std::stable_partition(ids.begin(), ids.end(),
                          [this](quint64 id) { return !m_requests.at(id).reply; });
    for (quint64 id : ids)
        cancel(id);
}

void PromClient::noteOutcome(const PromError &error)
{
    if (!error.isError())
        setStatus(SourceStatus::State::Live, QString());
    else if (error.marksSourceStale())
        setStatus(SourceStatus::State::Stale, error.message);
}

void PromClient::setStatus(SourceStatus::State state, const QString &error)
{
    if (state == SourceStatus::State::Live)
        m_status.lastSuccess = QDateTime::currentDateTimeUtc();
    if (m_status.state == state && m_status.error == error)
        return;
    m_status.state = state;
    m_status.error = error;
    Q_EMIT statusChanged(m_status);
}

} // namespace looma
