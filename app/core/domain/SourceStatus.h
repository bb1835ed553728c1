#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace looma {

// How a data source (registry, Prometheus, scheduler) is doing, for the status bar and stale marks.
struct SourceStatus
{
    enum class State { NotConfigured, Connecting, Live, Stale };
    State state = State::NotConfigured;
    QDateTime lastSuccess; // when data last arrived; invalid if never
    QString error;         // the last failure, in words for the user; empty when live

    bool isStale() const { return state != State::Live; }
    qint64 ageSeconds(const QDateTime &now) const
    {
        return lastSuccess.isValid() ? lastSuccess.secsTo(now) : -1;
    }
};

} // namespace looma

Q_DECLARE_METATYPE(looma::SourceStatus)
