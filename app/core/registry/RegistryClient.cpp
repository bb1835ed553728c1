#include "RegistryClient.h"

#include "RegistryWorker.h"

#include <QThread>

namespace looma {
namespace {

void registerMetaTypes()
{
    qRegisterMetaType<FleetSnapshot>();
    qRegisterMetaType<RejectedRow>();
    qRegisterMetaType<QList<RejectedRow>>();
    qRegisterMetaType<SourceStatus>();
}

} // namespace

RegistryClient::RegistryClient(RegistryConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    registerMetaTypes();
}

RegistryClient::~RegistryClient()
{
    stop();
}

void RegistryClient::start()
{
    if (m_worker)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("looma-registry"));
    m_worker = new RegistryWorker(m_config);
    m_worker->moveToThread(m_thread);
    // The worker is destroyed on its own thread as the thread finishes, closing the connection there.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &RegistryWorker::cachedSnapshotLoaded, this, &RegistryClient::cachedSnapshotLoaded);
    connect(m_worker, &RegistryWorker::snapshotReady, this, &RegistryClient::snapshotReady);
    connect(m_worker, &RegistryWorker::deltaReady, this, &RegistryClient::deltaReady);
    connect(m_worker, &RegistryWorker::rowsRejected, this, &RegistryClient::rowsRejected);
    connect(m_worker, &RegistryWorker::statusChanged, this, [this](const SourceStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });

    m_thread->start();
    RegistryWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->start(); });
}

void RegistryClient::stop()
{
    if (!m_worker)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted on its thread by QThread::finished
}

void RegistryClient::refresh()
{
    if (RegistryWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->refresh(); });
}

void RegistryClient::reload()
{
    if (RegistryWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->reload(); });
}

void RegistryClient::postJob(std::function<void(pqxx::connection_base &)> job, QObject *context,
                             std::function<void()> onDone, std::function<void(const QString &)> onError)
{
    const QPointer<QObject> target(context);
    auto deliverError = [this, target, onError](const QString &message) {
        // Back to this (GUI-side) object's thread; the caller's context may be gone by then.
        QMetaObject::invokeMethod(this, [target, onError, message] {
            if (target && onError)
                onError(message);
        });
    };
    if (!m_worker) {
        deliverError(tr("The registry client is not running"));
        return;
    }
    RegistryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [this, worker, job = std::move(job), target, onDone = std::move(onDone), deliverError] {
            bool ok = true;
            worker->runJob(job, [&ok, &deliverError](const QString &message) {
                ok = false;
                deliverError(message);
            });
            if (ok) {
                QMetaObject::invokeMethod(this, [target, onDone] {
                    if (target)
                        onDone();
                });
            }
        });
}

} // namespace looma
