#include "RegistryConfig.h"

#include <QTest>

using looma::RegistryConfig;

class TestRegistryConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionString_data();
    void connectionString();
    void redacted_data();
    void redacted();
};

void TestRegistryConfig::connectionString_data()
{
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("uri") << QStringLiteral("postgresql://looma@db:5432/looma") << QString()
                         << QStringLiteral("require")
                         << QStringList{QStringLiteral("postgresql://looma@db:5432/looma?sslmode=require&"),
                                        QStringLiteral("&connect_timeout=5"),
                                        QStringLiteral("&keepalives_idle=15")}
                         << QStringList{QStringLiteral("service=")};
    QTest::newRow("uri keeps its own query")
        << QStringLiteral("postgres://db/looma?sslmode=disable") << QString() << QStringLiteral("require")
        << QStringList{QStringLiteral("?sslmode=disable&connect_timeout=5")}
        << QStringList{QStringLiteral("sslmode=require")};
    QTest::newRow("keywords") << QStringLiteral("host=db dbname=looma") << QString()
                              << QStringLiteral("verify-full")
                              << QStringList{QStringLiteral("host=db dbname=looma sslmode='verify-full'"),
                                             QStringLiteral("application_name='looma-ops'")}
                              << QStringList{};
    QTest::newRow("keywords keep their timeout")
        << QStringLiteral("host=db connect_timeout=30") << QString() << QString()
        << QStringList{QStringLiteral("connect_timeout=30")}
        << QStringList{QStringLiteral("connect_timeout='5'"), QStringLiteral("sslmode")};
    QTest::newRow("service") << QString() << QStringLiteral("looma-prod") << QString()
                             << QStringList{QStringLiteral("service='looma-prod'")} << QStringList{};
    QTest::newRow("libpq defaults") << QString() << QString() << QString()
                                    << QStringList{QStringLiteral("connect_timeout='5'")}
                                    << QStringList{QStringLiteral("host"), QStringLiteral("service")};
}

void TestRegistryConfig::connectionString()
{
    QFETCH(QString, dsn);
    QFETCH(QString, service);
    QFETCH(QString, sslMode);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    RegistryConfig config;
    config.dsn = dsn;
    config.service = service;
    config.sslMode = sslMode;
    const QString conninfo = config.connectionString();
    for (const QString &part : contains)
        QVERIFY2(conninfo.contains(part), qPrintable(conninfo));
    for (const QString &part : absent)
        QVERIFY2(!conninfo.contains(part), qPrintable(conninfo));
}

void TestRegistryConfig::redacted_data()
{
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uri password") << QStringLiteral("postgresql://looma:s3cret@db/looma")
                                  << QStringLiteral("postgresql://looma:***@db/looma");
    QTest::newRow("keyword password") << QStringLiteral("host=db password=s3cret user=looma")
                                      << QStringLiteral("host=db password=*** user=looma");
    QTest::newRow("quoted password") << QStringLiteral("password='a b\\'c' host=db")
                                     << QStringLiteral("password=*** host=db");
    QTest::newRow("query password") << QStringLiteral("postgresql://db/looma?password=s3cret&sslmode=require")
                                    << QStringLiteral("postgresql://db/looma?password=***&sslmode=require");
    QTest::newRow("none") << QStringLiteral("postgresql://looma@db/looma")
                          << QStringLiteral("postgresql://looma@db/looma");
}

void TestRegistryConfig::redacted()
{
    QFETCH(QString, dsn);
    QFETCH(QString, expected);
    QCOMPARE(RegistryConfig::redacted(dsn), expected);
}

QTEST_GUILESS_MAIN(TestRegistryConfig)
#include "tst_registryconfig.moc"
