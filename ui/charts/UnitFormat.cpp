#include "UnitFormat.h"

#include <QLocale>

#include <cmath>

namespace looma {

UnitFormat::Display UnitFormat::display(PanelUnit unit)
{
    switch (unit) {
    case PanelUnit::Percent:
        return {1.0, tr("%"), 1};
    case PanelUnit::Ratio:
        return {100.0, tr("%"), 2};
    case PanelUnit::Seconds:
        return {1000.0, tr("ms"), 0};
    case PanelUnit::Milliseconds:
        return {1.0, tr("ms"), 0};
    case PanelUnit::ReqPerSec:
        return {1.0, tr("req/s"), 1};
    case PanelUnit::Bytes:
        return {1.0 / (1024.0 * 1024.0 * 1024.0), tr("GiB"), 1};
    case PanelUnit::Count:
        return {1.0, QString(), 0};
    }
    return {};
}

QString UnitFormat::formatScaled(double scaled, const Display &d)
{
    if (!std::isfinite(scaled))
        return tr("no data");
    const QString number = QLocale().toString(scaled, 'f', d.decimals);
    return d.unit.isEmpty() ? number : tr("%1 %2", "value and unit").arg(number, d.unit);
}

QString UnitFormat::format(double value, PanelUnit unit)
{
    if (unit == PanelUnit::Bytes && std::isfinite(value)) {
        static const char *const names[] = {QT_TR_NOOP("B"), QT_TR_NOOP("KiB"), QT_TR_NOOP("MiB"),
                                            QT_TR_NOOP("GiB"), QT_TR_NOOP("TiB")};
        int i = 0;
        double v = value;
        while (std::fabs(v) >= 1024.0 && i < 4) {
            v /= 1024.0;
            ++i;
        }
        return formatScaled(v, {1.0, tr(names[i]), i == 0 ? 0 : 1});
    }
    const Display d = display(unit);
    return formatScaled(value * d.scale, d);
}

QString UnitFormat::percent(double ratio, int decimals)
{
    if (!std::isfinite(ratio))
        return tr("no data");
    return tr("%1 %2", "value and unit").arg(QLocale().toString(ratio * 100.0, 'f', decimals), tr("%"));
}

} // namespace looma
