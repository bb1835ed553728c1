#include "PanelRefresher.h"

#include "PromClient.h"

namespace looma {

namespace {
// A panel whose query still names a variable nobody set (e.g. $node while no node detail is open)
// is not sent: Prometheus would only answer with a parse error.
bool hasUnresolved(const QString &query)
{
    for (qsizetype i = query.indexOf(u'$'); i >= 0; i = query.indexOf(u'$', i + 1)) {
        if (i + 1 < query.size() && (query.at(i + 1).isLetter() || query.at(i + 1) == u'_'))
            return true;
    }
    return false;
}
} // namespace

PanelRefresher::PanelRefresher(PromClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<PanelResult>();
    // Rates over a window of several scrape intervals; the pages may choose another.
    m_variables.insert(QStringLiteral("window"), QStringLiteral("1m"));
    m_variables.insert(QStringLiteral("service"), QStringLiteral(".+"));
    if (m_client)
        connect(m_client, &PromClient::queryFinished, this, &PanelRefresher::onQueryFinished);
}

QString PanelRefresher::pageKey(PanelPage page)
{
    return toText(page);
}

void PanelRefresher::setPanels(const QList<PanelDefinition> &panels)
{
    m_panels = panels;
    QHash<QString, PanelResult> kept;
    for (const PanelDefinition &panel : panels) {
        if (m_results.contains(panel.id))
            kept.insert(panel.id, m_results.value(panel.id));
    }
    m_results = kept;
}

QList<PanelDefinition> PanelRefresher::panels(const QString &page) const
{
    QList<PanelDefinition> out;
    for (const PanelDefinition &panel : m_panels) {
        if (pageKey(panel.page) == page)
            out << panel;
    }
    return out;
}

void PanelRefresher::setActivePage(const QString &page)
{
    m_activePage = page;
}

void PanelRefresher::setWindow(qint64 seconds, int pixelWidth)
{
    m_windowSeconds = qMax<qint64>(60, seconds);
    m_pixelWidth = qMax(50, pixelWidth);
}

void PanelRefresher::setVariable(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_variables.remove(name);
    else
        m_variables.insert(name, value);
}

void PanelRefresher::setAlwaysOn(const QStringList &panelIds)
{
    m_alwaysOn = panelIds;
}

QHash<QString, QString> PanelRefresher::variables() const
{
    return m_variables;
}

void PanelRefresher::refreshNow()
{
    if (!m_client)
        return;
    const QHash<QString, QString> vars = variables();
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-m_windowSeconds);
    int issued = 0;
    for (const PanelDefinition &panel : std::as_const(m_panels)) {
        if (pageKey(panel.page) != m_activePage && !m_alwaysOn.contains(panel.id))
            continue;
        // One request per panel at a time: a slow Prometheus must not collect a queue of copies.
        if (std::find(m_pending.cbegin(), m_pending.cend(), panel.id) != m_pending.cend())
            continue;
        const QString query = panel.expandedQuery(vars);
        if (hasUnresolved(query))
            continue;
        const quint64 id = panel.kind == PanelKind::TimeSeries
            ? m_client->queryRangeForWidth(query, start, end, m_pixelWidth)
            : m_client->query(query);
        m_pending.insert(id, panel.id);
        ++issued;
    }
    m_issued = issued;
    if (m_pending.isEmpty()) {
        m_lastQueryCount = issued;
        Q_EMIT refreshFinished(issued);
    }
}

bool PanelRefresher::refreshIfIdle()
{
    if (!m_pending.isEmpty())
        return false;
    refreshNow();
    return true;
}

PanelResult PanelRefresher::result(const QString &panelId) const
{
    return m_results.value(panelId);
}

void PanelRefresher::onQueryFinished(quint64 id, const PromQueryResult &answer, const PromError &error)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // another user of the same client
    const QString panelId = it.value();
    m_pending.erase(it);
    const auto panel = std::find_if(m_panels.cbegin(), m_panels.cend(),
                                    [&](const PanelDefinition &p) { return p.id == panelId; });
    if (panel != m_panels.cend()) {
        PanelResult &result = m_results[panelId];
        result.panelId = panelId;
        result.page = pageKey(panel->page);
        if (error.isError()) {
            // Keep the previous figures; say they are old and why.
            result.stale = true;
            result.error = error.message;
        } else {
            result.stale = false;
            result.error.clear();
            result.warnings = answer.warnings;
            result.instant.clear();
            result.series.clear();
            if (answer.type == PromQueryResult::Type::Matrix)
                result.series = answer.series;
            else if (answer.type == PromQueryResult::Type::Scalar)
                result.instant = {answer.scalar};
            else
                result.instant = answer.samples;
            result.fetchedAt = QDateTime::currentDateTimeUtc();
        }
        Q_EMIT panelUpdated(result);
    }
    if (m_pending.isEmpty()) {
        m_lastQueryCount = m_issued;
        Q_EMIT refreshFinished(m_issued);
    }
}

} // namespace looma
