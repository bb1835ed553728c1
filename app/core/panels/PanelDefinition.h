#pragma once

#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

namespace looma {

enum class PanelPage { CrossCloud, Clusters, AiServices, Crm };
enum class PanelUnit { Percent, Seconds, Milliseconds, ReqPerSec, Ratio, Bytes, Count };
enum class PanelKind { Stat, TimeSeries, Table };
enum class PanelSeverity { Ok, Warning, Critical };

struct PanelThresholds
{
    enum class Direction { Above, Below }; // Above: higher values are worse (latency, errors)
    std::optional<double> warn;
    std::optional<double> crit;
    Direction direction = Direction::Above;

    PanelSeverity evaluate(double value) const; // NaN is Ok: no data is not an alarm here
    bool operator==(const PanelThresholds &o) const
    {
        return warn == o.warn && crit == o.crit && direction == o.direction;
    }
};

// One dashboard panel: what to ask Prometheus and how to show it. Data, not code: a default set
// ships in resources/panels/default-panels.json and a user file may override any panel by id.
struct PanelDefinition
{
    QString id;    // stable key, e.g. "ai.request_rate"; overrides match on it
    PanelPage page = PanelPage::CrossCloud;
    QString title; // English source text; the UI shows PanelTitles::translate(title)
    QString promql; // may hold placeholders such as $service, $window, $cluster
    PanelUnit unit = PanelUnit::Count;
    PanelThresholds thresholds;
    QString legendFormat; // "{{service}} {{cluster}}"; empty: all labels
    PanelKind kind = PanelKind::TimeSeries;
    QString sourceFile; // where the definition (or its override) came from, for messages
    int sourceLine = 0;

    // promql with each $name found in vars replaced by its value; unknown names are kept.
    QString expandedQuery(const QHash<QString, QString> &vars) const;
    // The legend of one series from its labels.
    QString legendFor(const QMap<QString, QString> &labels) const;
};

QString toText(PanelPage page);
QString toText(PanelUnit unit);
QString toText(PanelKind kind);
std::optional<PanelPage> panelPageFromText(QStringView text);
std::optional<PanelUnit> panelUnitFromText(QStringView text);
std::optional<PanelKind> panelKindFromText(QStringView text);

} // namespace looma

Q_DECLARE_METATYPE(looma::PanelDefinition)
