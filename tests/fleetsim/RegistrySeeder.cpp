#include "RegistrySeeder.h"

#include "FleetModel.h"

#include <pqxx/pqxx>
#include <tuple>

namespace looma::fleetsim {
namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

void resetSequence(pqxx::work &tx, const char *table)
{
    tx.exec(std::string("SELECT setval(pg_get_serial_sequence('") + table + "', 'id'), " +
            "(SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)");
}

} // namespace

bool RegistrySeeder::seed(const std::string &dsn, const FleetModel &model, const HealthUrl &healthUrl,
                          std::string *message)
{
    try {
        pqxx::connection conn(dsn);
        pqxx::work tx(conn);
        const long existing = tx.exec1("SELECT count(*) FROM service_instances")[0].as<long>();
        if (existing > 0) {
            *message = "registry already holds " + std::to_string(existing) + " instances; not seeding";
            return true;
        }

        {
            pqxx::stream_to out(tx, "regions",
                                std::vector<std::string>{"id", "cloud", "region", "zone", "display_name"});
            for (std::size_t z = 0; z < model.zones().size(); ++z) {
                const SimZone &zone = model.zones()[z];
                const SimRegion &region = model.regions()[std::size_t(zone.regionIndex)];
                const std::string cloud = text(toDbText(region.cloud));
                out << std::make_tuple(
                    long(z + 1), cloud, region.name, zone.zone,
                    (region.cloud == Cloud::Tencent ? "Tencent Cloud " : "Alibaba Cloud ") + zone.zone);
            }
            out.complete();
        }
        {
            pqxx::stream_to out(tx, "clusters",
                                std::vector<std::string>{"id", "region_id", "name", "purpose"});
            for (std::size_t c = 0; c < model.clusters().size(); ++c) {
                const SimCluster &cluster = model.clusters()[c];
                out << std::make_tuple(long(c + 1), long(cluster.zoneIndex + 1), cluster.name,
                                       cluster.purpose);
            }
            out.complete();
        }
        {
            pqxx::stream_to out(tx, "nodes",
                                std::vector<std::string>{"id", "cluster_id", "hostname", "ip", "status",
                                                         "cpu_cores", "memory_mb"});
            const std::string up = "up";
            for (std::size_t n = 0; n < model.nodes().size(); ++n) {
                const SimNode &node = model.nodes()[n];
                out << std::make_tuple(long(n + 1), long(node.clusterIndex + 1), node.hostname, node.ip, up,
                                       node.cpuCores, node.memoryMb);
            }
            out.complete();
        }
        {
            pqxx::stream_to out(
                tx, "services",
                std::vector<std::string>{"id", "name", "kind", "default_port", "description"});
            for (std::size_t s = 0; s < model.services().size(); ++s) {
                const SimService &service = model.services()[s];
                out << std::make_tuple(long(s + 1), service.name, text(toDbText(service.kind)), service.port,
                                       service.description);
            }
            out.complete();
        }
        {
            pqxx::stream_to out(tx, "service_instances",
                                std::vector<std::string>{"id", "service_id", "node_id", "failover_group",
                                                         "endpoint", "role", "weight", "status",
                                                         "health_check_url"});
            const std::string unknown = "unknown";
            const std::string roles[] = {text(toDbText(InstanceRole::Primary)),
                                         text(toDbText(InstanceRole::Standby)),
                                         text(toDbText(InstanceRole::Active))};
            for (std::size_t i = 0; i < model.instances().size(); ++i) {
                const SimInstance &inst = model.instances()[i];
                out << std::make_tuple(long(i + 1), long(inst.serviceIndex + 1), long(inst.nodeIndex + 1),
                                       model.groups()[std::size_t(inst.groupIndex)].name,
                                       model.endpoint(int(i)), roles[int(inst.role)], int(inst.weight),
                                       unknown, healthUrl(int(i)));
            }
            out.complete();
        }
        tx.exec("INSERT INTO check_policies (service_id, check_type, path, expect_status, interval_ms, "
                "timeout_ms, "
                "rise, fall) VALUES (NULL, 'http', '/health', 200, 10000, 2000, 2, 3)");
        for (const char *table : {"regions", "clusters", "nodes", "services", "service_instances"})
            resetSequence(tx, table);
        tx.commit();
        *message = "seeded " + std::to_string(model.nodes().size()) + " nodes and " +
                   std::to_string(model.instances().size()) + " instances";
        return true;
    } catch (const std::exception &e) {
        *message = e.what();
        return false;
    }
}

} // namespace looma::fleetsim
