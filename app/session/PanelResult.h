#pragma once

#include "PromTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace looma {

// The latest figures of one dashboard panel. A failed refresh keeps the previous values and sets
// stale with the error, so a page never empties a panel (or shows "healthy") because a source is down.
struct PanelResult
{
    QString panelId;
    QString page;                 // crossCloud / clusters / aiServices / crm
    bool stale = false;           // last refresh failed; the values are the previous ones
    QString error;                // the last error in words (PromError), empty when fresh
    QStringList warnings;         // Prometheus warnings, shown not dropped
    QList<looma::PromSample> instant; // for stat/table panels
    QList<looma::PromSeries> series;  // for timeseries panels
    QDateTime fetchedAt;

    bool hasData() const { return fetchedAt.isValid(); }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::PanelResult)
