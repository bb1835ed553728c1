#include "HttpServer.h"

#include <arpa/inet.h>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace looma::fleetsim {
namespace {

// Tags above this mark the listening sockets and the signalfd in epoll's user data.
constexpr std::uint64_t listenerMark = 1ULL << 40;
constexpr std::uint64_t signalMark = 1ULL << 41;
constexpr std::size_t maxPendingOutput = 8 * 1024 * 1024;

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace

HttpServer::HttpServer(Handler handler)
    : m_handler(std::move(handler))
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
{}

HttpServer::~HttpServer()
{
    for (auto &c : m_connections) {
        if (c)
            ::close(c->fd);
    }
    for (const auto &[fd, tag] : m_listeners)
        ::close(fd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

std::int64_t HttpServer::nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool HttpServer::listen(const std::string &address, int port, int tag, std::string *error)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(std::uint16_t(port));
    if (inet_pton(AF_INET, address.c_str(), &addr.sin_addr) != 1) {
        *error = "not an IPv4 address: " + address;
        return false;
    }
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(fd, 4096) != 0) {
        *error = address + ':' + std::to_string(port) + ": " + std::strerror(errno);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = listenerMark | m_listeners.size();
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    m_listeners.emplace_back(fd, tag);
    return true;
}

int HttpServer::run()
{
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigprocmask(SIG_BLOCK, &mask, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    const int sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    epoll_event sev{};
    sev.events = EPOLLIN;
    sev.data.u64 = signalMark;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, sfd, &sev);

    epoll_event events[256];
    for (;;) {
        int timeout = -1; // idle: sleep until a packet or a signal arrives, no polling
        if (!m_timers.empty())
            timeout = int(std::max<std::int64_t>(0, m_timers.top().dueMs - nowMs()));
        const int n = epoll_wait(m_epoll, events, 256, timeout);
        if (n < 0 && errno != EINTR)
            break;
        for (int i = 0; i < n; ++i) {
            const std::uint64_t key = events[i].data.u64;
            if (key == signalMark) {
                signalfd_siginfo info{};
                const ssize_t got = read(sfd, &info, sizeof info);
                ::close(sfd);
                return got == sizeof info ? int(info.ssi_signo) : SIGTERM;
            }
            if (key & listenerMark) {
                const auto &[fd, tag] = m_listeners[std::size_t(key & 0xffffffff)];
                accept(fd, tag);
                continue;
            }
            const int fd = int(key & 0xffffffff);
            Connection *c =
                std::size_t(fd) < m_connections.size() ? m_connections[std::size_t(fd)].get() : nullptr;
            if (!c)
                continue;
            if (events[i].events & (EPOLLHUP | EPOLLERR)) {
                close(c);
                continue;
            }
            if (events[i].events & EPOLLIN)
                readable(c);
            if (m_connections[std::size_t(fd)].get() == c && (events[i].events & EPOLLOUT))
                flush(c);
        }
        fireTimers();
    }
    ::close(sfd);
    return 0;
}

void HttpServer::accept(int listenFd, int tag)
{
    for (;;) {
        const int fd = accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return; // EAGAIN, or out of descriptors: the backlog keeps the rest
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (std::size_t(fd) >= m_connections.size())
            m_connections.resize(std::size_t(fd) + 1024);
        auto c = std::make_unique<Connection>();
        c->fd = fd;
        c->tag = tag;
        c->serial = m_nextSerial++;
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = std::uint64_t(fd);
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
        m_connections[std::size_t(fd)] = std::move(c);
        ++m_open;
    }
}

void HttpServer::readable(Connection *c)
{
    char buf[65536];
    for (;;) {
        const ssize_t got = recv(c->fd, buf, sizeof buf, 0);
        if (got > 0) {
            if (!c->held) // a partitioned connection's further requests vanish, as on a dead link
                c->in.append(buf, std::size_t(got));
            if (got < ssize_t(sizeof buf))
                break;
            continue;
        }
        if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            close(c);
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
    }
    process(c);
    if (m_connections[std::size_t(c->fd)].get() == c)
        flush(c);
}

void HttpServer::process(Connection *c)
{
    std::size_t offset = 0;
    HttpRequest request;
    while (!c->waiting && !c->held && !c->closeAfterWrite && c->out.size() < maxPendingOutput) {
        const auto result = HttpRequestParser::parse(std::string_view(c->in).substr(offset), &request);
        if (result.status == HttpRequestParser::Status::Incomplete)
            break;
        if (result.status == HttpRequestParser::Status::Error) {
            HttpResponse error;
            error.status = result.errorCode;
            error.body = "{\"error\":\"malformed request\"}";
            appendResponse(&c->out, error, false, false);
            c->closeAfterWrite = true;
            offset = c->in.size();
            break;
        }
        offset += result.consumed;
        ++m_served;
        HttpResponse response = m_handler(c->tag, request);
        if (response.hold) {
            c->held = true;
            offset = c->in.size();
            break;
        }
        if (response.delayMs > 0) {
            c->pending = std::move(response);
            c->pendingKeepAlive = request.keepAlive;
            c->pendingHttp10 = request.minorVersion == 0;
            c->waiting = true;
            m_timers.push({nowMs() + c->pending.delayMs, c->fd, c->serial});
            break;
        }
        appendResponse(&c->out, response, request.keepAlive, request.minorVersion == 0);
        if (!request.keepAlive)
            c->closeAfterWrite = true;
    }
    c->in.erase(0, offset);
}

void HttpServer::flush(Connection *c)
{
    while (!c->out.empty()) {
        const ssize_t sent = send(c->fd, c->out.data(), c->out.size(), MSG_NOSIGNAL);
        if (sent > 0) {
            c->out.erase(0, std::size_t(sent));
            continue;
        }
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            armWrite(c, true);
            return;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        close(c);
        return;
    }
    armWrite(c, false);
    if (c->closeAfterWrite) {
        close(c);
        return;
    }
    // Output drained: requests that waited for room may go on.
    if (!c->in.empty() && !c->waiting && !c->held) {
        const std::size_t before = c->in.size();
        process(c);
        if (!c->out.empty() || c->in.size() != before)
            flush(c);
    }
}

void HttpServer::armWrite(Connection *c, bool on)
{
    if (c->writeArmed == on)
        return;
    c->writeArmed = on;
    epoll_event ev{};
    ev.events = EPOLLIN | (on ? EPOLLOUT : 0u);
    ev.data.u64 = std::uint64_t(c->fd);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c->fd, &ev);
}

void HttpServer::close(Connection *c)
{
    const int fd = c->fd;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    ::close(fd);
    m_connections[std::size_t(fd)].reset();
    --m_open;
}

void HttpServer::fireTimers()
{
    const std::int64_t now = nowMs();
    while (!m_timers.empty() && m_timers.top().dueMs <= now) {
        const Timer t = m_timers.top();
        m_timers.pop();
        Connection *c =
            std::size_t(t.fd) < m_connections.size() ? m_connections[std::size_t(t.fd)].get() : nullptr;
        if (!c || c->serial != t.serial || !c->waiting)
            continue; // the client went away meanwhile (and the fd may belong to someone else now)
        c->waiting = false;
        appendResponse(&c->out, c->pending, c->pendingKeepAlive, c->pendingHttp10);
        if (!c->pendingKeepAlive)
            c->closeAfterWrite = true;
        c->pending = HttpResponse{};
        process(c);
        flush(c);
    }
}

void HttpServer::appendResponse(std::string *out, const HttpResponse &response, bool keepAlive, bool http10)
{
    out->append("HTTP/1.1 ")
        .append(std::to_string(response.status))
        .append(" ")
        .append(reason(response.status));
    out->append("\r\nContent-Type: ").append(response.contentType);
    out->append("\r\nContent-Length: ").append(std::to_string(response.body.size()));
    if (!keepAlive)
        out->append("\r\nConnection: close");
    else if (http10)
        out->append("\r\nConnection: keep-alive");
    out->append("\r\n\r\n").append(response.body);
}

} // namespace looma::fleetsim
