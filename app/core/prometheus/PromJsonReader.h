#pragma once

#include "PromError.h"
#include "PromTypes.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <optional>

namespace looma {

// Building blocks shared by the endpoint parsers: the response envelope, label sets, sample
// pairs, Prometheus's float strings and RFC 3339 times. Every reader checks types and limits and
// reports a short reason instead of guessing, so hostile or broken bodies never crash the console.
class PromJsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(PromJsonReader)

public:
    // Real series carry tens of labels; a set past these limits is a broken or hostile server.
    static constexpr int MaxLabelsPerSet = 512;
    static constexpr int MaxLabelTextChars = 64 * 1024;

    // "NaN", "+Inf", "-Inf" and Go's float formats ("1e+00", "0.25"); nullopt for anything else.
    static std::optional<double> parseValue(QStringView text);
    // RFC 3339 with up to nanosecond fractions; Go's zero time ("0001-01-01T00:00:00Z") and empty
    // text give an invalid QDateTime; nullopt when the text is not a time at all.
    static std::optional<QDateTime> parseRfc3339(QStringView text);

    // Decodes the envelope {status, data, errorType, error, warnings}. On success *data is the
    // "data" member and *warnings holds Prometheus's warnings; otherwise the error says why.
    static PromError readEnvelope(const QByteArray &body, int httpStatus, QJsonValue *data,
                                  QStringList *warnings);

    // The readers below return false with *why set (English-free of context: the caller prefixes
    // the JSON path).
    static bool readLabels(const QJsonValue &value, PromLabels *out, QString *why);
    static bool readSamplePair(const QJsonValue &value, qint64 *timestampMs, double *sample,
                               QString *why);
    static bool readStringPair(const QJsonValue &value, qint64 *timestampMs, QString *text,
                               QString *why);

    // A Parse error naming where in the answer the problem is.
    static PromError parseError(const QString &where, const QString &why);
};

} // namespace looma
