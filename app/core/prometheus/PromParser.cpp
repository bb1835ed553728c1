#include "PromParser.h"

#include "PromJsonReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace looma {

namespace {

using R = PromJsonReader;

QString at(const char *array, qsizetype i, const char *member = nullptr)
{
    QString s = QLatin1String(array) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    if (member)
        s += QLatin1Char('.') + QLatin1String(member);
    return s;
}

QString histogramNote()
{
    return R::tr("Native histogram samples were skipped; the console shows float samples only.");
}

PromError readVector(const QJsonValue &result, PromQueryResult *out)
{
    if (!result.isArray())
        return R::parseError(QStringLiteral("data.result"), R::tr("a vector must be an array"));
    const QJsonArray items = result.toArray();
    out->samples.reserve(items.size());
    bool skippedHistogram = false;
    QString why;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return R::parseError(at("data.result", i), R::tr("not an object"));
        const QJsonObject item = items.at(i).toObject();
        if (!item.contains(QLatin1String("value")) && item.contains(QLatin1String("histogram"))) {
            skippedHistogram = true;
            continue;
        }
        PromSample s;
        if (!R::readLabels(item.value(QLatin1String("metric")), &s.labels, &why))
            return R::parseError(at("data.result", i, "metric"), why);
        if (!R::readSamplePair(item.value(QLatin1String("value")), &s.timestampMs, &s.value, &why))
            return R::parseError(at("data.result", i, "value"), why);
        out->samples.append(std::move(s));
    }
    if (skippedHistogram)
        out->warnings.append(histogramNote());
    return {};
}

PromError readMatrix(const QJsonValue &result, PromQueryResult *out)
{
    if (!result.isArray())
        return R::parseError(QStringLiteral("data.result"), R::tr("a matrix must be an array"));
    const QJsonArray items = result.toArray();
    out->series.reserve(items.size());
    bool skippedHistogram = false;
    QString why;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return R::parseError(at("data.result", i), R::tr("not an object"));
        const QJsonObject item = items.at(i).toObject();
        PromSeries s;
        if (!R::readLabels(item.value(QLatin1String("metric")), &s.labels, &why))
            return R::parseError(at("data.result", i, "metric"), why);
        const QJsonValue values = item.value(QLatin1String("values"));
        if (values.isUndefined() && item.contains(QLatin1String("histograms"))) {
            skippedHistogram = true;
            continue;
        }
        if (!values.isArray())
            return R::parseError(at("data.result", i, "values"), R::tr("not an array"));
        const QJsonArray points = values.toArray();
        s.points.reserve(points.size());
        for (qsizetype j = 0; j < points.size(); ++j) {
            PromPoint p;
            if (!R::readSamplePair(points.at(j), &p.timestampMs, &p.value, &why))
                return R::parseError(at("data.result", i, "values") + QLatin1Char('[')
                                         + QString::number(j) + QLatin1Char(']'),
                                     why);
            s.points.append(p);
        }
        out->series.append(std::move(s));
    }
    if (skippedHistogram)
        out->warnings.append(histogramNote());
    return {};
}

bool readMap(const QJsonObject &obj, const char *member, PromLabels *out, QString *where,
             QString *why, const QString &prefix)
{
    if (R::readLabels(obj.value(QLatin1String(member)), out, why))
        return true;
    *where = prefix + QLatin1Char('.') + QLatin1String(member);
    return false;
}

PromAlertState alertState(const QString &s)
{
    if (s == QLatin1String("firing"))
        return PromAlertState::Firing;
    if (s == QLatin1String("pending"))
        return PromAlertState::Pending;
    return PromAlertState::Inactive;
}

PromTargetHealth targetHealth(const QString &s)
{
    if (s == QLatin1String("up"))
        return PromTargetHealth::Up;
    if (s == QLatin1String("down"))
        return PromTargetHealth::Down;
    return PromTargetHealth::Unknown;
}

// A field that must be a string when present.
bool optionalString(const QJsonObject &obj, const char *member, QString *out)
{
    const QJsonValue v = obj.value(QLatin1String(member));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

} // namespace

PromError PromParser::parseQuery(const QByteArray &body, int httpStatus, PromQueryResult *out)
{
    PromError e = parseQueryImpl(body, httpStatus, out);
    if (e.isError() && e.httpStatus == 0)
        e.httpStatus = httpStatus;
    return e;
}

PromError PromParser::parseQueryImpl(const QByteArray &body, int httpStatus, PromQueryResult *out)
{
    QJsonValue data;
    PromQueryResult r;
    PromError err = R::readEnvelope(body, httpStatus, &data, &r.warnings);
    if (err.isError())
        return err;
    if (!data.isObject())
        return R::parseError(QStringLiteral("data"), R::tr("not an object"));
    const QJsonObject obj = data.toObject();
    const QString type = obj.value(QLatin1String("resultType")).toString();
    const QJsonValue result = obj.value(QLatin1String("result"));
    QString why;
    if (type == QLatin1String("vector")) {
        r.type = PromQueryResult::Type::Vector;
        err = readVector(result, &r);
    } else if (type == QLatin1String("matrix")) {
        r.type = PromQueryResult::Type::Matrix;
        err = readMatrix(result, &r);
    } else if (type == QLatin1String("scalar")) {
        r.type = PromQueryResult::Type::Scalar;
        if (!R::readSamplePair(result, &r.scalar.timestampMs, &r.scalar.value, &why))
            err = R::parseError(QStringLiteral("data.result"), why);
    } else if (type == QLatin1String("string")) {
        r.type = PromQueryResult::Type::String;
        if (!R::readStringPair(result, &r.stringTimestampMs, &r.stringValue, &why))
            err = R::parseError(QStringLiteral("data.result"), why);
    } else {
        err = R::parseError(QStringLiteral("data.resultType"),
                            R::tr("unknown result type \"%1\"").arg(type.left(40)));
    }
    if (err.isError())
        return err;
    *out = std::move(r);
    return {};
}

