#pragma once

#include "ReportData.h"
#include "SlaMath.h"

#include <QList>

namespace pqxx {
class connection_base;
}

namespace looma {

// What the report needs from the registry, read in one read-only transaction.
struct RegistryReportRows
{
    QList<RecordedTransition> transitions;
    QList<Incident> failovers;
    QList<FleetRow> fleet; // node counts only; utilisation comes from Prometheus
};

// Blocking: runs on the registry thread (RegistryClient::run) or on a worker thread, never on the
// GUI thread. Throws what libpqxx throws; the caller turns that into a gap.
class RegistryReportQuery final
{
public:
    static RegistryReportRows read(pqxx::connection_base &connection, const QDateTime &from,
                                   const QDateTime &to, const ReportScope &scope);
};

} // namespace looma
