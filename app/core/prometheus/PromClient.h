#pragma once

#include "PromConfig.h"
#include "PromError.h"
#include "PromTypes.h"
#include "QueryGovernor.h"
#include "SourceStatus.h"

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QUrlQuery>
#include <map>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace looma {

// Asynchronous client of Prometheus's HTTP API on QNetworkAccessManager, for the GUI thread:
// never a nested event loop, never a waitFor*. Every call returns a request id at once and later
// emits exactly one *Finished signal for that id, carrying either the result or an error
// (error.isError()). Limits: a per-request timeout, a response-size cap (Content-Length and bytes
// received), redirects only to the same origin, at most config.maxInFlight requests at once
// (the rest wait in a FIFO queue). Reachability is tracked as a SourceStatus: Live after a success,
// Stale with the error after a failure, so pages can mark panels stale without emptying them.
class PromClient final : public QObject
{
    Q_OBJECT

public:
    explicit PromClient(QObject *parent = nullptr);
    ~PromClient() override; // aborts what is running without emitting

    // Takes effect for requests started from now on; reads the secret files once, here.
    void setConfig(const PromConfig &config);
    const PromConfig &config() const { return m_config; }
    const SourceStatus &status() const { return m_status; }

    // time invalid: Prometheus's "now".
    quint64 query(const QString &promql, const QDateTime &time = {});
    // The step is clamped to whole seconds and at most 11,000 points (QueryGovernor::clampStep).
    quint64 queryRange(const QString &promql, const QDateTime &start, const QDateTime &end,
                       qint64 stepSeconds);
    // Same, with the step chosen for a chart pixelWidth pixels wide (QueryGovernor::stepSeconds).
    quint64 queryRangeForWidth(const QString &promql, const QDateTime &start, const QDateTime &end,
                               int pixelWidth);
    quint64 alerts();
    quint64 targets();

    // Emits the request's signal with a Cancelled error now; unknown ids are ignored.
    void cancel(quint64 id);
    void cancelAll();

    int inFlight() const { return m_governor.inFlight(); }
    int queued() const { return m_governor.queued(); }
    int peakInFlight() const { return m_governor.peakInFlight(); }

    // application/x-www-form-urlencoded, as Prometheus (Go's url.ParseQuery) decodes it: every
    // reserved character percent-encoded, '+' included, since a bare '+' reads as a space there
    // (QUrlQuery leaves it bare, which turned `service=~".+"` into `service=~". "`).
    static QByteArray encodeForm(const QUrlQuery &params);

Q_SIGNALS:
    void queryFinished(quint64 id, const looma::PromQueryResult &result,
                       const looma::PromError &error);
    void alertsFinished(quint64 id, const looma::PromAlertsResult &result,
                        const looma::PromError &error);
    void targetsFinished(quint64 id, const looma::PromTargetsResult &result,
                         const looma::PromError &error);
    void statusChanged(const looma::SourceStatus &status);

private:
    enum class Kind { Query, Alerts, Targets };
    struct Request
    {
        Kind kind = Kind::Query;
        QString apiPath;
        QUrlQuery params;
        QNetworkReply *reply = nullptr;
        QTimer *deadline = nullptr;
        QByteArray body;          // when Content-Length was known: reserved once, appended
        QList<QByteArray> chunks; // otherwise: kept apart and joined once at the end, so a
                                  // growing buffer is never copied by realloc on the way
        qint64 received = 0;
        bool reserved = false;
        bool timedOut = false;
        bool tooLarge = false;
        QString sslErrors;
    };

    quint64 submit(Kind kind, const QString &apiPath, const QUrlQuery &params);
    void pump();
    void start(quint64 id, Request &request);
    void onMetaData(quint64 id);
    void onReadyRead(quint64 id);
    void onFinished(quint64 id);
    PromError networkError(const Request &request, int httpStatus) const;
    void deliver(Kind kind, quint64 id, const QByteArray &body, int httpStatus, PromError error);
    void failLater(Kind kind, quint64 id, const PromError &error);
    void noteOutcome(const PromError &error);
    void setStatus(SourceStatus::State state, const QString &error);
    PromError tooLargeError() const;
    static void append(Request &request, QByteArray data);
    static QByteArray takeBody(Request &request);

    QNetworkAccessManager *m_nam = nullptr;
    PromConfig m_config;
    QueryGovernor m_governor;
    SourceStatus m_status;
    std::map<quint64, Request> m_requests;
    quint64 m_nextId = 1;
    QByteArray m_authHeader;
    QList<QSslCertificate> m_caCertificates; // from config.caFile; empty: the system's CAs
    QString m_configError; // set when the config cannot work; every request fails with it
};

} // namespace looma
