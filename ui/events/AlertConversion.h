#pragma once

#include "PrometheusAlert.h"
#include "PromTypes.h"

#include <QList>

namespace looma {

// Prometheus's alerts (as the client decodes them) reduced to the event list's PrometheusAlert.
// Inactive alerts are dropped; the fingerprint is the alert name plus its sorted labels, so the
// same alert keeps its identity (and its acknowledgement) across polls.
class AlertConversion final
{
public:
    static PrometheusAlert convert(const PromAlert &alert);
    static QList<PrometheusAlert> convert(const QList<PromAlert> &alerts);
    // "matching-service", "redis in ack-cn-hangzhou-h-01", "tencent ap-guangzhou": what the alert is about.
    static QString targetOf(const PromLabels &labels);
};

} // namespace looma
