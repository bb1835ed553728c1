#include "AlertConversion.h"

namespace looma {

QString AlertConversion::targetOf(const PromLabels &labels)
{
    QStringList parts;
    for (const char *name : {"service", "downstream", "backend", "instance_id", "instance", "node", "cluster",
                             "cloud", "region"}) {
        const QString value = labels.value(QLatin1String(name));
        if (!value.isEmpty())
            parts << value;
    }
    return parts.join(u' ');
}

PrometheusAlert AlertConversion::convert(const PromAlert &alert)
{
    PrometheusAlert out;
    out.name = alert.labels.value(QStringLiteral("alertname"));
    out.severity = alert.labels.value(QStringLiteral("severity"));
    out.state = alert.state == PromAlertState::Firing ? QStringLiteral("firing") : QStringLiteral("pending");
    out.target = targetOf(alert.labels);
    out.summary = alert.annotations.value(QStringLiteral("summary"));
    out.activeAt = alert.activeAt;
    // PromLabels is a QMap: iteration is already sorted by label name.
    QString fingerprint = out.name;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        fingerprint += u'\x1f' + it.key() + u'=' + it.value();
    out.fingerprint = fingerprint;
    return out;
}

QList<PrometheusAlert> AlertConversion::convert(const QList<PromAlert> &alerts)
{
    QList<PrometheusAlert> out;
    out.reserve(alerts.size());
    for (const PromAlert &alert : alerts)
        if (alert.state != PromAlertState::Inactive)
            out.append(convert(alert));
    return out;
}

} // namespace looma
