#include "PanelFixtures.h"

namespace looma::test {

QByteArray twoPanels()
{
    return R"json({
  "version": 1,
  "panels": [
    {"id": "ai.requestRate", "page": "aiServices", "title": "Request rate",
     "promql": "sum by (service) (rate(looma_ai_requests_total{service=~\"$service\"}[$window]))",
     "unit": "reqps", "kind": "timeseries", "legend": "{{service}}"},
    {"id": "ai.errorRate", "page": "aiServices", "title": "Error rate",
     "promql": "sum by (service) (rate(x[5m]))", "unit": "ratio", "kind": "stat",
     "thresholds": {"warn": 0.001, "crit": 0.01, "direction": "above"}}
  ]
})json";
}

QByteArray panelOverrides()
{
    return R"json({"panels": [
      {"id": "ai.errorRate", "promql": "sum by (service) (rate(my_errors_total[5m]))"},
      {"id": "ai.requestRate", "hidden": true},
      {"id": "my.extra", "page": "crm", "title": "Queue depth", "promql": "sum by (queue) (depth)", "unit": "count"}
    ]})json";
}

QString placeholderQuery()
{
    return QStringLiteral(R"json(sum by (service) (rate(x{service=~"$service"}[$window])) and $unknown + label_replace(y, "a", "$1", "b", "(.*)$"))json");
}

QString placeholderQueryExpanded()
{
    return QStringLiteral(R"json(sum by (service) (rate(x{service=~"chat-service"}[5m])) and $unknown + label_replace(y, "a", "$1", "b", "(.*)$"))json");
}

} // namespace looma::test
