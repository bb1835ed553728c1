#pragma once

#include "PsqlRunner.h"
#include "RegistryConfig.h"

namespace looma::bench {

// Figures 3 and 6, in a QApplication (offscreen) with every fleet model, the node proxy and a
// shown QTableView, as a console window has them:
// - the event loop's longest gap (StallMeter, 1 ms precise timer) while the registry client loads
//   the full fleet, while a full reconcile re-delivers it, and while NOTIFY deltas arrive;
// - the GUI thread's time inside FleetStore::apply for each of those;
// - end to end: psql UPDATEs 100 service_instances rows -> NOTIFY -> delta read -> models show
//   the new status.
class GuiRefreshBench final
{
public:
    GuiRefreshBench(RegistryConfig config, PsqlRunner psql);

    bool run(int rounds); // prints; false if the load failed

private:
    RegistryConfig m_config;
    PsqlRunner m_psql;
};

} // namespace looma::bench
