#include "RegistryListener.h"

#include <utility>

namespace looma {

RegistryListener::RegistryListener(pqxx::connection_base &connection, Callback callback)
    : pqxx::notification_receiver(connection, channelName)
    , m_callback(std::move(callback))
{}

void RegistryListener::operator()(const std::string &payload, int /*backendPid*/)
{
    if (m_callback)
        m_callback(payload);
}

} // namespace looma
