#pragma once

#include "RegistryRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <optional>

namespace looma {

// One check, resolved once when the instance list changes so a probe does no parsing, no DNS and
// no allocation beyond the write: the target is an IP literal and the request bytes are prebuilt.
struct ProbeRequest
{
    CheckType type = CheckType::Http;
    QHostAddress address;
    quint16 port = 0;
    QByteArray requestBytes; // "GET /path HTTP/1.1\r\nHost: ...\r\n\r\n"
    int expectStatus = 200;
    QByteArray expectBody; // empty: any body
    int timeoutMs = 2000;
};

// Builds the probe for an instance under a policy: the instance's health-check URL when it has one,
// else its endpoint with the policy's path. Only IP-literal hosts are accepted (no DNS per probe;
// the registry stores node IPs). Returns nullopt with a reason the user can read.
class ProbeRequestFactory final
{
    Q_DECLARE_TR_FUNCTIONS(looma::ProbeRequestFactory)

public:
    static std::optional<ProbeRequest> make(const ServiceInstance &instance, const CheckPolicy &policy,
                                             QString *error = nullptr);
};

} // namespace looma
