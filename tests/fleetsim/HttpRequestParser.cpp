#include "HttpRequestParser.h"

#include <cctype>

namespace looma::fleetsim {
namespace {

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isTokenChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// Does a comma-separated header value (Connection: keep-alive, Upgrade) hold this token?
bool hasToken(std::string_view value, std::string_view token)
{
    while (!value.empty()) {
        const std::size_t comma = value.find(',');
        if (equalsNoCase(trim(value.substr(0, comma)), token))
            return true;
        if (comma == std::string_view::npos)
            break;
        value.remove_prefix(comma + 1);
    }
    return false;
}

HttpRequestParser::Result error(int code)
{
    return {HttpRequestParser::Status::Error, 0, code};
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parse(std::string_view buffer, HttpRequest *request)
{
    // Tolerate the blank lines RFC 9112 allows before a request (some clients send CRLF after a body).
    std::size_t start = 0;
    while (start < buffer.size() && (buffer[start] == '\r' || buffer[start] == '\n'))
        ++start;
    const std::size_t headerEnd = buffer.find("\r\n\r\n", start);
    if (headerEnd == std::string_view::npos)
        return buffer.size() - start > maxHeaderBytes ? error(431) : Result{};
    if (headerEnd - start > maxHeaderBytes)
        return error(431);

    std::string_view head = buffer.substr(start, headerEnd - start);
    const std::size_t lineEnd = head.find("\r\n");
    std::string_view requestLine = head.substr(0, lineEnd);
    head = lineEnd == std::string_view::npos ? std::string_view() : head.substr(lineEnd + 2);

    const std::size_t sp1 = requestLine.find(' ');
    const std::size_t sp2 = sp1 == std::string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
    if (sp1 == 0 || sp2 == std::string_view::npos || sp2 == sp1 + 1)
        return error(400);
    const std::string_view method = requestLine.substr(0, sp1);
    const std::string_view target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = requestLine.substr(sp2 + 1);
    for (char c : method) {
        if (!isTokenChar(c))
            return error(400);
    }
    if (target.find(' ') != std::string_view::npos || target.front() != '/')
        return error(400);
    if (version.size() != 8 || version.substr(0, 7) != "HTTP/1." || (version[7] != '0' && version[7] != '1'))
        return error(version.substr(0, 5) == "HTTP/" ? 505 : 400);

    request->method.assign(method);
    request->target.assign(target);
    request->minorVersion = version[7] - '0';
    request->keepAlive = request->minorVersion == 1;
    request->body.clear();

    std::size_t contentLength = 0;
    bool sawLength = false;
    while (!head.empty()) {
        const std::size_t eol = head.find("\r\n");
        const std::string_view line = head.substr(0, eol);
        head = eol == std::string_view::npos ? std::string_view() : head.substr(eol + 2);
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return error(400);
        const std::string_view name = line.substr(0, colon);
        for (char c : name) {
            if (!isTokenChar(c))
                return error(400); // also rejects obsolete line folding and "Name :" smuggling tricks
        }
        const std::string_view value = trim(line.substr(colon + 1));
        if (equalsNoCase(name, "content-length")) {
            if (value.empty() || value.size() > 9)
                return error(value.empty() ? 400 : 413);
            std::size_t n = 0;
            for (char c : value) {
                if (c < '0' || c > '9')
                    return error(400);
                n = n * 10 + std::size_t(c - '0');
            }
            if (sawLength && n != contentLength)
                return error(400);
            sawLength = true;
            contentLength = n;
        } else if (equalsNoCase(name, "transfer-encoding")) {
            return error(501);
        } else if (equalsNoCase(name, "connection")) {
            if (hasToken(value, "close"))
                request->keepAlive = false;
            else if (hasToken(value, "keep-alive"))
                request->keepAlive = true;
        }
    }
    if (contentLength > maxBodyBytes)
        return error(413);
    const std::size_t bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < contentLength)
        return {};
    request->body.assign(buffer.substr(bodyStart, contentLength));
    return {Status::Complete, bodyStart + contentLength, 0};
}

} // namespace looma::fleetsim
