#include "PanelTitles.h"

#include <QCoreApplication>

namespace looma {

namespace {

// Keep in step with resources/panels/default-panels.json (a unit test checks it).
const char *const shippedTitles[] = {
    QT_TRANSLATE_NOOP("PanelTitles", "Scrape targets up"),
    QT_TRANSLATE_NOOP("PanelTitles", "Scrape targets down"),
    QT_TRANSLATE_NOOP("PanelTitles", "Service instances up"),
    QT_TRANSLATE_NOOP("PanelTitles", "AI request rate by cloud"),
    QT_TRANSLATE_NOOP("PanelTitles", "AI availability by cloud"),
    QT_TRANSLATE_NOOP("PanelTitles", "CRM backends down"),
    QT_TRANSLATE_NOOP("PanelTitles", "CPU utilisation by cluster"),
    QT_TRANSLATE_NOOP("PanelTitles", "Memory utilisation by cluster"),
    QT_TRANSLATE_NOOP("PanelTitles", "Memory available by cluster"),
    QT_TRANSLATE_NOOP("PanelTitles", "Busiest nodes by CPU"),
    QT_TRANSLATE_NOOP("PanelTitles", "Node CPU utilisation"),
    QT_TRANSLATE_NOOP("PanelTitles", "Node memory utilisation"),
    QT_TRANSLATE_NOOP("PanelTitles", "Request rate"),
    QT_TRANSLATE_NOOP("PanelTitles", "Error rate"),
    QT_TRANSLATE_NOOP("PanelTitles", "Latency p50"),
    QT_TRANSLATE_NOOP("PanelTitles", "Latency p95"),
    QT_TRANSLATE_NOOP("PanelTitles", "Latency p99"),
    QT_TRANSLATE_NOOP("PanelTitles", "Availability"),
    QT_TRANSLATE_NOOP("PanelTitles", "Error budget burn rate (1 h)"),
    QT_TRANSLATE_NOOP("PanelTitles", "Model accuracy"),
    QT_TRANSLATE_NOOP("PanelTitles", "Gateway circuit breakers (0 closed, 1 half-open, 2 open)"),
    QT_TRANSLATE_NOOP("PanelTitles", "Healthy instances"),
    QT_TRANSLATE_NOOP("PanelTitles", "Instances"),
    QT_TRANSLATE_NOOP("PanelTitles", "CRM throughput by operation"),
    QT_TRANSLATE_NOOP("PanelTitles", "CRM error ratio by operation"),
    QT_TRANSLATE_NOOP("PanelTitles", "CRM latency p95 by operation"),
    QT_TRANSLATE_NOOP("PanelTitles", "Backend database health"),
    QT_TRANSLATE_NOOP("PanelTitles", "Backends up by cluster"),
    QT_TRANSLATE_NOOP("PanelTitles", "Error budget left (30 d)"),
    QT_TRANSLATE_NOOP("PanelTitles", "CRM instances up"),
    QT_TRANSLATE_NOOP("PanelTitles", "Backend connections"),
    QT_TRANSLATE_NOOP("PanelTitles", "Backend queries per second"),
    QT_TRANSLATE_NOOP("PanelTitles", "Backend replication lag (worst)"),
};

} // namespace

QString PanelTitles::translate(const QString &englishTitle)
{
    const QByteArray key = englishTitle.toUtf8();
    for (const char *title : shippedTitles)
        if (key == title)
            return QCoreApplication::translate("PanelTitles", title);
    return englishTitle;
}

QStringList PanelTitles::known()
{
    QStringList out;
    for (const char *title : shippedTitles)
        out.append(QString::fromUtf8(title));
    return out;
}

} // namespace looma
