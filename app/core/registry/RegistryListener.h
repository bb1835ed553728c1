#pragma once

#include <functional>
#include <pqxx/notification>
#include <string>

namespace looma {

// LISTEN looma_registry on one connection. libpqxx issues LISTEN when this is constructed (and
// UNLISTEN when destroyed); the payload is the changed table's name. Destroy it before its connection.
class RegistryListener final : public pqxx::notification_receiver
{
public:
    static constexpr const char *channelName = "looma_registry";
    using Callback = std::function<void(const std::string &table)>;

    RegistryListener(pqxx::connection_base &connection, Callback callback);

    void operator()(const std::string &payload, int backendPid) override;

private:
    Callback m_callback;
};

} // namespace looma
