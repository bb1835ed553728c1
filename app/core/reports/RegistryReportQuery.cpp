#include "RegistryReportQuery.h"

#include "ReportQueries.h"

#include <pqxx/pqxx>

namespace looma {
namespace {

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

QDateTime utc(const pqxx::field &f)
{
    const QString t = text(f);
    return t.isEmpty() ? QDateTime() : QDateTime::fromString(t, Qt::ISODateWithMs).toUTC();
}

std::string iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

} // namespace

RegistryReportRows RegistryReportQuery::read(pqxx::connection_base &connection, const QDateTime &from,
                                             const QDateTime &to, const ReportScope &scope)
{
    const std::string cloud = scope.kind == ReportScope::Kind::Cloud ? scope.value.toStdString() : std::string();
    const std::string service = scope.kind == ReportScope::Kind::Service ? scope.value.toStdString() : std::string();
    RegistryReportRows rows;
    pqxx::read_transaction tx(connection, "looma-report");

    for (const pqxx::row &r : tx.exec_params(ReportQueries::sqlHealthTransitions(), iso(from), iso(to), cloud, service)) {
        RecordedTransition t;
        t.instanceId = r[0].as<qint64>();
        t.fromState = text(r[1]);
        t.toState = text(r[2]);
        t.at = utc(r[3]);
        t.observer = text(r[4]);
        t.detail = text(r[5]);
        t.service = text(r[6]);
        t.endpoint = text(r[7]);
        t.cloud = text(r[8]);
        t.region = text(r[9]);
        rows.transitions.append(t);
    }

    for (const pqxx::row &r : tx.exec_params(ReportQueries::sqlFailovers(), iso(from), iso(to), cloud, service)) {
        Incident f;
        f.kind = Incident::Kind::Failover;
        f.target = text(r[0]);
        f.service = text(r[1]);
        f.trigger = text(r[2]);
        f.actor = text(r[3]);
        f.reason = text(r[4]);
        f.outcome = text(r[5]);
        f.start = utc(r[6]);
        f.end = utc(r[7]);
        f.cloud = text(r[8]);
        f.region = text(r[9]);
        f.open = !f.end.isValid();
        if (f.open)
            f.end = to;
        f.durationSeconds = SlaMath::clippedSeconds(f.start, f.end, from, to);
        rows.failovers.append(f);
    }

    for (const pqxx::row &r : tx.exec_params(ReportQueries::sqlFleet(), cloud)) {
        FleetRow f;
        f.cloud = text(r[0]);
        f.region = text(r[1]);
        f.nodesUp = r[2].as<int>();
        f.nodesDown = r[3].as<int>();
        f.nodesDraining = r[4].as<int>();
        rows.fleet.append(f);
    }
    tx.commit();
    return rows;
}

} // namespace looma
