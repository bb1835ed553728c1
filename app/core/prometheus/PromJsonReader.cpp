#include "PromJsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>
#include <limits>

namespace looma {

namespace {

// Seconds as Prometheus sends them -> milliseconds; refuses values no real clock produces.
bool secondsToMs(const QJsonValue &v, qint64 *ms)
{
    if (!v.isDouble())
        return false;
    const double s = v.toDouble();
    if (!std::isfinite(s) || s < -1e11 || s > 1e11)
        return false;
    *ms = static_cast<qint64>(std::llround(s * 1000.0));
    return true;
}

bool readPairHead(const QJsonValue &value, qint64 *timestampMs, QString *second, QString *why)
{
    if (!value.isArray()) {
        *why = PromJsonReader::tr("expected a [time, \"value\"] pair");
        return false;
    }
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2) {
        *why = PromJsonReader::tr("expected a [time, \"value\"] pair, got %n element(s)", nullptr,
                                  int(pair.size()));
        return false;
    }
    if (!secondsToMs(pair.at(0), timestampMs)) {
        *why = PromJsonReader::tr("the time is not a plausible number of seconds");
        return false;
    }
    if (!pair.at(1).isString()) {
        *why = PromJsonReader::tr("the value is not a string");
        return false;
    }
    *second = pair.at(1).toString();
    return true;
}

QString snippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += QStringLiteral("…");
    return text;
}

} // namespace

std::optional<double> PromJsonReader::parseValue(QStringView text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    // toDouble also accepts "nan"/"inf" spellings Prometheus never sends; only finite here.
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<QDateTime> PromJsonReader::parseRfc3339(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u"0001-01-01T00:00:00"))
        return QDateTime();
    // Qt's ISO parser takes milliseconds; Go writes up to nine fraction digits. Keep three.
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$)"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QString frac = QString(m.captured(2) + QStringLiteral("000")).left(3);
    const QString normalised = m.captured(1) + QLatin1Char('.') + frac + m.captured(3);
    QDateTime dt = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

PromError PromJsonReader::readEnvelope(const QByteArray &body, int httpStatus, QJsonValue *data,
                                       QStringList *warnings)
{
    const bool httpOk = httpStatus == 0 || (httpStatus >= 200 && httpStatus < 300);
    if (body.isEmpty()) {
        if (!httpOk)
            return {PromError::Kind::Http,
                    tr("Prometheus answered HTTP %1 with an empty body.").arg(httpStatus), httpStatus};
        return {PromError::Kind::Parse, tr("Prometheus answered with an empty body."), httpStatus};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        // A proxy's HTML error page is an HTTP problem, not a parser problem.
        if (!httpOk)
            return {PromError::Kind::Http,
                    tr("Prometheus answered HTTP %1: %2").arg(httpStatus).arg(snippet(body)),
                    httpStatus};
        const QString why = pe.error != QJsonParseError::NoError
            ? tr("%1 at byte %2").arg(pe.errorString()).arg(pe.offset)
            : tr("the top level is not a JSON object");
        return {PromError::Kind::Parse, tr("Prometheus's answer is not valid JSON: %1.").arg(why),
                httpStatus};
    }
    const QJsonObject root = doc.object();
    const QJsonValue warn = root.value(QLatin1String("warnings"));
    if (warn.isArray()) {
        for (const QJsonValue &w : warn.toArray())
            if (w.isString())
                warnings->append(w.toString());
    }
    const QString status = root.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error")) {
        const QString type = root.value(QLatin1String("errorType")).toString();
        QString message = root.value(QLatin1String("error")).toString();
        if (message.isEmpty())
            message = tr("no reason given");
        return {PromError::Kind::Api,
                type.isEmpty() ? tr("Prometheus refused the request: %1").arg(message)
                               : tr("Prometheus refused the request (%1): %2").arg(type, message),
                httpStatus, type};
    }
    if (status != QLatin1String("success"))
        return parseError(QStringLiteral("status"), tr("expected \"success\" or \"error\""));
    if (!httpOk)
        return {PromError::Kind::Http,
                tr("Prometheus answered HTTP %1 with a success body.").arg(httpStatus), httpStatus};
    if (!root.contains(QLatin1String("data")))
        return parseError(QStringLiteral("data"), tr("missing"));
    *data = root.value(QLatin1String("data"));
    return {};
}

bool PromJsonReader::readLabels(const QJsonValue &value, PromLabels *out, QString *why)
{
    out->clear();
    if (value.isUndefined() || value.isNull())
        return true; // Prometheus omits "metric" for a scalar-like vector element
    if (!value.isObject()) {
        *why = tr("the label set is not a JSON object");
        return false;
    }
    const QJsonObject obj = value.toObject();
    if (obj.size() > MaxLabelsPerSet) {
        *why = tr("the label set has %1 labels; more than %2 is refused")
                   .arg(obj.size())
                   .arg(MaxLabelsPerSet);
        return false;
    }
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!it.value().isString()) {
            *why = tr("label \"%1\" is not a string").arg(it.key().left(100));
            return false;
        }
        const QString v = it.value().toString();
        if (it.key().size() > MaxLabelTextChars || v.size() > MaxLabelTextChars) {
            *why = tr("label \"%1\" is implausibly long").arg(it.key().left(100));
            return false;
        }
        out->insert(it.key(), v);
    }
    return true;
}

bool PromJsonReader::readSamplePair(const QJsonValue &value, qint64 *timestampMs, double *sample,
                                    QString *why)
{
    QString text;
    if (!readPairHead(value, timestampMs, &text, why))
        return false;
    const auto v = parseValue(text);
    if (!v) {
        *why = tr("\"%1\" is not a sample value").arg(text.left(64));
        return false;
    }
    *sample = *v;
    return true;
}

bool PromJsonReader::readStringPair(const QJsonValue &value, qint64 *timestampMs, QString *text,
                                    QString *why)
{
    return readPairHead(value, timestampMs, text, why);
}

PromError PromJsonReader::parseError(const QString &where, const QString &why)
{
    return {PromError::Kind::Parse,
            tr("Prometheus's answer has an unexpected shape at %1: %2.").arg(where, why)};
}

} // namespace looma
