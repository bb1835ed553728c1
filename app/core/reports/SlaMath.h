#pragma once

#include "ReportData.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace looma {

// One health transition of one instance as the registry records it in health_events (state words in
// lower case); the checker's own HealthTransition carries enum states instead.
struct RecordedTransition
{
    qint64 instanceId = 0;
    QString fromState;
    QString toState;
    QDateTime at;
    QString service;
    QString endpoint;
    QString cloud;
    QString region;
    QString observer;
    QString detail;
};

// The report's arithmetic, pure and separately tested. Availability is request-based:
// good / total over the range, where good = total - failed (5xx for AI, status="error" for the CRM).
// NaN in, or no traffic, gives NaN out: "no data" is never reported as 100 %.
class SlaMath final
{
public:
    static double availability(double good, double total);
    static double errorRate(double failed, double total);
    // Share of the error budget (1 - target) the range's failures used, in percent; may pass 100.
    static double errorBudgetUsedPercent(double availability, double targetAvailability);
    static SummaryRow::Verdict atLeast(double value, double target); // availability
    static SummaryRow::Verdict atMost(double value, double target);  // latency, error rate
    // Fills the derived figures of a row from its counts and p95.
    static void complete(SummaryRow *row, const SlaTargets &targets);

    // Outages from transitions (any order, several instances): an outage starts when an instance
    // goes to critical and ends at its next transition to passing. One still critical at `to` is
    // open and ends at `to`; one critical before `from` (its transition may lie before the range)
    // counts from `from`. Durations are clipped to [from, to). Sorted by start, then instance.
    static QList<Incident> outages(QList<RecordedTransition> transitions, const QDateTime &from,
                                   const QDateTime &to);
    static qint64 clippedSeconds(const QDateTime &start, const QDateTime &end, const QDateTime &from,
                                 const QDateTime &to);
};

} // namespace looma
