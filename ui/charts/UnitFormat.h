#pragma once

#include "PanelDefinition.h"

#include <QCoreApplication>
#include <QString>

namespace looma {

// How a panel's unit is shown: the factor from the stored unit to the displayed one (seconds are
// shown as ms, ratios as %), the unit's name, and a value formatted with it. Translated.
class UnitFormat final
{
    Q_DECLARE_TR_FUNCTIONS(UnitFormat)

public:
    struct Display
    {
        double scale = 1.0;
        QString unit; // e.g. "ms", "%", "req/s"; empty for plain counts
        int decimals = 0;
    };

    static Display display(PanelUnit unit);
    // "212 ms", "99.95 %", "1,204 req/s"; "no data" for NaN. Bytes pick KiB..TiB.
    static QString format(double value, PanelUnit unit);
    // A value already scaled for display, with its unit.
    static QString formatScaled(double scaled, const Display &display);
    // Precision for percentages near 100 % (availability): enough decimals to tell 99.9 from 99.95.
    static QString percent(double ratio, int decimals = 2);
};

} // namespace looma
