#include "ConnectionStrings.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace looma::connstr {
namespace {

// A keyword/value password: "password=x", "password = 'a b'", with libpq's backslash escapes.
const QRegularExpression &keywordPassword()
{
    static const QRegularExpression re(QStringLiteral(R"((^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S*))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool isUri(QStringView dsn)
{
    const QStringView trimmed = dsn.trimmed();
    return trimmed.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://", Qt::CaseInsensitive);
}

bool hasPassword(const QString &dsn)
{
    if (!isUri(dsn))
        return keywordPassword().match(dsn).hasMatch();
    const QUrl url(dsn.trimmed());
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return true;
    return QUrlQuery(url).hasQueryItem(QStringLiteral("password"));
}

QString withoutPassword(const QString &dsn)
{
    if (!isUri(dsn)) {
        QString copy = dsn;
        copy.replace(keywordPassword(), QStringLiteral("\\1"));
        return copy.trimmed();
    }
    QUrl url(dsn.trimmed());
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

} // namespace looma::connstr
