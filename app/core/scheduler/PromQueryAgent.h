#pragma once

#include "PromConfig.h"
#include "PromTypes.h"
#include "SourceStatus.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <map>

namespace looma {

class PromClient;
class PromError;
struct PromQueryResult;

// The scheduler's Prometheus access: instant queries with a callback per request, on the thread
// it lives on (the GUI thread: the client is asynchronous).
class PromQueryAgent final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QList<PromSample> &values, const QString &error)>;

    explicit PromQueryAgent(const PromConfig &config, QObject *parent = nullptr);
    ~PromQueryAgent() override;

    bool isConfigured() const { return m_config.isConfigured(); }
    SourceStatus status() const;
    void query(const QString &promql, Done done);

Q_SIGNALS:
    void statusChanged(const looma::SourceStatus &status);

private:
    PromConfig m_config;
    PromClient *m_client = nullptr;
    std::map<quint64, Done> m_pending;
};

} // namespace looma
