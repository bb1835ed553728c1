#include "FieldChecks.h"

#include <QUrl>

namespace looma {
namespace {

bool isHostChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
           c == u'_' || c == u'.';
}

bool parsePort(QStringView text, int *port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    *port = value;
    return value >= 1 && value <= 65535;
}

// The registry's health URLs are nearly all of one plain shape: http(s)://host[:port]/path[?query]
// in ASCII with no percent-escapes, user info or fragment. Parsing each with QUrl was a third of a
// full load's decode time at 50,000 instances. This accepts only URLs that QUrl's strict mode also
// accepts (tst_fieldchecks compares the two on generated strings); anything else, valid or not,
// goes to QUrl.
bool isDnsLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
}

bool isPlainPathChar(QChar c)
{
    // RFC 3986 unreserved, sub-delims, ':', '@', '/' and '?' (path and query), without '%'.
    if (isDnsLabelChar(c) || c == u'.' || c == u'_' || c == u'~')
        return true;
    switch (c.unicode()) {
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',': case ';':
    case '=': case ':': case '@': case '/': case '?':
        return true;
    default:
        return false;
    }
}

bool isPlainHttpUrl(QStringView value)
{
    qsizetype at = 0;
    if (value.startsWith(QLatin1String("http://")))
        at = 7;
    else if (value.startsWith(QLatin1String("https://")))
        at = 8;
    else
        return false;
    // Host: dot-separated labels of letters, digits and '-', not starting or ending with '-'.
    qsizetype labelStart = at;
    for (;; ++at) {
        const bool end = at == value.size() || value[at] == u'.' || value[at] == u':' || value[at] == u'/';
        if (!end) {
            if (!isDnsLabelChar(value[at]))
                return false;
            continue;
        }
        const qsizetype length = at - labelStart;
        if (length == 0 || length > 63 || value[labelStart] == u'-' || value[at - 1] == u'-')
            return false;
        if (at == value.size() || value[at] != u'.')
            break;
        labelStart = at + 1;
    }
    if (at < value.size() && value[at] == u':') {
        const qsizetype portStart = ++at;
        while (at < value.size() && value[at] >= u'0' && value[at] <= u'9')
            ++at;
        int port = 0;
        if (!parsePort(value.mid(portStart, at - portStart), &port))
            return false;
    }
    if (at == value.size())
        return true;
    if (value[at] != u'/')
        return false;
    for (; at < value.size(); ++at) {
        if (!isPlainPathChar(value[at]))
            return false;
    }
    return true;
}

} // namespace

QString FieldChecks::hostname(QStringView value)
{
    if (value.isEmpty() || value.size() > 253)
        return tr("host name must have 1 to 253 characters");
    int label = 0;
    for (const QChar c : value) {
        if (!isHostChar(c))
            return tr("host name contains '%1'").arg(c);
        label = c == u'.' ? 0 : label + 1;
        if (label > 63)
            return tr("host name label longer than 63 characters");
    }
    if (value.startsWith(u'.') || value.endsWith(u'-') || value.startsWith(u'-') || value.contains(u".."))
        return tr("host name is malformed");
    return {};
}

QString FieldChecks::ipAddress(QStringView value)
{
    if (value.isEmpty() || value.size() > 45)
        return tr("IP address must have 1 to 45 characters");
    const bool v6 = value.contains(u':');
    int dots = 0;
    for (const QChar c : value) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool hex = digit || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (c == u'.')
            ++dots;
        else if (!(v6 ? (hex || c == u':') : digit))
            return tr("IP address contains '%1'").arg(c);
    }
    if (!v6 && dots != 3)
        return tr("IPv4 address needs four parts");
    return {};
}

QString FieldChecks::endpoint(QStringView value)
{
    if (value.isEmpty())
        return tr("endpoint is empty");
    QStringView host;
    QStringView portText;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        if (close < 0 || close + 1 >= value.size() || value.at(close + 1) != u':')
            return tr("endpoint \"%1\" has no port").arg(value.left(64));
        host = value.mid(1, close - 1);
        portText = value.mid(close + 2);
        if (const QString problem = ipAddress(host); !problem.isEmpty())
            return problem;
    } else {
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon < 0)
            return tr("endpoint \"%1\" has no port").arg(value.left(64));
        host = value.left(colon);
        portText = value.mid(colon + 1);
        if (host.contains(u':'))
            return tr("IPv6 endpoint must be written [address]:port");
        if (const QString problem = hostname(host); !problem.isEmpty())
            return problem;
    }
    int port = 0;
    if (!parsePort(portText, &port))
        return tr("endpoint port \"%1\" is not 1..65535").arg(portText.left(16));
    return {};
}

QString FieldChecks::healthCheckUrl(QStringView value)
{
    if (value.isEmpty())
        return {};
    if (value.size() > 2048)
        return tr("URL longer than 2048 characters");
    if (isPlainHttpUrl(value))
        return {};
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!url.isValid())
        return tr("malformed URL: %1").arg(url.errorString());
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("URL scheme must be http or https");
    if (url.host().isEmpty())
        return tr("URL has no host");
    return {};
}

QString FieldChecks::checkPath(QStringView value)
{
    if (!value.startsWith(u'/'))
        return tr("check path must start with '/'");
    for (const QChar c : value) {
        if (c.unicode() < 0x21 || c.unicode() == 0x7f)
            return tr("check path contains a space or control character");
    }
    return {};
}

} // namespace looma
