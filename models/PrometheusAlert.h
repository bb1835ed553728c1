#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace looma {

// One alert from Prometheus' /api/v1/alerts, reduced to what the event list shows.
struct PrometheusAlert
{
    QString fingerprint; // identity across polls: alertname plus its sorted labels
    QString name;        // the alertname label
    QString severity;    // the severity label as the rules wrote it: critical, warning, info
    QString state;       // firing or pending
    QString target;      // what it is about (instance, service, cluster labels), for display
    QString summary;     // the summary annotation
    QDateTime activeAt;

    QString key() const { return fingerprint.isEmpty() ? name + u'\x1f' + target : fingerprint; }
    bool operator==(const PrometheusAlert &o) const
    {
        return fingerprint == o.fingerprint && name == o.name && severity == o.severity && state == o.state
            && target == o.target && summary == o.summary && activeAt == o.activeAt;
    }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::PrometheusAlert)
