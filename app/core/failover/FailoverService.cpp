#include "FailoverService.h"

#include "FailoverWorker.h"

namespace looma {

FailoverService::FailoverService(const QString &dsn, QObject *parent)
    : QObject(parent)
    , m_worker(new FailoverWorker(dsn))
    , m_actuator(new WebhookActuator(this))
{
    qRegisterMetaType<PromotionRequest>();
    qRegisterMetaType<PromotionResult>();
    qRegisterMetaType<MaintenanceRequest>();
    qRegisterMetaType<OperatorActionResult>();
    qRegisterMetaType<PermissionProbe>();
    qRegisterMetaType<CooldownState>();

    m_thread.setObjectName(QStringLiteral("looma-failover"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FailoverWorker::promotionFinished, this, &FailoverService::onPromotionFinished);
    connect(m_worker, &FailoverWorker::actuationRecorded, this,
            [this](qint64 eventId, bool ok, const QString &detail, bool) { Q_EMIT actuationFinished(eventId, ok, detail); });
    connect(m_worker, &FailoverWorker::operatorActionFinished, this, &FailoverService::operatorActionFinished);
    connect(m_worker, &FailoverWorker::permissionProbed, this, &FailoverService::permissionProbed);
    connect(m_worker, &FailoverWorker::cooldownLoaded, this, &FailoverService::cooldownLoaded);
    connect(m_worker, &FailoverWorker::cooldownLoadFailed, this, &FailoverService::cooldownLoadFailed);
    connect(m_actuator, &WebhookActuator::finished, this, [this](qint64 eventId, bool ok, const QString &detail) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker, eventId, ok, detail] { w->recordActuation(eventId, ok, detail); });
    });
    m_thread.start();
}

FailoverService::~FailoverService()
{
    // Jobs already queued finish first (a promotion is never cut off mid-way by closing the window).
    m_thread.quit();
    m_thread.wait();
}

void FailoverService::setWebhookConfig(const WebhookConfig &config)
{
    m_actuator->setConfig(config);
}

quint64 FailoverService::promote(PromotionRequest request)
{
    if (request.requestId == 0)
        request.requestId = m_nextRequestId++;
    const QUrl url = m_actuator->urlFor(request.group);
    const bool follows = url.isValid() && !url.isEmpty();
    if (follows)
        m_awaitingActuation.insert(request.requestId);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, follows] { w->promote(request, follows); });
    return request.requestId;
}

void FailoverService::onPromotionFinished(const PromotionResult &result)
{
    const bool awaited = m_awaitingActuation.remove(result.requestId);
    Q_EMIT promotionFinished(result);
    if (result.status != PromotionStatus::Committed || m_actuator->actuate(result) || !awaited)
        return;
    // The webhook was configured when the promotion started but is gone now: close the event
    // instead of leaving it open forever.
    const QString detail = tr("The webhook was removed while the promotion ran; nobody was told.");
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id = result.eventId, detail] { w->recordActuation(id, false, detail); });
}

quint64 FailoverService::setMaintenance(MaintenanceRequest request)
{
    if (request.requestId == 0)
        request.requestId = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request] { w->setMaintenance(request); });
    return request.requestId;
}

quint64 FailoverService::acknowledgeCooldown(const QString &group, const QString &reason, const QString &actor)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, group, reason, actor] {
        w->acknowledgeCooldown(id, group, reason, actor);
    });
    return id;
}

void FailoverService::probePermission()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->probePermission(); });
}

void FailoverService::loadCooldown(const QString &group)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, group] { w->loadCooldown(group); });
}

} // namespace looma
