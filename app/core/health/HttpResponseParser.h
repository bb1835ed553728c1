#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace looma {

// Incremental parser of one HTTP/1.1 response (status line, headers, body by Content-Length,
// chunked, or read-to-close). Pure bytes in, values out, so it is tested without a network.
// The size cap covers everything received for the response: headers plus body on the wire.
class HttpResponseParser final
{
public:
    enum class Status { NeedMore, Complete, Malformed, TooLarge };

    explicit HttpResponseParser(int maxBytes = 64 * 1024) : m_maxBytes(maxBytes) {}

    void reset();
    Status feed(QByteArrayView data);
    // The server closed the connection: a read-to-close body is complete, anything else is cut short.
    Status finishOnClose();

    int httpStatus() const { return m_status; }
    bool keepAlive() const { return m_keepAlive; }
    const QByteArray &body() const { return m_body; }
    int bytesReceived() const { return int(m_buf.size()); }
    // Bytes after the end of the response (a pipelining server or garbage): the connection is unusable.
    bool hasTrailingBytes() const { return m_complete && m_pos < m_buf.size(); }

private:
    enum class BodyMode { None, Length, Chunked, UntilClose };
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    Status parseHead();
    Status parseBody();
    Status parseChunks();
    Status done();

    int m_maxBytes = 64 * 1024;
    QByteArray m_buf;
    QByteArray m_body;
    qsizetype m_pos = 0; // next unparsed byte in m_buf
    bool m_headDone = false;
    bool m_complete = false;
    int m_status = 0;
    bool m_keepAlive = true;
    BodyMode m_mode = BodyMode::None;
    qint64 m_remaining = 0; // body bytes (Length) or chunk bytes (Chunked) still to come
    ChunkState m_chunk = ChunkState::Size;
};

} // namespace looma
