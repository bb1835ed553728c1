#pragma once

#include "SourceStatus.h"

#include <QObject>
#include <QString>

namespace looma {

class AppSettings;
class ConsoleSession;
class SchedulerService;
struct SchedulerConfig;

// Runs the in-process scheduler (health checks and automatic failover) inside a console window,
// on the session's own registry client. It follows the session: a new registry (settings applied,
// another DSN) or a changed policy (cooldown, partition guard, read-only) replaces the scheduler;
// no registry configured means no scheduler, and the status says so.
class SchedulerHost final : public QObject
{
    Q_OBJECT

public:
    SchedulerHost(ConsoleSession *session, AppSettings *settings, QObject *parent = nullptr);
    ~SchedulerHost() override;

    void start();
    SchedulerService *scheduler() const { return m_scheduler; } // null while none runs
    SourceStatus status() const;

    // The scheduler's configuration for a session and its settings (pure; tested on its own).
    static SchedulerConfig configFor(const ConsoleSession &session, const AppSettings *settings);

Q_SIGNALS:
    // A scheduler replaced another (or none); pages re-attach to it.
    void schedulerChanged(looma::SchedulerService *scheduler);
    void statusChanged(const looma::SourceStatus &status);

private:
    void rebuild();
    void stopScheduler();
    static QString signature(const SchedulerConfig &config);

    ConsoleSession *m_session = nullptr;
    AppSettings *m_settings = nullptr;
    SchedulerService *m_scheduler = nullptr;
    QString m_signature;
    bool m_started = false;
};

} // namespace looma
