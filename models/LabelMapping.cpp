#include "LabelMapping.h"

#include "MetricSample.h"

namespace looma {

QString LabelMapping::nodeKey(const MetricSample &sample) const
{
    const QString value = sample.labels.value(nodeLabel);
    // "host:9100" -> "host", but leave a bare IPv6 address (several colons) alone.
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon > 0 && value.indexOf(u':') == colon)
        return value.left(colon);
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        if (close > 0)
            return value.mid(1, close - 1);
    }
    return value;
}

QString LabelMapping::serviceKey(const MetricSample &sample) const
{
    return sample.labels.value(serviceLabel);
}

QString LabelMapping::clusterKey(const MetricSample &sample) const
{
    return sample.labels.value(clusterLabel);
}

} // namespace looma
