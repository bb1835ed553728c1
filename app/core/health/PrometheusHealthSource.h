#pragma once

#include "HealthStateMachine.h"
#include "HealthTypes.h"
#include "PromTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace looma {

// Instance health derived from Prometheus instead of in-process probes, so probing can scale out on
// Prometheus (`looma_instance_up`, or blackbox_exporter's `probe_success`). Each instant-query
// result is one "check round": every sample is mapped to a verdict and fed through the same state
// machine (rise/fall) as the probes. Instances without a sample in a round are not touched (no
// data is not a failure: a failing scrape shows as `up == 0` on its own series).
class PrometheusHealthSource final
{
    Q_DECLARE_TR_FUNCTIONS(looma::PrometheusHealthSource)

public:
    struct Mapped
    {
        qint64 instanceId = 0;
        ProbeVerdict verdict = ProbeVerdict::Failure;
        double value = 0;
    };

    explicit PrometheusHealthSource(const QString &instanceLabel = QStringLiteral("instance_id"), int rise = 2,
                                    int fall = 3);

    // Pure: sample value 1 -> success, 0 (or anything not 1, NaN included) -> failure; samples without
    // a usable instance id are skipped. With several samples for one instance, any failure wins.
    static QList<Mapped> mapSamples(const QList<PromSample> &samples, const QString &instanceLabel);
    // "42", "i-42", "instance/42": the trailing digits are the registry id.
    static std::optional<qint64> parseInstanceId(const QString &labelValue);

    // One query result in, the state changes out (detail names the metric value).
    QList<HealthTransition> ingest(const QList<PromSample> &samples, const QDateTime &observedAt);
    HealthState stateOf(qint64 instanceId) const;
    void setThresholds(int rise, int fall);

private:
    QString m_label;
    int m_rise = 2;
    int m_fall = 3;
    QHash<qint64, HealthStateMachine> m_machines;
};

} // namespace looma
