#include "FakePromServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace looma::test {

namespace {

constexpr qint64 StreamChunk = 64 * 1024;
constexpr qint64 StreamLowWater = 256 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

FakePromServer::FakePromServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakePromServer::onNewConnection);
}

FakePromServer::~FakePromServer()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *s : sockets)
        s->disconnect(this);
}

bool FakePromServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakePromServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakePromServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamMore(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            finishRequest(socket);
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakePromServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->counted)
        return;
    it->buffer += socket->readAll();
    const qsizetype headEnd = it->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Seen request;
    const QList<QByteArray> lines = it->buffer.left(headEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qint64 length = request.headers.value("content-length", "0").toLongLong();
    if (it->buffer.size() - headEnd - 4 < length)
        return; // body still coming
    request.body = it->buffer.mid(headEnd + 4, length);
    it->counted = true;
    ++m_open;
    m_peakOpen = std::max(m_peakOpen, m_open);
    m_seen.append(request);
    handle(socket, request);
}

void FakePromServer::handle(QTcpSocket *socket, const Seen &)
{
    switch (m_script.mode) {
    case Mode::Hang:
        return;
    case Mode::Respond:
        if (m_script.delayMs > 0)
            QTimer::singleShot(m_script.delayMs, socket, [this, socket] { answer(socket); });
        else
            answer(socket);
        return;
    case Mode::Stream: {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
        if (m_script.sendContentLength)
            head += "Content-Length: " + QByteArray::number(m_script.streamBytes) + "\r\n";
        socket->write(head + "\r\n");
        m_connections[socket].remaining = m_script.streamBytes;
        streamMore(socket);
        return;
    }
    }
}

void FakePromServer::answer(QTcpSocket *socket)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_script.status) + ' ' + reason(m_script.status)
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(m_script.body.size()) + "\r\n";
    for (const auto &[name, value] : std::as_const(m_script.headers))
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + m_script.body);
    finishRequest(socket);
    socket->disconnectFromHost(); // after the bytes are written
}

void FakePromServer::streamMore(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->remaining <= 0)
        return;
    // Produce the body as the peer reads it, so neither side ever holds it whole.
    static const QByteArray chunk(StreamChunk, ' ');
    while (it->remaining > 0 && socket->bytesToWrite() < StreamLowWater) {
        const qint64 n = std::min(it->remaining, StreamChunk);
        socket->write(chunk.constData(), n);
        it->remaining -= n;
        m_streamed += n;
    }
    if (it->remaining == 0) {
        finishRequest(socket);
        socket->disconnectFromHost();
    }
}

void FakePromServer::finishRequest(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->counted)
        return;
    it->counted = false;
    it->buffer.clear();
    --m_open;
}

} // namespace looma::test
