#include "HttpRequestParser.h"

#include <QTest>

using namespace looma::fleetsim;
using Status = HttpRequestParser::Status;

Q_DECLARE_METATYPE(HttpRequestParser::Status)

class tst_HttpRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void pipelinedRequestsComeOutInOrder();
    void bodyArrivingLater();
    void oversizedHeaders();
};

void tst_HttpRequestParser::parse_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("get") << QByteArray("GET /i/7/health HTTP/1.1\r\nHost: x\r\n\r\n") << Status::Complete << 0
                         << QByteArray("GET") << QByteArray("/i/7/health") << true << QByteArray();
    QTest::newRow("no headers") << QByteArray("GET / HTTP/1.1\r\n\r\n") << Status::Complete << 0
                                << QByteArray("GET") << QByteArray("/") << true << QByteArray();
    QTest::newRow("http/1.0 closes") << QByteArray("GET /ready HTTP/1.0\r\n\r\n") << Status::Complete << 0
                                     << QByteArray("GET") << QByteArray("/ready") << false << QByteArray();
    QTest::newRow("http/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << Status::Complete << 0
        << QByteArray("GET") << QByteArray("/") << true << QByteArray();
    QTest::newRow("close token") << QByteArray("GET / HTTP/1.1\r\nconnection: foo, close\r\n\r\n")
                                 << Status::Complete << 0 << QByteArray("GET") << QByteArray("/") << false
                                 << QByteArray();
    QTest::newRow("post body") << QByteArray("POST /faults HTTP/1.1\r\nContent-Length: 4\r\n\r\n{\"a\"")
                               << Status::Complete << 0 << QByteArray("POST") << QByteArray("/faults") << true
                               << QByteArray("{\"a\"");
    QTest::newRow("leading crlf") << QByteArray("\r\nGET /x HTTP/1.1\r\n\r\n") << Status::Complete << 0
                                  << QByteArray("GET") << QByteArray("/x") << true << QByteArray();
    QTest::newRow("partial head") << QByteArray("GET /i/7/health HTTP/1.1\r\nHost:") << Status::Incomplete
                                  << 0 << QByteArray() << QByteArray() << true << QByteArray();
    QTest::newRow("partial body") << QByteArray("POST /f HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345")
                                  << Status::Incomplete << 0 << QByteArray() << QByteArray() << true
                                  << QByteArray();
    QTest::newRow("chunked refused") << QByteArray("POST /f HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                     << Status::Error << 501 << QByteArray() << QByteArray() << true
                                     << QByteArray();
    QTest::newRow("conflicting lengths")
        << QByteArray("POST /f HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << Status::Error
        << 400 << QByteArray() << QByteArray() << true << QByteArray();
    QTest::newRow("negative length") << QByteArray("POST /f HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                     << Status::Error << 400 << QByteArray() << QByteArray() << true
                                     << QByteArray();
    QTest::newRow("huge body") << QByteArray("POST /f HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")
                               << Status::Error << 413 << QByteArray() << QByteArray() << true
                               << QByteArray();
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << Status::Error << 505 << QByteArray()
                            << QByteArray() << true << QByteArray();
    QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << Status::Error << 400 << QByteArray()
                             << QByteArray() << true << QByteArray();
    QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << Status::Error << 400
                                   << QByteArray() << QByteArray() << true << QByteArray();
    QTest::newRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << Status::Error << 400 << QByteArray()
        << QByteArray() << true << QByteArray();
}

void tst_HttpRequestParser::parse()
{
    QFETCH(QByteArray, raw);
    QFETCH(Status, status);
    QFETCH(int, errorCode);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(bool, keepAlive);
    QFETCH(QByteArray, body);

    HttpRequest request;
    const auto result =
        HttpRequestParser::parse(std::string_view(raw.constData(), std::size_t(raw.size())), &request);
    QCOMPARE(result.status, status);
    if (status == Status::Error)
        QCOMPARE(result.errorCode, errorCode);
    if (status != Status::Complete)
        return;
    QCOMPARE(result.consumed, std::size_t(raw.size()));
    QCOMPARE(QByteArray::fromStdString(request.method), method);
    QCOMPARE(QByteArray::fromStdString(request.target), target);
    QCOMPARE(request.keepAlive, keepAlive);
    QCOMPARE(QByteArray::fromStdString(request.body), body);
}

void tst_HttpRequestParser::pipelinedRequestsComeOutInOrder()
{
    const std::string buffer = "GET /i/1/health HTTP/1.1\r\n\r\n"
                               "POST /faults HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
                               "GET /i/2/health HTTP/1.1\r\nConnection: close\r\n\r\n"
                               "GET /i/3/he";
    std::string_view rest(buffer);
    HttpRequest request;
    std::vector<std::string> targets;
    for (;;) {
        const auto r = HttpRequestParser::parse(rest, &request);
        if (r.status != Status::Complete)
            break;
        targets.push_back(request.method + ' ' + request.target + (request.keepAlive ? "" : " close"));
        rest.remove_prefix(r.consumed);
    }
    QCOMPARE(targets.size(), std::size_t(3));
    QCOMPARE(targets[0], std::string("GET /i/1/health"));
    QCOMPARE(targets[1], std::string("POST /faults"));
    QCOMPARE(targets[2], std::string("GET /i/2/health close"));
    QCOMPARE(rest, std::string_view("GET /i/3/he"));
}

void tst_HttpRequestParser::bodyArrivingLater()
{
    std::string buffer = "POST /faults HTTP/1.1\r\nContent-Length: 5\r\n\r\nab";
    HttpRequest request;
    QCOMPARE(HttpRequestParser::parse(buffer, &request).status, Status::Incomplete);
    buffer += "cde";
    const auto r = HttpRequestParser::parse(buffer, &request);
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(request.body, std::string("abcde"));
}

void tst_HttpRequestParser::oversizedHeaders()
{
    std::string buffer =
        "GET / HTTP/1.1\r\nX-Long: " + std::string(HttpRequestParser::maxHeaderBytes + 10, 'a');
    HttpRequest request;
    const auto r = HttpRequestParser::parse(buffer, &request);
    QCOMPARE(r.status, Status::Error);
    QCOMPARE(r.errorCode, 431);
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
