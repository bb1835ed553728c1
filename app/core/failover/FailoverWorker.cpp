#include "FailoverWorker.h"

#include "OperatorActions.h"
#include "PromotionTransaction.h"
#include "SessionIdentity.h"

#include <pqxx/pqxx>

namespace looma {

FailoverWorker::FailoverWorker(const QString &dsn, QObject *parent)
    : QObject(parent)
    , m_dsn(SessionIdentity::withSessionOptions(dsn, QStringLiteral("looma-ops-failover")))
{
}

FailoverWorker::~FailoverWorker() = default;

bool FailoverWorker::ensureConnected(QString *error)
{
    if (m_connection && m_connection->is_open())
        return true;
    m_connection.reset();
    try {
        m_connection = std::make_unique<pqxx::connection>(m_dsn.toStdString());
        return true;
    } catch (const std::exception &e) {
        *error = tr("Cannot connect to the registry: %1").arg(QString::fromUtf8(e.what()).trimmed());
        return false;
    }
}

void FailoverWorker::promote(const PromotionRequest &request, bool actuationFollows)
{
    QString error;
    if (!ensureConnected(&error)) {
        PromotionResult result;
        result.requestId = request.requestId;
        result.group = request.group;
        result.trigger = request.trigger;
        result.status = PromotionStatus::Failed;
        result.message = error;
        Q_EMIT promotionFinished(result);
        return;
    }
    PromotionTransaction transaction(*m_connection);
    transaction.setActuationFollows(actuationFollows);
    Q_EMIT promotionFinished(transaction.run(request));
}

void FailoverWorker::recordActuation(qint64 eventId, bool ok, const QString &detail)
{
    QString error;
    bool recorded = ensureConnected(&error)
        && PromotionTransaction::recordActuation(*m_connection, eventId, ok, detail, &error);
    Q_EMIT actuationRecorded(eventId, ok, recorded ? detail : detail + QLatin1String(" / ") + error, recorded);
}

void FailoverWorker::setMaintenance(const MaintenanceRequest &request)
{
    QString error;
    if (!ensureConnected(&error)) {
        Q_EMIT operatorActionFinished({request.requestId, false, 0, error});
        return;
    }
    Q_EMIT operatorActionFinished(OperatorActions(*m_connection).setMaintenance(request));
}

void FailoverWorker::acknowledgeCooldown(quint64 requestId, const QString &group, const QString &reason,
                                         const QString &actor)
{
    QString error;
    if (!ensureConnected(&error)) {
        Q_EMIT operatorActionFinished({requestId, false, 0, error});
        return;
    }
    Q_EMIT operatorActionFinished(OperatorActions(*m_connection).acknowledgeCooldown(requestId, group, reason, actor));
}

void FailoverWorker::probePermission()
{
    QString error;
    if (!ensureConnected(&error)) {
        PermissionProbe probe;
        probe.reason = error;
        Q_EMIT permissionProbed(probe);
        return;
    }
    Q_EMIT permissionProbed(OperatorActions(*m_connection).probePermission());
}

void FailoverWorker::loadCooldown(const QString &group)
{
    QString error;
    if (!ensureConnected(&error)) {
        Q_EMIT cooldownLoadFailed(group, error);
        return;
    }
    try {
        Q_EMIT cooldownLoaded(OperatorActions(*m_connection).loadCooldown(group));
    } catch (const std::exception &e) {
        Q_EMIT cooldownLoadFailed(group, QString::fromUtf8(e.what()).trimmed());
    }
}

} // namespace looma
