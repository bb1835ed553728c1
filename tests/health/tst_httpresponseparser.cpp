#include "HttpResponseParser.h"

#include <QTest>

using namespace looma;

Q_DECLARE_METATYPE(looma::HttpResponseParser::Status)

class tst_HttpResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void byteAtATime();
    void readToClose();
};

using S = HttpResponseParser::Status;

void tst_HttpResponseParser::parse_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<S>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << 1024
                                    << S::Complete << 200 << true << QByteArray("ok");
    QTest::newRow("header case, spaces") << QByteArray("HTTP/1.1 503 X\r\ncontent-LENGTH:   4 \r\n\r\ndown") << 1024
                                         << S::Complete << 503 << true << QByteArray("down");
    QTest::newRow("incomplete body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nok") << 1024
                                     << S::NeedMore << 200 << true << QByteArray();
    QTest::newRow("incomplete head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << 1024 << S::NeedMore << 0
                                     << true << QByteArray();
    QTest::newRow("connection close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                                      << 1024 << S::Complete << 200 << false << QByteArray();
    QTest::newRow("http/1.0 closes") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n") << 1024
                                     << S::Complete << 200 << false << QByteArray();
    QTest::newRow("http/1.0 keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n")
                                         << 1024 << S::Complete << 200 << true << QByteArray();
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nab\r\nA\r\n0123456789\r\n0\r\nT: v\r\n\r\n")
                             << 1024 << S::Complete << 200 << true << QByteArray("ab0123456789");
    QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 1024 << S::Complete << 204 << true
                                     << QByteArray();
    QTest::newRow("declared too large") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n") << 1024
                                        << S::TooLarge << 200 << true << QByteArray();
    QTest::newRow("chunked too large") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n")
                                              + QByteArray(1024, 'x')
                                       << 1024 << S::TooLarge << 200 << true << QByteArray();
    QTest::newRow("endless head") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(2000, 'y') << 1024 << S::TooLarge
                                  << 0 << true << QByteArray();
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << 1024 << S::Malformed << 0 << true
                              << QByteArray();
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << 1024 << S::Malformed << 0 << true
                                << QByteArray();
    QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << 1024 << S::Malformed
                                << 200 << true << QByteArray();
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 1024
                                    << S::Malformed << 200 << true << QByteArray();
}

void tst_HttpResponseParser::parse()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, maxBytes);
    QFETCH(S, status);
    QFETCH(int, code);
    QFETCH(bool, keepAlive);
    QFETCH(QByteArray, body);
    HttpResponseParser p(maxBytes);
    QCOMPARE(p.feed(wire), status);
    QCOMPARE(p.httpStatus(), code);
    if (status == S::Complete) {
        QCOMPARE(p.keepAlive(), keepAlive);
        QCOMPARE(p.body(), body);
        QVERIFY(!p.hasTrailingBytes());
    }
}

void tst_HttpResponseParser::byteAtATime()
{
    const QByteArray wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1\r\n!\r\n0\r\n\r\n");
    HttpResponseParser p;
    for (qsizetype i = 0; i + 1 < wire.size(); ++i)
        QCOMPARE(p.feed(wire.sliced(i, 1)), S::NeedMore);
    QCOMPARE(p.feed(wire.sliced(wire.size() - 1)), S::Complete);
    QCOMPARE(p.body(), QByteArray("hello!"));
    p.reset();
    QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nab"), S::Complete);
    QVERIFY(p.hasTrailingBytes()); // a second response we never asked for: the connection is spoilt
}

void tst_HttpResponseParser::readToClose()
{
    HttpResponseParser p;
    QCOMPARE(p.feed("HTTP/1.1 200 OK\r\n\r\nsome"), S::NeedMore);
    QCOMPARE(p.feed(" body"), S::NeedMore);
    QCOMPARE(p.finishOnClose(), S::Complete);
    QCOMPARE(p.body(), QByteArray("some body"));
    QVERIFY(!p.keepAlive());
    HttpResponseParser cut;
    QCOMPARE(cut.feed("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nsome"), S::NeedMore);
    QCOMPARE(cut.finishOnClose(), S::Malformed);
}

QTEST_GUILESS_MAIN(tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
