#include "HttpResponseParser.h"

namespace looma {
namespace {

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

bool equalsNoCase(QByteArrayView a, const char *b)
{
    return a.compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

bool containsTokenNoCase(QByteArrayView value, const char *token)
{
    return QByteArray(value.data(), value.size()).toLower().contains(token);
}

} // namespace

void HttpResponseParser::reset()
{
    m_buf.clear();
    m_body.clear();
    m_pos = 0;
    m_headDone = false;
    m_complete = false;
    m_status = 0;
    m_keepAlive = true;
    m_mode = BodyMode::None;
    m_remaining = 0;
    m_chunk = ChunkState::Size;
}

HttpResponseParser::Status HttpResponseParser::feed(QByteArrayView data)
{
    m_buf.append(data.data(), data.size());
    if (m_complete)
        return Status::Complete;
    if (!m_headDone) {
        // Head first, so a too-large answer still reports its status code.
        const Status s = parseHead();
        if (s == Status::NeedMore && m_buf.size() > m_maxBytes)
            return Status::TooLarge;
        if (s != Status::Complete)
            return s;
    }
    if (m_buf.size() > m_maxBytes)
        return Status::TooLarge;
    return parseBody();
}

HttpResponseParser::Status HttpResponseParser::finishOnClose()
{
    if (m_complete)
        return Status::Complete;
    if (m_headDone && m_mode == BodyMode::UntilClose) {
        m_body = m_buf.mid(m_pos);
        m_pos = m_buf.size();
        m_keepAlive = false;
        return done();
    }
    return Status::Malformed;
}

HttpResponseParser::Status HttpResponseParser::parseHead()
{
    const qsizetype end = m_buf.indexOf("\r\n\r\n");
    if (end < 0)
        return Status::NeedMore;
    const QByteArrayView head(m_buf.constData(), end);
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    // "HTTP/1.1 200 OK"
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine[8] != ' ')
        return Status::Malformed;
    bool ok = false;
    m_status = QByteArray(statusLine.data() + 9, 3).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 599)
        return Status::Malformed;
    m_keepAlive = statusLine[7] == '1'; // HTTP/1.0 closes unless it says keep-alive

    qint64 length = -1;
    bool chunked = false;
    while (lineEnd >= 0) {
        const qsizetype from = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", from);
        const QByteArrayView line = head.sliced(from, (lineEnd < 0 ? head.size() : lineEnd) - from);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Status::Malformed;
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (equalsNoCase(name, "content-length")) {
            length = QByteArray(value.data(), value.size()).toLongLong(&ok);
            if (!ok || length < 0)
                return Status::Malformed;
        } else if (equalsNoCase(name, "transfer-encoding")) {
            chunked = containsTokenNoCase(value, "chunked");
        } else if (equalsNoCase(name, "connection")) {
            if (containsTokenNoCase(value, "close"))
                m_keepAlive = false;
            else if (containsTokenNoCase(value, "keep-alive"))
                m_keepAlive = true;
        }
    }
    m_headDone = true;
    m_pos = end + 4;
    if (m_status < 200 || m_status == 204 || m_status == 304) {
        m_mode = BodyMode::None;
    } else if (chunked) {
        m_mode = BodyMode::Chunked;
    } else if (length >= 0) {
        if (m_pos + length > m_maxBytes)
            return Status::TooLarge; // known too large: do not wait for the bytes
        m_mode = BodyMode::Length;
        m_remaining = length;
    } else {
        m_mode = BodyMode::UntilClose;
        m_keepAlive = false;
    }
    return Status::Complete;
}

HttpResponseParser::Status HttpResponseParser::parseBody()
{
    switch (m_mode) {
    case BodyMode::None:
        return done();
    case BodyMode::Length:
        if (m_buf.size() - m_pos < m_remaining)
            return Status::NeedMore;
        m_body = m_buf.mid(m_pos, m_remaining);
        m_pos += m_remaining;
        return done();
    case BodyMode::Chunked:
        return parseChunks();
    case BodyMode::UntilClose:
        return Status::NeedMore;
    }
    return Status::Malformed;
}

HttpResponseParser::Status HttpResponseParser::parseChunks()
{
    for (;;) {
        switch (m_chunk) {
        case ChunkState::Size: {
            const qsizetype eol = m_buf.indexOf("\r\n", m_pos);
            if (eol < 0)
                return Status::NeedMore;
            QByteArray size = m_buf.mid(m_pos, eol - m_pos);
            const qsizetype semicolon = size.indexOf(';'); // chunk extensions are ignored
            if (semicolon >= 0)
                size.truncate(semicolon);
            bool ok = false;
            m_remaining = size.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return Status::Malformed;
            m_pos = eol + 2;
            m_chunk = m_remaining == 0 ? ChunkState::Trailer : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            if (m_buf.size() - m_pos < m_remaining)
                return Status::NeedMore;
            m_body.append(m_buf.constData() + m_pos, m_remaining);
            m_pos += m_remaining;
            m_chunk = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            if (m_buf.size() - m_pos < 2)
                return Status::NeedMore;
            if (m_buf.at(m_pos) != '\r' || m_buf.at(m_pos + 1) != '\n')
                return Status::Malformed;
            m_pos += 2;
            m_chunk = ChunkState::Size;
            break;
        case ChunkState::Trailer: {
            // Trailer fields (ignored) up to an empty line.
            const qsizetype eol = m_buf.indexOf("\r\n", m_pos);
            if (eol < 0)
                return Status::NeedMore;
            const bool empty = eol == m_pos;
            m_pos = eol + 2;
            if (empty)
                return done();
            break;
        }
        }
    }
}

HttpResponseParser::Status HttpResponseParser::done()
{
    m_complete = true;
    return Status::Complete;
}

} // namespace looma
