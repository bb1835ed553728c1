#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace looma::fleetsim {

struct HttpRequest
{
    std::string method;
    std::string target; // origin-form path with query, as sent
    int minorVersion = 1;
    bool keepAlive = true;
    std::string body;
};

// Parses one HTTP/1.x request from the front of a byte buffer. Pure: no I/O, no state, so a
// connection simply calls it again on what is left (pipelined requests come out one by one).
// Only what the simulator's clients send is accepted: Content-Length bodies, no chunked uploads.
class HttpRequestParser final
{
public:
    enum class Status
    {
        Complete,
        Incomplete,
        Error
    };

    struct Result
    {
        Status status = Status::Incomplete;
        std::size_t consumed = 0; // bytes of the buffer this request used (Complete only)
        int errorCode = 0;        // HTTP status to answer with (Error only)
    };

    static constexpr std::size_t maxHeaderBytes = 16 * 1024;
    static constexpr std::size_t maxBodyBytes = 64 * 1024;

    static Result parse(std::string_view buffer, HttpRequest *request);
};

} // namespace looma::fleetsim
