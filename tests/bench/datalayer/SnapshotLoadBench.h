#pragma once

#include "FleetSnapshot.h"
#include "PsqlRunner.h"
#include "RegistryConfig.h"

namespace looma::bench {

// Figure 1 (and the memory figure 4): a full registry load through RegistryClient (start ->
// snapshotReady) plus FleetStore::apply with NodeTableModel and a filtering, sorting
// NodeFilterProxyModel attached, against psql copying the same columns of the same rows to
// /dev/null in the same run. The two alternate, so drift in the machine's load hits both.
class SnapshotLoadBench final
{
public:
    SnapshotLoadBench(RegistryConfig config, PsqlRunner psql);

    bool run(int repeats); // prints; false if a load failed

    const FleetSnapshot &lastSnapshot() const { return m_last; }
    double hwmAfterFirstLoadMb() const { return m_hwmAfterFirstLoadMb; }
    double rssAfterFirstLoadMb() const { return m_rssAfterFirstLoadMb; }

    // The statements RegistryReader::readFull runs, as one psql script (COPY ... TO STDOUT).
    QString referenceScript() const;

private:
    struct Sample
    {
        bool ok = false;
        double totalMs = 0;     // start() -> models populated
        double deliveredMs = 0; // start() -> snapshotReady on the GUI thread
        double workerMs = 0;    // query + decode on the registry thread (its own log)
        double applyMs = 0;     // snapshotReady -> the pacer caught up (all slices applied), GUI thread
        double applyCpuMs = 0;  // the same, GUI thread CPU time
        int slices = 0;         // the pacer's slices
        int nodes = 0;
        int instances = 0;
        int proxyRows = 0;
    };
    Sample loadOnce();

    RegistryConfig m_config;
    PsqlRunner m_psql;
    FleetSnapshot m_last;
    double m_hwmAfterFirstLoadMb = -1;
    double m_rssAfterFirstLoadMb = -1;
};

} // namespace looma::bench
