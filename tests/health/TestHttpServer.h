#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A small HTTP/1.1 server for the health unit tests (a fake at the network boundary): keep-alive,
// one route per behaviour the prober must handle, counts connections and requests.
//   /ok /fail /busy /slow /huge /redirect /chunked /close /dropidle /i/<id>/health
class TestHttpServer final : public QTcpServer
{
public:
    explicit TestHttpServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++m_connections;
                ++m_open;
                m_maxOpen = std::max(m_maxOpen, m_open);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    --m_open;
                    s->deleteLater();
                });
            }
        });
    }

    int connections() const { return m_connections; }
    int requests() const { return m_requests; }
    int maxOpen() const { return m_maxOpen; }
    int slowDelayMs = 5000;
    int instanceDelayMs = 0;
    // Arrival times (ms of the server's clock) of /i/<id>/health requests, by id.
    QHash<qint64, QList<qint64>> arrivals;
    QElapsedTimer clock;
    QSet<qint64> failingIds;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buf.left(end);
            buf.remove(0, end + 4);
            ++m_requests;
            const QList<QByteArray> parts = head.split(' ');
            answer(s, parts.value(1));
        }
    }

    static QByteArray response(int status, const QByteArray &body, const QByteArray &extra = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
    }

    void answer(QTcpSocket *s, const QByteArray &path)
    {
        if (path == "/ok") {
            s->write(response(200, "status: healthy"));
        } else if (path == "/fail") {
            s->write(response(503, "down"));
        } else if (path == "/busy") {
            s->write(response(429, "slow down"));
        } else if (path == "/slow") {
            QTimer::singleShot(slowDelayMs, s, [s] { s->write(response(200, "late")); });
        } else if (path == "/huge") {
            s->write(response(200, QByteArray(200 * 1024, 'x')));
        } else if (path == "/redirect") {
            s->write(response(302, {}, "Location: http://10.255.255.1/elsewhere\r\n"));
        } else if (path == "/chunked") {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7\r\nstatus:\r\n3\r\n ok\r\n0\r\n\r\n");
        } else if (path == "/close") {
            s->write(response(200, "bye", "Connection: close\r\n"));
            s->disconnectFromHost();
        } else if (path == "/dropidle") {
            // Answers as keep-alive, then closes the idle connection: the prober must not blame the target.
            s->write(response(200, "ok"));
            QTimer::singleShot(30, s, [s] { s->disconnectFromHost(); });
        } else if (path.startsWith("/i/")) {
            const qint64 id = path.split('/').value(2).toLongLong();
            arrivals[id].append(clock.elapsed());
            const QByteArray answer = failingIds.contains(id) ? response(503, "down") : response(200, "ok");
            if (instanceDelayMs > 0)
                QTimer::singleShot(instanceDelayMs, s, [s, answer] { s->write(answer); });
            else
                s->write(answer);
        } else {
            s->write(response(404, "no such route"));
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    int m_open = 0;
    int m_maxOpen = 0;
    int m_requests = 0;
};
