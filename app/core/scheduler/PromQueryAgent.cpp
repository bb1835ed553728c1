#include "PromQueryAgent.h"

#include "PromClient.h"

namespace looma {

PromQueryAgent::PromQueryAgent(const PromConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(new PromClient(this))
{
    m_client->setConfig(config);
    connect(m_client, &PromClient::statusChanged, this, &PromQueryAgent::statusChanged);
    connect(m_client, &PromClient::queryFinished, this,
            [this](quint64 id, const PromQueryResult &result, const PromError &error) {
                const auto it = m_pending.find(id);
                if (it == m_pending.end())
                    return;
                const Done done = std::move(it->second);
                m_pending.erase(it);
                if (error.isError()) {
                    done(false, {}, error.message);
                    return;
                }
                done(true, result.samples, {});
            });
}

PromQueryAgent::~PromQueryAgent() = default;

SourceStatus PromQueryAgent::status() const
{
    return m_client->status();
}

void PromQueryAgent::query(const QString &promql, Done done)
{
    m_pending.emplace(m_client->query(promql), std::move(done));
}

} // namespace looma
