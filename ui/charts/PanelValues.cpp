#include "PanelValues.h"

#include <QtNumeric>

#include <cmath>

namespace looma {

double PanelValues::lastValue(const PromSeries &series)
{
    for (auto it = series.points.crbegin(); it != series.points.crend(); ++it)
        if (std::isfinite(it->value))
            return it->value;
    return qQNaN();
}

QHash<QString, double> PanelValues::byLabel(const PanelResult &result, const QString &label)
{
    QHash<QString, double> out;
    for (const PromSample &sample : result.instant)
        out.insert(sample.labels.value(label), sample.value);
    for (const PromSeries &series : result.series)
        out.insert(series.labels.value(label), lastValue(series));
    return out;
}

} // namespace looma
