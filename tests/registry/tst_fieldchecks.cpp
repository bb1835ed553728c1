#include "FieldChecks.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using looma::FieldChecks;

class TestFieldChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoint_data();
    void endpoint();
    void healthCheckUrl_data();
    void healthCheckUrl();
    void healthCheckUrlAgreesWithQUrl();
    void ipAddress_data();
    void ipAddress();
    void hostname_data();
    void hostname();
    void checkPath_data();
    void checkPath();
};

void TestFieldChecks::endpoint_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("host:port") << QStringLiteral("node-1.looma.internal:8206") << true;
    QTest::newRow("ipv4:port") << QStringLiteral("10.0.0.1:8210") << true;
    QTest::newRow("[ipv6]:port") << QStringLiteral("[fd00::1]:8207") << true;
    QTest::newRow("port 65535") << QStringLiteral("a:65535") << true;
    QTest::newRow("no port") << QStringLiteral("node-1.looma.internal") << false;
    QTest::newRow("empty port") << QStringLiteral("node-1:") << false;
    QTest::newRow("port 0") << QStringLiteral("node-1:0") << false;
    QTest::newRow("port too big") << QStringLiteral("node-1:65536") << false;
    QTest::newRow("port not a number") << QStringLiteral("node-1:http") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no host") << QStringLiteral(":8206") << false;
    QTest::newRow("bare ipv6") << QStringLiteral("fd00::1:8206") << false;
    QTest::newRow("ipv6 without port") << QStringLiteral("[fd00::1]") << false;
    QTest::newRow("space in host") << QStringLiteral("node 1:8206") << false;
    QTest::newRow("url instead") << QStringLiteral("http://node-1:8206") << false;
}

void TestFieldChecks::endpoint()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString problem = FieldChecks::endpoint(value);
    QCOMPARE(problem.isEmpty(), valid);
}

void TestFieldChecks::healthCheckUrl_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty means none") << QString() << true;
    QTest::newRow("http") << QStringLiteral("http://node-1:8206/health") << true;
    QTest::newRow("https") << QStringLiteral("https://gw.looma.example/health?deep=1") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://node-1/health") << false;
    QTest::newRow("relative") << QStringLiteral("/health") << false;
    QTest::newRow("no host") << QStringLiteral("http:///health") << false;
    QTest::newRow("garbage") << QStringLiteral("http://exa mple.com/") << false;
    QTest::newRow("too long") << QStringLiteral("http://a/") + QString(2100, QLatin1Char('x')) << false;
}

void TestFieldChecks::healthCheckUrl()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(FieldChecks::healthCheckUrl(value).isEmpty(), valid);
}

// FieldChecks takes a fast path for plain URLs; whatever the path, the verdict must be QUrl's
// (strict mode, http or https, a host). Strings built near the fast path's edges: hosts of odd
// labels, ports out of range, every punctuation character in the path.
void TestFieldChecks::healthCheckUrlAgreesWithQUrl()
{
    auto reference = [](const QString &value) {
        if (value.isEmpty())
            return true;
        const QUrl url(value, QUrl::StrictMode);
        return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && !url.host().isEmpty();
    };
    QRandomGenerator random(20261201);
    auto pick = [&random](const QString &from, int maxLength) {
        QString out;
        const int length = int(random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i)
            out += from.at(int(random.bounded(from.size())));
        return out;
    };
    const QStringList schemes{QStringLiteral("http://"), QStringLiteral("https://"), QStringLiteral("HTTP://"),
                              QStringLiteral("ftp://"), QStringLiteral("http:/"), QString()};
    const QString hostChars = QStringLiteral("ab9-._:%@[]~ \u00e9");
    const QString pathChars = QStringLiteral("a/?#%:@!$&'()*+,;=-._~[]{}|\\^`\" <>\t\u00e9");
    int plain = 0;
    for (int i = 0; i < 100000; ++i) {
        QString url = schemes.at(int(random.bounded(schemes.size())));
        const int labels = int(random.bounded(1, 4));
        for (int l = 0; l < labels; ++l)
            url += (l ? QStringLiteral(".") : QString()) + pick(i % 2 ? QStringLiteral("ab9-") : hostChars, 5);
        if (random.bounded(2))
            url += u':' + QString::number(qint64(random.bounded(70000)) - 2);
        if (random.bounded(4))
            url += u'/' + pick(i % 3 ? QStringLiteral("ab/?-.=&_~:@") : pathChars, 12);
        const bool expected = reference(url);
        plain += expected ? 1 : 0;
        QVERIFY2(FieldChecks::healthCheckUrl(url).isEmpty() == expected,
                 qPrintable(QStringLiteral("%1: QUrl says %2").arg(url, expected ? QStringLiteral("valid")
                                                                                  : QStringLiteral("invalid"))));
    }
    // Both verdicts were exercised in numbers.
    QVERIFY2(plain > 5000 && plain < 95000, qPrintable(QString::number(plain)));
}

void TestFieldChecks::ipAddress_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("v4") << QStringLiteral("10.1.2.3") << true;
    QTest::newRow("v6") << QStringLiteral("fd00::1") << true;
    QTest::newRow("v4 short") << QStringLiteral("10.1.2") << false;
    QTest::newRow("letters") << QStringLiteral("ten.one.two.three") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("v6 junk") << QStringLiteral("fd00::g") << false;
}

void TestFieldChecks::ipAddress()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(FieldChecks::ipAddress(value).isEmpty(), valid);
}

void TestFieldChecks::hostname_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("node-1") << true;
    QTest::newRow("fqdn") << QStringLiteral("node-1.gz3.looma.internal") << true;
    QTest::newRow("underscore") << QStringLiteral("node_1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("node 1") << false;
    QTest::newRow("leading dot") << QStringLiteral(".node") << false;
    QTest::newRow("double dot") << QStringLiteral("a..b") << false;
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("too long") << QString(QString(60, QLatin1Char('a')) + QLatin1Char('.')).repeated(5)
                              << false;
    QTest::newRow("non-ascii") << QStringLiteral("节点-1") << false;
}

void TestFieldChecks::hostname()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(FieldChecks::hostname(value).isEmpty(), valid);
}

void TestFieldChecks::checkPath_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("health") << QStringLiteral("/health") << true;
    QTest::newRow("query") << QStringLiteral("/health?deep=1") << true;
    QTest::newRow("relative") << QStringLiteral("health") << false;
    QTest::newRow("space") << QStringLiteral("/he alth") << false;
    QTest::newRow("newline") << QStringLiteral("/health\r\nX-Injected: 1") << false;
}

void TestFieldChecks::checkPath()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(FieldChecks::checkPath(value).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestFieldChecks)
#include "tst_fieldchecks.moc"
