#include "ChartStatus.h"

#include <QApplication>
#include <QStyle>

#include <cmath>

namespace looma {

QString ChartStatusText::text(ChartStatus status)
{
    switch (status) {
    case ChartStatus::NoData:
        return tr("No data");
    case ChartStatus::Ok:
        return tr("OK");
    case ChartStatus::Warning:
        return tr("Warning");
    case ChartStatus::Critical:
        return tr("Critical");
    }
    return {};
}

QIcon ChartStatusText::icon(ChartStatus status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case ChartStatus::NoData:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case ChartStatus::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ChartStatus::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ChartStatus::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

ChartStatus ChartStatusText::fromSeverity(PanelSeverity severity)
{
    switch (severity) {
    case PanelSeverity::Ok:
        return ChartStatus::Ok;
    case PanelSeverity::Warning:
        return ChartStatus::Warning;
    case PanelSeverity::Critical:
        return ChartStatus::Critical;
    }
    return ChartStatus::NoData;
}

ChartStatus ChartStatusText::evaluate(const PanelThresholds &thresholds, double value)
{
    if (!std::isfinite(value))
        return ChartStatus::NoData;
    return fromSeverity(thresholds.evaluate(value));
}

} // namespace looma
