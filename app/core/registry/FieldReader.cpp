#include "FieldReader.h"

#include <charconv>
#include <limits>

namespace looma {

RawField FieldReader::field(int column, const char *name)
{
    if (column >= m_row.size()) {
        fail(name, tr("missing column"));
        return {};
    }
    return m_row[column];
}

void FieldReader::fail(const char *name, const QString &reason)
{
    if (m_error.isEmpty())
        m_error = QLatin1String(name) + QLatin1String(": ") + reason;
}

std::optional<qint64> FieldReader::parseInteger(const RawField &f)
{
    qint64 value = 0;
    const char *end = f.data + f.size;
    const auto [ptr, ec] = std::from_chars(f.data, end, value);
    if (ec != std::errc() || ptr != end || f.size == 0)
        return std::nullopt;
    return value;
}

qint64 FieldReader::id(int column, const char *name)
{
    return integer(column, name, 1, std::numeric_limits<qint64>::max());
}

qint64 FieldReader::integer(int column, const char *name, qint64 min, qint64 max)
{
    const RawField f = field(column, name);
    if (!ok())
        return 0;
    if (f.isNull()) {
        fail(name, tr("NULL where a value is required"));
        return 0;
    }
    return optionalInteger(column, name, min, max, 0);
}

qint64 FieldReader::optionalInteger(int column, const char *name, qint64 min, qint64 max, qint64 nullValue)
{
    const RawField f = field(column, name);
    if (!ok() || f.isNull())
        return nullValue;
    const auto value = parseInteger(f);
    if (!value) {
        fail(name, tr("not an integer"));
        return nullValue;
    }
    if (*value < min || *value > max) {
        fail(name, tr("%1 is outside %2..%3").arg(*value).arg(min).arg(max));
        return nullValue;
    }
    return *value;
}

QString FieldReader::text(int column, const char *name, int minLength, int maxLength)
{
    const RawField f = field(column, name);
    if (!ok())
        return {};
    if (f.isNull()) {
        fail(name, tr("NULL where text is required"));
        return {};
    }
    // A UTF-8 character takes at most 4 bytes: reject a megabyte string before converting it.
    if (f.size > 4 * maxLength) {
        fail(name, tr("%1 bytes, longer than the %2 characters allowed").arg(f.size).arg(maxLength));
        return {};
    }
    QString value = QString::fromUtf8(f.data, f.size);
    if (value.size() < minLength || value.size() > maxLength) {
        fail(name, tr("length %1 is outside %2..%3").arg(value.size()).arg(minLength).arg(maxLength));
        return {};
    }
    return value;
}

QString FieldReader::optionalText(int column, const char *name, int maxLength)
{
    const RawField f = field(column, name);
    if (!ok() || f.isNull())
        return {};
    return text(column, name, 0, maxLength);
}

QDateTime FieldReader::time(int column, const char *name, bool nullable)
{
    const RawField f = field(column, name);
    if (!ok())
        return {};
    if (f.isNull()) {
        if (!nullable)
            fail(name, tr("NULL where a time is required"));
        return {};
    }
    const auto ms = parseInteger(f);
    if (!ms) {
        fail(name, tr("not a time"));
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

} // namespace looma