PromError PromParser::parseAlerts(const QByteArray &body, int httpStatus, PromAlertsResult *out)
{
    PromError e = parseAlertsImpl(body, httpStatus, out);
    if (e.isError() && e.httpStatus == 0)
        e.httpStatus = httpStatus;
    return e;
}

PromError PromParser::parseAlertsImpl(const QByteArray &body, int httpStatus, PromAlertsResult *out)
{
    QJsonValue data;
    PromAlertsResult r;
    PromError err = R::readEnvelope(body, httpStatus, &data, &r.warnings);
    if (err.isError())
        return err;
    const QJsonValue alerts = data.toObject().value(QLatin1String("alerts"));
    if (!alerts.isArray())
        return R::parseError(QStringLiteral("data.alerts"), R::tr("not an array"));
    const QJsonArray items = alerts.toArray();
    r.alerts.reserve(items.size());
    QString where, why;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = at("data.alerts", i);
        if (!items.at(i).isObject())
            return R::parseError(prefix, R::tr("not an object"));
        const QJsonObject item = items.at(i).toObject();
        PromAlert a;
        if (!readMap(item, "labels", &a.labels, &where, &why, prefix)
            || !readMap(item, "annotations", &a.annotations, &where, &why, prefix))
            return R::parseError(where, why);
        QString state, activeAt;
        if (!optionalString(item, "state", &state))
            return R::parseError(prefix + QStringLiteral(".state"), R::tr("not a string"));
        a.state = alertState(state);
        if (!optionalString(item, "activeAt", &activeAt))
            return R::parseError(prefix + QStringLiteral(".activeAt"), R::tr("not a string"));
        const auto when = R::parseRfc3339(activeAt);
        if (!when)
            return R::parseError(prefix + QStringLiteral(".activeAt"), R::tr("not an RFC 3339 time"));
        a.activeAt = *when;
        // Prometheus 2.x sends the value as a string ("1e+00"); older ones as a number.
        const QJsonValue v = item.value(QLatin1String("value"));
        if (v.isString()) {
            const auto d = R::parseValue(v.toString());
            if (!d)
                return R::parseError(prefix + QStringLiteral(".value"), R::tr("not a sample value"));
            a.value = *d;
        } else if (v.isDouble()) {
            a.value = v.toDouble();
        } else if (!v.isUndefined() && !v.isNull()) {
            return R::parseError(prefix + QStringLiteral(".value"), R::tr("not a number"));
        }
        r.alerts.append(std::move(a));
    }
    *out = std::move(r);
    return {};
}

PromError PromParser::parseTargets(const QByteArray &body, int httpStatus, PromTargetsResult *out)
{
    PromError e = parseTargetsImpl(body, httpStatus, out);
    if (e.isError() && e.httpStatus == 0)
        e.httpStatus = httpStatus;
    return e;
}

PromError PromParser::parseTargetsImpl(const QByteArray &body, int httpStatus, PromTargetsResult *out)
{
    QJsonValue data;
    PromTargetsResult r;
    PromError err = R::readEnvelope(body, httpStatus, &data, &r.warnings);
    if (err.isError())
        return err;
    const QJsonValue active = data.toObject().value(QLatin1String("activeTargets"));
    if (!active.isArray())
        return R::parseError(QStringLiteral("data.activeTargets"), R::tr("not an array"));
    const QJsonArray items = active.toArray();
    r.targets.reserve(items.size());
    QString where, why;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = at("data.activeTargets", i);
        if (!items.at(i).isObject())
            return R::parseError(prefix, R::tr("not an object"));
        const QJsonObject item = items.at(i).toObject();
        PromTarget t;
        if (!readMap(item, "labels", &t.labels, &where, &why, prefix))
            return R::parseError(where, why);
        QString health, lastScrape;
        if (!optionalString(item, "scrapePool", &t.scrapePool)
            || !optionalString(item, "scrapeUrl", &t.scrapeUrl)
            || !optionalString(item, "lastError", &t.lastError)
            || !optionalString(item, "health", &health)
            || !optionalString(item, "lastScrape", &lastScrape))
            return R::parseError(prefix, R::tr("a text field is not a string"));
        t.health = targetHealth(health);
        const auto when = R::parseRfc3339(lastScrape);
        if (!when)
            return R::parseError(prefix + QStringLiteral(".lastScrape"),
                                 R::tr("not an RFC 3339 time"));
        t.lastScrape = *when;
        r.targets.append(std::move(t));
    }
    *out = std::move(r);
    return {};
}

} // namespace looma
