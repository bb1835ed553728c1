#include "RowDecoder.h"

#include "FieldChecks.h"

#include <charconv>
#include <limits>

namespace looma {
namespace {

constexpr qint64 maxSeq = std::numeric_limits<qint64>::max();
constexpr qint64 maxInt = std::numeric_limits<int>::max();

// timestamptz as epoch milliseconds; +/-infinity map to the ends of QDateTime's practical range
// instead of failing the whole query.
#define LOOMA_MS(col)                                                                                        \
    "CASE WHEN " col " = 'infinity' THEN 253402300799000 WHEN " col " = '-infinity' THEN -62135596800000 "   \
    "ELSE (extract(epoch FROM " col ") * 1000)::int8 END"

void readMaintenance(FieldReader &r, int untilColumn, int reasonColumn, Maintenance &out)
{
    out.until = r.time(untilColumn, "maintenance_until", true);
    out.reason = r.optionalText(reasonColumn, "maintenance_reason", 1000);
}

} // namespace

const char *RowDecoder::regionColumns()
{
    return "id, cloud, region, zone, display_name, " LOOMA_MS(
        "maintenance_until") ", maintenance_reason, change_seq";
}

QString RowDecoder::decode(const RawRow &row, Region &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.cloud = r.word(1, "cloud", &cloudFromDb, Cloud::Tencent);
    out.region = r.text(2, "region", 1, 64);
    out.zone = r.text(3, "zone", 1, 64);
    out.displayName = r.text(4, "display_name", 0, 128);
    readMaintenance(r, 5, 6, out.maintenance);
    out.changeSeq = r.integer(7, "change_seq", 0, maxSeq);
    return r.error();
}

const char *RowDecoder::clusterColumns()
{
    return "id, region_id, name, purpose, change_seq";
}

QString RowDecoder::decode(const RawRow &row, Cluster &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.regionId = r.id(1, "region_id");
    out.name = r.text(2, "name", 1, 128);
    out.purpose = r.text(3, "purpose", 0, 256);
    out.changeSeq = r.integer(4, "change_seq", 0, maxSeq);
    return r.error();
}

const char *RowDecoder::nodeColumns()
{
    return "id, cluster_id, hostname, host(ip), status, cpu_cores, memory_mb, " LOOMA_MS(
        "maintenance_until") ", maintenance_reason, change_seq";
}

QString RowDecoder::decode(const RawRow &row, Node &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.clusterId = r.id(1, "cluster_id");
    out.hostname = r.text(2, "hostname", 1, 253);
    if (r.ok())
        r.check("hostname", FieldChecks::hostname(out.hostname));
    out.ip = r.text(3, "ip", 1, 45);
    if (r.ok())
        r.check("ip", FieldChecks::ipAddress(out.ip));
    out.status = r.word(4, "status", &nodeStatusFromDb, NodeStatus::Up);
    out.cpuCores = int(r.integer(5, "cpu_cores", 0, 100000));
    out.memoryMb = int(r.integer(6, "memory_mb", 0, maxInt));
    readMaintenance(r, 7, 8, out.maintenance);
    out.changeSeq = r.integer(9, "change_seq", 0, maxSeq);
    return r.error();
}

const char *RowDecoder::serviceColumns()
{
    return "id, name, kind, default_port, description, change_seq";
}

QString RowDecoder::decode(const RawRow &row, Service &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.name = r.text(1, "name", 1, 64);
    out.kind = r.word(2, "kind", &serviceKindFromDb, ServiceKind::Ai);
    out.defaultPort = int(r.integer(3, "default_port", 1, 65535));
    out.description = r.text(4, "description", 0, 1000);
    out.changeSeq = r.integer(5, "change_seq", 0, maxSeq);
    return r.error();
}

const char *RowDecoder::instanceColumns()
{
    return "id, service_id, node_id, failover_group, endpoint, role, weight, status, health_check_url, "
           "generation, " LOOMA_MS("maintenance_until") ", maintenance_reason, change_seq";
}

QString RowDecoder::decode(const RawRow &row, ServiceInstance &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.serviceId = r.id(1, "service_id");
    out.nodeId = r.id(2, "node_id");
    out.failoverGroup = r.text(3, "failover_group", 1, 128);
    out.endpoint = r.text(4, "endpoint", 1, 255);
    if (r.ok())
        r.check("endpoint", FieldChecks::endpoint(out.endpoint));
    out.role = r.word(5, "role", &instanceRoleFromDb, InstanceRole::Active);
    out.weight = int(r.integer(6, "weight", 0, 1000));
    out.status = r.word(7, "status", &healthStateFromDb, HealthState::Unknown);
    out.healthCheckUrl = r.text(8, "health_check_url", 0, 2048);
    if (r.ok())
        r.check("health_check_url", FieldChecks::healthCheckUrl(out.healthCheckUrl));
    out.generation = r.integer(9, "generation", 1, maxSeq);
    readMaintenance(r, 10, 11, out.maintenance);
    out.changeSeq = r.integer(12, "change_seq", 0, maxSeq);
    return r.error();
}

const char *RowDecoder::policyColumns()
{
    return "id, service_id, check_type, path, expect_status, expect_body, interval_ms, timeout_ms, rise, "
           "fall, "
           "change_seq";
}

QString RowDecoder::decode(const RawRow &row, CheckPolicy &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.serviceId = r.optionalInteger(1, "service_id", 1, maxSeq, 0);
    out.type = r.word(2, "check_type", &checkTypeFromDb, CheckType::Http);
    out.path = r.text(3, "path", 0, 1024);
    if (r.ok() && out.type == CheckType::Http)
        r.check("path", FieldChecks::checkPath(out.path));
    out.expectStatus = int(r.integer(4, "expect_status", 100, 599));
    out.expectBody = r.text(5, "expect_body", 0, 1024);
    out.intervalMs = int(r.integer(6, "interval_ms", 1000, 3600000));
    out.timeoutMs = int(r.integer(7, "timeout_ms", 100, 60000));
    out.rise = int(r.integer(8, "rise", 1, 100));
    out.fall = int(r.integer(9, "fall", 1, 100));
    out.changeSeq = r.integer(10, "change_seq", 0, maxSeq);
    if (r.ok() && out.timeoutMs >= out.intervalMs)
        r.fail("timeout_ms", FieldChecks::tr("timeout must be shorter than the interval"));
    return r.error();
}

const char *RowDecoder::healthEventColumns()
{
    return "id, instance_id, from_state, to_state, " LOOMA_MS("observed_at") ", observer, detail";
}

QString RowDecoder::decode(const RawRow &row, HealthEvent &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.instanceId = r.id(1, "instance_id");
    out.fromState = r.word(2, "from_state", &healthStateFromDb, HealthState::Unknown);
    out.toState = r.word(3, "to_state", &healthStateFromDb, HealthState::Unknown);
    out.observedAt = r.time(4, "observed_at", false);
    out.observer = r.text(5, "observer", 0, 256);
    out.detail = r.text(6, "detail", 0, 4000);
    return r.error();
}

const char *RowDecoder::failoverEventColumns()
{
    return "id, failover_group, service_id, from_instance_id, to_instance_id, trigger, actor, reason, "
           "fencing_generation, outcome, detail, " LOOMA_MS("started_at") ", " LOOMA_MS(
               "committed_at") ", " LOOMA_MS("finished_at") ", change_seq";
}

QString RowDecoder::decode(const RawRow &row, FailoverEvent &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.failoverGroup = r.text(1, "failover_group", 1, 128);
    // The instance and service columns go NULL when those rows are deleted (ON DELETE SET NULL).
    out.serviceId = r.optionalInteger(2, "service_id", 1, maxSeq, 0);
    out.fromInstanceId = r.optionalInteger(3, "from_instance_id", 1, maxSeq, 0);
    out.toInstanceId = r.optionalInteger(4, "to_instance_id", 1, maxSeq, 0);
    out.trigger = r.word(5, "trigger", &failoverTriggerFromDb, FailoverTrigger::Auto);
    out.actor = r.text(6, "actor", 1, 256);
    out.reason = r.text(7, "reason", 1, 2000);
    out.fencingGeneration = r.integer(8, "fencing_generation", 0, maxSeq);
    out.outcome = r.word(9, "outcome", &failoverOutcomeFromDb, FailoverOutcome::Pending);
    out.detail = r.text(10, "detail", 0, 8000);
    out.startedAt = r.time(11, "started_at", false);
    out.committedAt = r.time(12, "committed_at", true);
    out.finishedAt = r.time(13, "finished_at", true);
    out.changeSeq = r.integer(14, "change_seq", 0, maxSeq);
    return r.error();
}

const char *RowDecoder::auditColumns()
{
    return "id, " LOOMA_MS("at") ", actor, db_user, host, action, target, detail::text";
}

QString RowDecoder::decode(const RawRow &row, AuditEntry &out)
{
    FieldReader r(row);
    out.id = r.id(0, "id");
    out.at = r.time(1, "at", false);
    out.actor = r.text(2, "actor", 0, 256);
    out.dbUser = r.text(3, "db_user", 0, 128);
    const QString host = r.text(4, "host", 0, 253);
    out.action = r.text(5, "action", 1, 128);
    out.target = r.text(6, "target", 0, 1024);
    out.detail = r.text(7, "detail", 0, 65536);
    // The schema keeps the host apart; the console shows "user@host" as one actor.
    if (r.ok() && !host.isEmpty() && !out.actor.contains(QLatin1Char('@')))
        out.actor += QLatin1Char('@') + host;
    return r.error();
}

qint64 RowDecoder::rowId(const RawRow &row)
{
    if (row.isEmpty() || row[0].isNull())
        return 0;
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(row[0].data, row[0].data + row[0].size, value);
    return ec == std::errc() && ptr == row[0].data + row[0].size ? value : 0;
}

} // namespace looma
