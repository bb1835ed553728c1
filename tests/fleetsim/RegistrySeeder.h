#pragma once

#include <functional>
#include <string>

namespace looma::fleetsim {

class FleetModel;

// Writes the simulated fleet into an already-migrated registry with COPY (pqxx::stream_to), with
// explicit ids equal to the simulator's (index + 1), then moves the id sequences past them.
class RegistrySeeder final
{
public:
    using HealthUrl = std::function<std::string(int instanceIndex)>;

    // Returns false with the reason in *message. A registry that already holds instances is left
    // alone (true, with a note in *message): the simulator may be restarted against it.
    static bool seed(const std::string &dsn, const FleetModel &model, const HealthUrl &healthUrl,
                     std::string *message);
};

} // namespace looma::fleetsim
