#include "CheckScheduler.h"

namespace looma {

CheckScheduler::CheckScheduler(const CheckEngine::Options &options, QObject *parent)
    : QObject(parent)
    , m_engine(new CheckEngine(options))
{
    qRegisterMetaType<QList<looma::HealthTransition>>();
    qRegisterMetaType<looma::SchedulerFigures>();
    qRegisterMetaType<looma::SweepFigure>();
    m_thread.setObjectName(QStringLiteral("looma-health"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &CheckEngine::transitionsReady, this, &CheckScheduler::transitionsReady,
            Qt::QueuedConnection);
    connect(m_engine, &CheckEngine::figuresReady, this, &CheckScheduler::figuresReady, Qt::QueuedConnection);
    connect(m_engine, &CheckEngine::sweepCompleted, this, &CheckScheduler::sweepCompleted,
            Qt::QueuedConnection);
    m_thread.start();
}

CheckScheduler::~CheckScheduler()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->stop(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CheckScheduler::setFleet(const QList<ServiceInstance> &instances, const QList<CheckPolicy> &policies)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, instances, policies] { engine->setFleet(instances, policies); },
        Qt::QueuedConnection);
}

void CheckScheduler::applyChanges(const QList<ServiceInstance> &upserted, const QList<qint64> &removed)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, upserted, removed] { engine->applyChanges(upserted, removed); },
        Qt::QueuedConnection);
}

void CheckScheduler::setPolicies(const QList<CheckPolicy> &policies)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, policies] { engine->setPolicies(policies); }, Qt::QueuedConnection);
}

void CheckScheduler::start()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->start(); }, Qt::QueuedConnection);
}

void CheckScheduler::stop()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->stop(); }, Qt::QueuedConnection);
}

} // namespace looma
