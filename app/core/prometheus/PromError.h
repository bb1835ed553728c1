#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace looma {

// Why a Prometheus request failed, with words for the user. Kind None means "no error".
class PromError final
{
    Q_DECLARE_TR_FUNCTIONS(PromError)

public:
    enum class Kind {
        None,
        Network,   // connection refused, DNS, reset
        Timeout,   // no answer within the configured time
        Http,      // non-2xx without a Prometheus error body, or a refused redirect
        Api,       // Prometheus said status "error" (errorType/error)
        Parse,     // the body is not the JSON Prometheus sends
        TooLarge,  // the body passed the configured size cap
        Tls,       // certificate or handshake failure
        Config,    // the configuration cannot work (no URL, unreadable token file)
        Cancelled, // the caller cancelled it
    };

    Kind kind = Kind::None;
    QString message;  // complete sentence, translated
    int httpStatus = 0;
    QString errorType; // Prometheus's errorType (bad_data, execution, timeout, ...) for Api errors

    PromError() = default;
    PromError(Kind k, QString msg, int status = 0, QString type = {});

    bool isError() const { return kind != Kind::None; }
    // Whether the failure says the server is unreachable or unusable (the source goes stale);
    // a refused PromQL (bad_data) or a cancel says nothing about the server.
    bool marksSourceStale() const;

    static QString kindName(Kind kind); // stable English word for logs and tests
};

} // namespace looma

Q_DECLARE_METATYPE(looma::PromError)
