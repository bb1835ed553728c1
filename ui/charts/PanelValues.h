#pragma once

#include "PanelResult.h"

#include <QHash>
#include <QString>

namespace looma {

// Current figures out of a PanelResult, keyed by one label's value (service, operation, backend):
// a timeseries panel's last finite point, or a stat/table panel's instant sample. A panel shown as
// a chart therefore also feeds the tables and tiles, without a second query.
class PanelValues final
{
public:
    static QHash<QString, double> byLabel(const PanelResult &result, const QString &label);
    // The last finite value of a series; NaN when it has none.
    static double lastValue(const PromSeries &series);
};

} // namespace looma
