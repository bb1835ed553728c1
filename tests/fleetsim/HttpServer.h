#pragma once

#include "HttpRequestParser.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <queue>
#include <string>
#include <vector>

namespace looma::fleetsim {

struct HttpResponse
{
    int status = 200;
    const char *contentType = "application/json";
    std::string body;
    int delayMs = 0;   // answer later (slow fault); later pipelined requests wait their turn
    bool hold = false; // never answer (partition): the connection stays open until the client gives up
};

// A single-threaded epoll HTTP/1.1 server: keep-alive, pipelining in order, delayed and held
// responses. One thread because the handlers share the simulator's state without locks and a
// health answer costs a few microseconds; epoll rather than QTcpServer because a QTcpSocket per
// connection and a signal per read cost several times more CPU per request at these rates.
class HttpServer final
{
public:
    using Handler = std::function<HttpResponse(int tag, const HttpRequest &request)>;

    explicit HttpServer(Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds address:port; requests arriving there reach the handler with this tag.
    bool listen(const std::string &address, int port, int tag, std::string *error);

    // Serves until SIGTERM or SIGINT (blocked here and read through a signalfd). Returns the signal.
    int run();

    std::uint64_t requestsServed() const { return m_served; }
    std::size_t openConnections() const { return m_open; }

private:
    struct Connection
    {
        int fd = -1;
        int tag = 0;
        std::uint64_t serial = 0;
        std::string in;
        std::string out;
        HttpResponse pending;
        bool pendingKeepAlive = true;
        bool pendingHttp10 = false;
        bool waiting = false; // a delayed response is due
        bool held = false;
        bool closeAfterWrite = false;
        bool writeArmed = false;
    };
    struct Timer
    {
        std::int64_t dueMs = 0;
        int fd = -1;
        std::uint64_t serial = 0;
        bool operator>(const Timer &o) const { return dueMs > o.dueMs; }
    };

    void accept(int listenFd, int tag);
    void readable(Connection *c);
    void process(Connection *c);
    void flush(Connection *c);
    void close(Connection *c);
    void fireTimers();
    void armWrite(Connection *c, bool on);
    static void appendResponse(std::string *out, const HttpResponse &response, bool keepAlive, bool http10);
    static std::int64_t nowMs();

    Handler m_handler;
    int m_epoll = -1;
    std::vector<std::pair<int, int>> m_listeners;           // fd, tag
    std::vector<std::unique_ptr<Connection>> m_connections; // by fd
    std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> m_timers;
    std::uint64_t m_nextSerial = 1;
    std::uint64_t m_served = 0;
    std::size_t m_open = 0;
};

} // namespace looma::fleetsim
