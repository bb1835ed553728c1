#pragma once

#include <QString>
#include <stdexcept>

namespace looma {

// A registry failure already put into words for the user (translated), thrown by the migrator and
// the query layer so callers print or show what() without knowing libpqxx's exception types.
class RegistryError final : public std::runtime_error
{
public:
    enum class Kind
    {
        Connection,
        SchemaTooNew,
        Query
    };

    RegistryError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind = Kind::Query;
    QString m_message;
};

} // namespace looma
