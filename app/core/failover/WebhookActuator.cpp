#include "WebhookActuator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace looma {

WebhookActuator::WebhookActuator(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

QUrl WebhookActuator::urlFor(const QString &group) const
{
    return m_config.groupUrls.value(group, m_config.defaultUrl);
}

QByteArray WebhookActuator::payload(const PromotionResult &r)
{
    const QJsonObject o{
        {QStringLiteral("group"), r.group},
        {QStringLiteral("service"), r.service},
        {QStringLiteral("from"), r.fromEndpoint},
        {QStringLiteral("to"), r.toEndpoint},
        {QStringLiteral("from_instance_id"), r.fromInstanceId},
        {QStringLiteral("to_instance_id"), r.toInstanceId},
        {QStringLiteral("generation"), r.generation},
        {QStringLiteral("trigger"), toDbText(r.trigger)},
        {QStringLiteral("actor"), r.actor},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("event_id"), r.eventId},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool WebhookActuator::actuate(const PromotionResult &result)
{
    const QUrl url = urlFor(result.group);
    if (!url.isValid() || url.isEmpty())
        return false;
    attempt(url, payload(result), result.eventId, 1);
    return true;
}

void WebhookActuator::attempt(const QUrl &url, const QByteArray &body, qint64 eventId, int attemptNo)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_config.timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, body, eventId, attemptNo] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        const int attempts = 1 + std::max(0, m_config.retries);
        if (ok) {
            Q_EMIT finished(eventId, true,
                            tr("Webhook %1 answered HTTP %2 (attempt %3 of %4).")
                                .arg(url.toString()).arg(status).arg(attemptNo).arg(attempts));
            return;
        }
        const QString why = status != 0 ? tr("HTTP %1").arg(status) : reply->errorString();
        if (attemptNo >= attempts) {
            Q_EMIT finished(eventId, false,
                            tr("Webhook %1 failed after %2 attempts; last error: %3.")
                                .arg(url.toString()).arg(attempts).arg(why));
            return;
        }
        const int delay = m_config.backoffMs * (1 << std::min(attemptNo - 1, 10));
        QTimer::singleShot(delay, this, [this, url, body, eventId, attemptNo] {
            attempt(url, body, eventId, attemptNo + 1);
        });
    });
}

} // namespace looma
