#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtNumeric>

namespace looma {

// One element of a Prometheus instant vector: its labels and its value. The Prometheus client
// delivers query results in this shape; the store joins them onto registry rows by LabelMapping.
struct MetricSample
{
    QHash<QString, QString> labels;
    double value = qQNaN();
};

} // namespace looma

Q_DECLARE_METATYPE(looma::MetricSample)
