#pragma once

#include <Qt>

namespace looma {

// Roles shared by every model of this layer, so one proxy or one delegate can serve several models.
// Status and severity are exposed as numbers (not only as colour) so the UI can pick an icon.
enum ModelRole : int {
    IdRole = Qt::UserRole, // the row's key: qint64 id, or the group name for failover groups
    SortRole,              // the raw value of the cell: numbers as numbers, text as text
    StatusRole,            // int of the row's status enum (NodeStatus, HealthState, ...)
    SeverityRole,          // int of looma::Severity
    SearchTextRole,        // lower-case text the free-text filter searches
    CloudRole,             // int of looma::Cloud
    RegionRole,            // region name (ap-guangzhou, cn-hangzhou)
    ClusterIdRole,         // qint64 cluster id
    KindRole,              // int of looma::EventKind
    AcknowledgedRole,      // bool, editable through setData()
    TimestampRole,         // QDateTime
};

} // namespace looma
