#pragma once

#include "FailoverActions.h"

#include <QObject>
#include <memory>
#include <pqxx/connection>

namespace looma {

// Lives on FailoverService's worker thread and owns that thread's pqxx connection: promotions,
// actuation outcomes and operator actions all run here, one at a time, in call order. Connects
// lazily and reconnects on the next call after the connection broke. Results leave as values.
class FailoverWorker final : public QObject
{
    Q_OBJECT

public:
    explicit FailoverWorker(const QString &dsn, QObject *parent = nullptr);
    ~FailoverWorker() override;

    // Called on the worker thread (QMetaObject::invokeMethod from the facade).
    void promote(const looma::PromotionRequest &request, bool actuationFollows);
    void recordActuation(qint64 eventId, bool ok, const QString &detail);
    void setMaintenance(const looma::MaintenanceRequest &request);
    void acknowledgeCooldown(quint64 requestId, const QString &group, const QString &reason, const QString &actor);
    void probePermission();
    void loadCooldown(const QString &group);

Q_SIGNALS:
    void promotionFinished(const looma::PromotionResult &result);
    void actuationRecorded(qint64 eventId, bool ok, const QString &detail, bool recorded);
    void operatorActionFinished(const looma::OperatorActionResult &result);
    void permissionProbed(const looma::PermissionProbe &probe);
    void cooldownLoaded(const looma::CooldownState &state);
    void cooldownLoadFailed(const QString &group, const QString &error);

private:
    bool ensureConnected(QString *error);

    QString m_dsn;
    std::unique_ptr<pqxx::connection> m_connection;
};

} // namespace looma
