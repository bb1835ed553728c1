#pragma once

#include "PanelDefinition.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace looma {

// A figure's standing against its target, told by an icon AND a word (never colour alone, for
// colour-blind readers and for greyscale printouts).
enum class ChartStatus { NoData, Ok, Warning, Critical };

class ChartStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(ChartStatusText)

public:
    static QString text(ChartStatus status);
    static QIcon icon(ChartStatus status);
    static ChartStatus fromSeverity(PanelSeverity severity);
    // NaN gives NoData; otherwise the panel's thresholds decide.
    static ChartStatus evaluate(const PanelThresholds &thresholds, double value);
};

} // namespace looma
