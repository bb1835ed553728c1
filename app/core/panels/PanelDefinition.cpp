#include "PanelDefinition.h"

#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace looma {

namespace {

template<typename E, size_t N>
std::optional<E> fromTable(const std::pair<E, const char16_t *> (&table)[N], QStringView text)
{
    for (const auto &[value, word] : table)
        if (text == QStringView(word))
            return value;
    return std::nullopt;
}

template<typename E, size_t N>
QString toTable(const std::pair<E, const char16_t *> (&table)[N], E value)
{
    for (const auto &[v, word] : table)
        if (v == value)
            return QString::fromUtf16(word);
    return {};
}

const std::pair<PanelPage, const char16_t *> pages[] = {
    {PanelPage::CrossCloud, u"crossCloud"},
    {PanelPage::Clusters, u"clusters"},
    {PanelPage::AiServices, u"aiServices"},
    {PanelPage::Crm, u"crm"},
};
const std::pair<PanelUnit, const char16_t *> units[] = {
    {PanelUnit::Percent, u"percent"}, {PanelUnit::Seconds, u"seconds"},
    {PanelUnit::Milliseconds, u"ms"}, {PanelUnit::ReqPerSec, u"reqps"},
    {PanelUnit::Ratio, u"ratio"},     {PanelUnit::Bytes, u"bytes"},
    {PanelUnit::Count, u"count"},
};
const std::pair<PanelKind, const char16_t *> kinds[] = {
    {PanelKind::Stat, u"stat"},
    {PanelKind::TimeSeries, u"timeseries"},
    {PanelKind::Table, u"table"},
};

} // namespace

PanelSeverity PanelThresholds::evaluate(double value) const
{
    if (std::isnan(value))
        return PanelSeverity::Ok;
    const auto beyond = [this, value](double limit) {
        return direction == Direction::Above ? value >= limit : value <= limit;
    };
    if (crit && beyond(*crit))
        return PanelSeverity::Critical;
    if (warn && beyond(*warn))
        return PanelSeverity::Warning;
    return PanelSeverity::Ok;
}

QString PanelDefinition::expandedQuery(const QHash<QString, QString> &vars) const
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\$([A-Za-z_][A-Za-z0-9_]*))"));
    QString out;
    out.reserve(promql.size());
    qsizetype last = 0;
    auto it = placeholder.globalMatch(promql);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto found = vars.constFind(m.captured(1));
        if (found == vars.constEnd())
            continue;
        out += QStringView(promql).mid(last, m.capturedStart() - last);
        out += *found;
        last = m.capturedEnd();
    }
    out += QStringView(promql).mid(last);
    return out;
}

QString PanelDefinition::legendFor(const QMap<QString, QString> &labels) const
{
    if (legendFormat.isEmpty()) {
        QStringList parts;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            parts.append(it.key() + QLatin1Char('=') + it.value());
        return parts.join(QStringLiteral(", "));
    }
    static const QRegularExpression field(QStringLiteral(R"(\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = field.globalMatch(legendFormat);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(legendFormat).mid(last, m.capturedStart() - last);
        out += labels.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(legendFormat).mid(last);
    return out;
}

QString toText(PanelPage page) { return toTable(pages, page); }
QString toText(PanelUnit unit) { return toTable(units, unit); }
QString toText(PanelKind kind) { return toTable(kinds, kind); }
std::optional<PanelPage> panelPageFromText(QStringView text) { return fromTable(pages, text); }
std::optional<PanelUnit> panelUnitFromText(QStringView text) { return fromTable(units, text); }
std::optional<PanelKind> panelKindFromText(QStringView text) { return fromTable(kinds, text); }

} // namespace looma
