#pragma once

#include <QString>

namespace looma {

// Who acts, from where, and how failover sessions connect. Shared by the leadership and the
// promotion connections so both detect a dead network the same way.
class SessionIdentity final
{
public:
    // "user@host" of this process: the audit actor when the caller gives none.
    static QString localActor();
    static QString hostName();

    // The DSN with defaults for a failover session added where the DSN does not set them:
    // a connect timeout, TCP keepalives and a user timeout (so a silent network drop breaks the
    // session in seconds instead of hours) and an application_name that names the role.
    static QString withSessionOptions(const QString &dsn, const QString &applicationName);
};

} // namespace looma
