#pragma once

#include "FailoverActions.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace looma {

struct WebhookConfig
{
    QUrl defaultUrl;                 // empty: no webhook unless the group has its own
    QHash<QString, QUrl> groupUrls;  // per failover group
    int timeoutMs = 5000;            // per attempt
    int retries = 3;                 // after the first attempt
    int backoffMs = 500;             // before retry k: backoffMs * 2^(k-1)
};

// After a committed promotion, tells the outside world (a load balancer, a DNS updater, a service
// mesh) by POSTing JSON {group, service, from, to, generation, trigger, actor, reason}. Async on
// the thread it lives on (the GUI thread is fine): no blocking, no nested event loop. Any 2xx is
// success; redirects are not followed (a webhook should not send the fencing token elsewhere).
class WebhookActuator final : public QObject
{
    Q_OBJECT

public:
    explicit WebhookActuator(QObject *parent = nullptr);

    void setConfig(const WebhookConfig &config) { m_config = config; }
    const WebhookConfig &config() const { return m_config; }
    QUrl urlFor(const QString &group) const;

    static QByteArray payload(const PromotionResult &result);

    // Starts the POST with retries; false (and no signal) when the group has no webhook.
    bool actuate(const PromotionResult &result);

Q_SIGNALS:
    void finished(qint64 eventId, bool ok, const QString &detail);

private:
    void attempt(const QUrl &url, const QByteArray &body, qint64 eventId, int attemptNo);

    QNetworkAccessManager *m_network = nullptr;
    WebhookConfig m_config;
};

} // namespace looma
