#include "ProbeRequest.h"

#include <QUrl>

namespace looma {
namespace {

std::optional<ProbeRequest> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

std::optional<ProbeRequest> ProbeRequestFactory::make(const ServiceInstance &instance, const CheckPolicy &policy,
                                                      QString *error)
{
    QString host;
    int port = -1;
    QByteArray pathAndQuery;
    if (!instance.healthCheckUrl.isEmpty()) {
        const QUrl url(instance.healthCheckUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"http")
            return fail(error, tr("health-check URL is not a valid http:// URL: %1").arg(instance.healthCheckUrl));
        host = url.host();
        port = url.port(80);
        pathAndQuery = url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery())
            pathAndQuery += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    } else {
        // endpoint is host:port (IPv6 as [addr]:port).
        const QUrl url(QStringLiteral("tcp://") + instance.endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.port() <= 0)
            return fail(error, tr("endpoint is not host:port: %1").arg(instance.endpoint));
        host = url.host();
        port = url.port();
        pathAndQuery = QUrl(policy.path).path(QUrl::FullyEncoded).toLatin1();
    }
    if (pathAndQuery.isEmpty())
        pathAndQuery = "/";

    ProbeRequest r;
    if (!r.address.setAddress(host))
        return fail(error, tr("health-check host is not an IP address: %1").arg(host));
    if (port <= 0 || port > 65535)
        return fail(error, tr("health-check port out of range: %1").arg(port));
    r.type = policy.type;
    r.port = quint16(port);
    r.expectStatus = policy.expectStatus;
    r.expectBody = policy.expectBody.toUtf8();
    r.timeoutMs = policy.timeoutMs > 0 ? policy.timeoutMs : 2000;
    if (r.type == CheckType::Http) {
        const QByteArray hostHeader = r.address.protocol() == QAbstractSocket::IPv6Protocol
            ? '[' + host.toLatin1() + ']'
            : host.toLatin1();
        r.requestBytes = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + hostHeader + ':'
            + QByteArray::number(port) + "\r\nUser-Agent: looma-ops-health/" LOOMA_VERSION
            "\r\nAccept: */*\r\n\r\n";
    }
    return r;
}

} // namespace looma
