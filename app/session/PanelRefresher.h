#pragma once

#include "PanelDefinition.h"
#include "PanelResult.h"
#include "PromError.h"
#include "PromTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace looma {

class PromClient;

// Runs the panels' PromQL through PromClient (the governor picks the step for timeseries panels);
// the queries per refresh depend on the panels, never on the node count. Only the active page's
// panels are refreshed. A failed query leaves the panel's previous values in place, marked stale.
class PanelRefresher final : public QObject
{
    Q_OBJECT

public:
    explicit PanelRefresher(looma::PromClient *client, QObject *parent = nullptr);

    void setPanels(const QList<looma::PanelDefinition> &panels);
    QList<looma::PanelDefinition> panels(const QString &page) const;
    void setActivePage(const QString &page); // refresh only that page's panels (+ the always-on ones)
    QString activePage() const { return m_activePage; }
    void setWindow(qint64 seconds, int pixelWidth); // range for timeseries: 1h/6h/24h/7d
    qint64 windowSeconds() const { return m_windowSeconds; }
    void setVariable(const QString &name, const QString &value); // $service etc.
    void refreshNow();
    // A timer's round: starts only when the previous round has been answered (false: skipped), so
    // a Prometheus that needs longer than the interval gets whole rounds one after another rather
    // than an overlap of half rounds that never finishes.
    bool refreshIfIdle();
    PanelResult result(const QString &panelId) const;
    int lastRefreshQueryCount() const { return m_lastQueryCount; }
    bool isRefreshing() const { return !m_pending.isEmpty(); }
    // Panels refreshed whatever page is active (e.g. a status strip shown on every page).
    void setAlwaysOn(const QStringList &panelIds);

    // The page key of a panel page as PanelResult::page spells it.
    static QString pageKey(looma::PanelPage page);

Q_SIGNALS:
    void panelUpdated(const looma::PanelResult &result);
    void refreshFinished(int queriesIssued);

private:
    void onQueryFinished(quint64 id, const looma::PromQueryResult &result, const looma::PromError &error);
    QHash<QString, QString> variables() const;

    PromClient *m_client = nullptr;
    QList<PanelDefinition> m_panels;
    QHash<QString, PanelResult> m_results;
    QHash<quint64, QString> m_pending; // request id -> panel id
    QHash<QString, QString> m_variables;
    QString m_activePage;
    QStringList m_alwaysOn;
    qint64 m_windowSeconds = 3600;
    int m_pixelWidth = 600;
    int m_issued = 0;
    int m_lastQueryCount = 0;
};

} // namespace looma
