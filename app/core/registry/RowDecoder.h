#pragma once

#include "FieldReader.h"
#include "FleetSnapshot.h"

namespace looma {

// One decoder per registry table the console reads. Each has the SELECT list its column indices
// refer to (timestamps arrive as epoch milliseconds, inet as host text, jsonb as text) and returns
// an empty string for a good row or the reason it was refused. Keep the lists and decoders together.
class RowDecoder final
{
public:
    static const char *regionColumns();
    static const char *clusterColumns();
    static const char *nodeColumns();
    static const char *serviceColumns();
    static const char *instanceColumns();
    static const char *policyColumns();
    static const char *healthEventColumns();
    static const char *failoverEventColumns();
    static const char *auditColumns();

    static QString decode(const RawRow &row, Region &out);
    static QString decode(const RawRow &row, Cluster &out);
    static QString decode(const RawRow &row, Node &out);
    static QString decode(const RawRow &row, Service &out);
    static QString decode(const RawRow &row, ServiceInstance &out);
    static QString decode(const RawRow &row, CheckPolicy &out);
    static QString decode(const RawRow &row, HealthEvent &out);
    static QString decode(const RawRow &row, FailoverEvent &out);
    static QString decode(const RawRow &row, AuditEntry &out);

    // The id in column 0 if it parses, else 0: for naming a rejected row.
    static qint64 rowId(const RawRow &row);
};

} // namespace looma
