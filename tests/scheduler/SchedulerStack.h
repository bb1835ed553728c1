#pragma once

#include "StackEnv.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <memory>

namespace looma::test {

// One scheduler test's own world on the shared PostgreSQL server: a scratch database migrated by
// `looma-ops migrate`, and a SMALL fleet simulator (40 nodes, 100 instances) started on free
// loopback ports that seeds that database. Faults injected here touch nobody else's test.
// The simulator is a QProcess owned here; stop() (called from the test's cleanup(), and by the
// destructor) kills it, pass or fail.
class SchedulerStack final
{
public:
    SchedulerStack() = default;
    ~SchedulerStack();

    // Creates database `name`, migrates it, starts the simulator seeding it, and tunes it for fast
    // tests: default check policy 1000 ms / 300 ms / rise 2 / fall 3, and standbys at weight 100
    // (the simulator seeds standbys with weight 0, which the failover rule never promotes).
    bool setUp(const QString &name, QString *error);
    void stop();

    QString dsn() const { return m_dsn; }
    const StackEnv &env() const { return m_env; }

    // POST /faults; target e.g. {"instance": 5} or {"cloud": "tencent"}. Returns the HTTP status.
    int fault(const QString &kind, const QJsonObject &target, const QJsonObject &extra = {});
    int clearFaults();

    // One SQL statement on the scratch database; the first column of the first row as text
    // (empty when no row). Fails the test on an error via the returned ok flag.
    QString scalar(const QString &sql, bool *ok = nullptr) const;
    qint64 number(const QString &sql) const { return scalar(sql).toLongLong(); }
    bool exec(const QString &sql) const;

    qint64 primaryOf(const QString &group) const;
    static quint16 freePort();

private:
    int send(const QByteArray &verb, const QString &path, const QByteArray &body);

    StackEnv m_env;
    QString m_dsn;
    std::unique_ptr<QProcess> m_sim;
    quint16 m_controlPort = 0;
    QNetworkAccessManager m_nam;
};

} // namespace looma::test
