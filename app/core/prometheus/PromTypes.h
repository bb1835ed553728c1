#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace looma {

// Plain values decoded from Prometheus's HTTP API; they cross threads and queued signals by value.
// Timestamps of samples are milliseconds since the epoch (Prometheus sends float seconds), so a
// matrix of thousands of points does not carry a QDateTime per point.

using PromLabels = QMap<QString, QString>;

struct PromPoint
{
    qint64 timestampMs = 0;
    double value = 0.0; // NaN and +-Inf are kept as such; charts decide how to draw them
};

struct PromSample
{
    PromLabels labels;
    double value = 0.0;
    qint64 timestampMs = 0;
};

struct PromSeries
{
    PromLabels labels;
    QList<PromPoint> points;
};

enum class PromAlertState { Inactive, Pending, Firing };

struct PromAlert
{
    PromLabels labels;
    PromLabels annotations;
    PromAlertState state = PromAlertState::Inactive;
    QDateTime activeAt; // invalid if Prometheus did not say
    double value = 0.0;
};

enum class PromTargetHealth { Unknown, Up, Down };

struct PromTarget
{
    PromLabels labels;
    QString scrapePool;
    QString scrapeUrl;
    PromTargetHealth health = PromTargetHealth::Unknown;
    QString lastError;
    QDateTime lastScrape; // invalid if never scraped
};

// /api/v1/query and /api/v1/query_range. Only the member matching `type` is filled.
struct PromQueryResult
{
    enum class Type { Vector, Matrix, Scalar, String };
    Type type = Type::Vector;
    QList<PromSample> samples; // Vector
    QList<PromSeries> series;  // Matrix
    PromSample scalar;         // Scalar (labels empty)
    QString stringValue;       // String
    qint64 stringTimestampMs = 0;
    QStringList warnings; // Prometheus's warnings, plus the parser's own notes; shown to the user
};

struct PromAlertsResult
{
    QList<PromAlert> alerts;
    QStringList warnings;
};

struct PromTargetsResult
{
    QList<PromTarget> targets; // active targets only
    QStringList warnings;
};

} // namespace looma

Q_DECLARE_METATYPE(looma::PromPoint)
Q_DECLARE_METATYPE(looma::PromSample)
Q_DECLARE_METATYPE(looma::PromSeries)
Q_DECLARE_METATYPE(looma::PromAlert)
Q_DECLARE_METATYPE(looma::PromTarget)
Q_DECLARE_METATYPE(looma::PromQueryResult)
Q_DECLARE_METATYPE(looma::PromAlertsResult)
Q_DECLARE_METATYPE(looma::PromTargetsResult)
