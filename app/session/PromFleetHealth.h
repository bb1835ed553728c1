#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace looma {

// What Prometheus says about the fleet's health, beside what the registry records: instances whose
// looma_instance_up is 0 and regions whose scrape fails. The registry's health column changes only
// when a checker writes it; this view moves at the next scrape, so a fault shows within one refresh.
struct PromFleetHealth
{
    QSet<qint64> downInstances;              // registry instance ids (the instance_id label)
    QHash<QString, int> downByRegion;        // "cloud/region" -> instances down
    QSet<QString> unscrapedRegions;          // "cloud/region" whose scrape target is down
    QDateTime fetchedAt;                     // invalid: never answered
    bool stale = false;                      // the last poll failed; the sets are the previous ones
    QString error;

    static QString regionKey(const QString &cloud, const QString &region) { return cloud + u'/' + region; }
    bool hasData() const { return fetchedAt.isValid(); }
    bool regionHasProblem(const QString &key) const
    {
        return downByRegion.value(key) > 0 || unscrapedRegions.contains(key);
    }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::PromFleetHealth)
