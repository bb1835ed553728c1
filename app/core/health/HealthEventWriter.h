#pragma once

#include "HealthTypes.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <pqxx/connection>
#include <string>

namespace looma {

// Writes health transitions to the registry: one multi-row INSERT into health_events per batch and,
// in the same transaction, service_instances.status for the instances concerned. Transitions only,
// never every probe. A worker: move it to its own QThread (libpqxx blocks) and connect the
// scheduler's transitionsReady to write(); it owns its own pqxx::connection, opened lazily.
// A failed batch is kept (bounded) and retried with the next batch or after a few seconds.
class HealthEventWriter final : public QObject
{
    Q_OBJECT

public:
    explicit HealthEventWriter(const QString &dsn, const QString &observer, QObject *parent = nullptr);
    ~HealthEventWriter() override;

    void write(const QList<looma::HealthTransition> &batch);
    int backlog() const { return int(m_backlog.size()); }

    // The SQL for one batch (pure, exposed for the unit test). quote() escapes a text literal.
    static std::string insertSql(const QList<HealthTransition> &batch, const std::string &observerLiteral,
                                 const std::function<std::string(const std::string &)> &quote);
    static std::string statusSql(const QList<HealthTransition> &batch);

Q_SIGNALS:
    void batchWritten(int events, int statusUpdates);
    void writeFailed(const QString &error);

private:
    void flush();

    std::string m_dsn;
    QString m_observer;
    std::unique_ptr<pqxx::connection> m_conn;
    QList<HealthTransition> m_backlog;
    QTimer m_retry{this};
    static constexpr int MaxBacklog = 200000;
    static constexpr int MaxRowsPerStatement = 5000;
};

} // namespace looma
