#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace looma::test {

// A minimal HTTP/1.1 server on 127.0.0.1 standing in for Prometheus at the network boundary of
// unit tests: it answers every request the way the test configured (a body, a hang, a slow
// answer, an endless stream) and records what it was sent. One request per connection.
class FakePromServer final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Respond, // status + headers + body, after delayMs
        Hang,    // read the request, never answer
        Stream,  // streamBytes of JSON-ish filler, produced as the socket drains
    };
    struct Script
    {
        Mode mode = Mode::Respond;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        qint64 streamBytes = 0;
        bool sendContentLength = true;

        static Script respond(int status, const QByteArray &body)
        {
            Script s;
            s.status = status;
            s.body = body;
            return s;
        }
        static Script hang()
        {
            Script s;
            s.mode = Mode::Hang;
            return s;
        }
    };
    struct Seen
    {
        QByteArray method;
        QByteArray target; // path and query
        QHash<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
    };

    explicit FakePromServer(QObject *parent = nullptr);
    ~FakePromServer() override;

    bool listen();
    QUrl url() const;
    void setScript(const Script &script) { m_script = script; }

    const QList<Seen> &seen() const { return m_seen; }
    int open() const { return m_open; }              // requests received, not yet answered
    int peakOpen() const { return m_peakOpen; }
    qint64 bytesStreamed() const { return m_streamed; }

private:
    struct Connection
    {
        QByteArray buffer;
        qint64 remaining = 0; // Stream mode
        bool counted = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Seen &request);
    void answer(QTcpSocket *socket);
    void streamMore(QTcpSocket *socket);
    void finishRequest(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    Script m_script;
    QList<Seen> m_seen;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_open = 0;
    int m_peakOpen = 0;
    qint64 m_streamed = 0;
};

} // namespace looma::test
