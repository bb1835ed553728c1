#pragma once

#include "FailoverActions.h"
#include "WebhookActuator.h"

#include <QObject>
#include <QSet>
#include <QThread>

namespace looma {

class FailoverWorker;

// The GUI-side facade of the failover write path: promotions (auto and manual take the same
// path), their webhook actuation, maintenance, cooldown acknowledgement and the permission probe.
// The blocking work runs on a dedicated thread with its own registry connection (FailoverWorker);
// every call returns at once and answers with a queued signal carrying values.
//
// A promotion's life: promote() -> promotionFinished(result) -> if committed and the group has a
// webhook: POST -> the outcome is written on the event -> actuationFinished(eventId, ok, detail).
class FailoverService final : public QObject
{
    Q_OBJECT

public:
    explicit FailoverService(const QString &dsn, QObject *parent = nullptr);
    ~FailoverService() override;

    void setWebhookConfig(const WebhookConfig &config);

    // Each returns the request id the answer will carry (assigned when the request has none).
    quint64 promote(PromotionRequest request);
    quint64 setMaintenance(MaintenanceRequest request);
    quint64 acknowledgeCooldown(const QString &group, const QString &reason, const QString &actor = {});
    void probePermission();
    void loadCooldown(const QString &group);

Q_SIGNALS:
    void promotionFinished(const looma::PromotionResult &result);
    void actuationFinished(qint64 eventId, bool ok, const QString &detail);
    void operatorActionFinished(const looma::OperatorActionResult &result);
    void permissionProbed(const looma::PermissionProbe &probe);
    void cooldownLoaded(const looma::CooldownState &state);
    void cooldownLoadFailed(const QString &group, const QString &error);

private:
    void onPromotionFinished(const PromotionResult &result);

    QThread m_thread;
    FailoverWorker *m_worker = nullptr; // owned by m_thread's lifetime (deleteLater on finished)
    WebhookActuator *m_actuator = nullptr;
    quint64 m_nextRequestId = 1;
    QSet<quint64> m_awaitingActuation; // promotions whose event stays open for the webhook
};

} // namespace looma
