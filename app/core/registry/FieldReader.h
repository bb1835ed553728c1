#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>
#include <iterator>
#include <optional>

namespace looma {

// One column of one result row as libpq handed it over (text format): no copy, no allocation.
struct RawField
{
    const char *data = nullptr; // nullptr: SQL NULL
    int size = 0;
    bool isNull() const { return data == nullptr; }
};
using RawRow = QVarLengthArray<RawField, 16>;

// Reads typed values out of a RawRow and validates them on the way, remembering the first problem.
// Decoders call it field by field and test ok() at the end, so a malformed row costs one branch per
// field and becomes a RejectedRow instead of an exception or a crash.
class FieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(looma::FieldReader)

public:
    explicit FieldReader(const RawRow &row)
        : m_row(row)
    {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Required positive key.
    qint64 id(int column, const char *name);
    // NOT NULL integer within [min, max].
    qint64 integer(int column, const char *name, qint64 min, qint64 max);
    // Nullable integer within [min, max]; NULL gives nullValue.
    qint64 optionalInteger(int column, const char *name, qint64 min, qint64 max, qint64 nullValue);
    // NOT NULL text of minLength..maxLength characters.
    QString text(int column, const char *name, int minLength, int maxLength);
    // Nullable text; NULL gives an empty string.
    QString optionalText(int column, const char *name, int maxLength);
    // Milliseconds since the epoch (the queries convert timestamptz in SQL); NULL gives an invalid
    // QDateTime when nullable, an error otherwise.
    QDateTime time(int column, const char *name, bool nullable);

    // Enum word through one of DomainEnums' parsers, without allocating.
    template <typename Enum>
    Enum word(int column, const char *name, std::optional<Enum> (*parse)(QStringView), Enum fallback)
    {
        const RawField f = field(column, name);
        if (!ok())
            return fallback;
        char16_t buffer[32];
        if (f.size > int(std::size(buffer)))
            return fail(name, tr("unknown word (too long)")), fallback;
        for (int i = 0; i < f.size; ++i)
            buffer[i] = char16_t(static_cast<unsigned char>(f.data[i]));
        if (const auto value = parse(QStringView(buffer, f.size)))
            return *value;
        fail(name, tr("unknown word \"%1\"").arg(QString::fromUtf8(f.data, qMin(f.size, 32))));
        return fallback;
    }

    // Records a problem found by a check outside the reader (endpoint, URL, cross-field rules).
    void fail(const char *name, const QString &reason);
    // Runs a validator (empty result: fine) on a value already read.
    void check(const char *name, const QString &problem)
    {
        if (!problem.isEmpty())
            fail(name, problem);
    }

private:
    RawField field(int column, const char *name);
    static std::optional<qint64> parseInteger(const RawField &f);

    const RawRow &m_row;
    QString m_error;
};

} // namespace looma
