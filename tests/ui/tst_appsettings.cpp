#include "AppSettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;

class tst_AppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenFileMissing();
    void roundTrip();
    void badValuesFallBackWithProblems_data();
    void badValuesFallBackWithProblems();
    void folderInsteadOfFile();
    void binaryGarbageDoesNotCrash();
    void passwordInDsnIsNeverWritten();
    void secretKeysAreIgnoredAndRemoved();
    void readOnlyForcedIsNotStored();
    void windowStateRoundTrip();

private:
    QString write(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

QString tst_AppSettings::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void tst_AppSettings::defaultsWhenFileMissing()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("missing.ini")));
    QVERIFY(settings.problems().isEmpty());
    QVERIFY(!settings.isConfigured());
    QCOMPARE(settings.refresh().registrySeconds, 15);
    QCOMPARE(settings.refresh().prometheusSeconds, 15);
    QCOMPARE(settings.scheduler().cooldownMinutes, 10);
    QCOMPARE(settings.scheduler().partitionGuardPercent, 30);
    QCOMPARE(settings.language(), LanguageChoice::System);
    QCOMPARE(settings.theme(), ThemeChoice::System);
    QCOMPARE(settings.registry().sslMode, SslMode::Prefer);
    QCOMPARE(settings.labels().node, QStringLiteral("node"));
    QVERIFY(!settings.readOnly());
}

void tst_AppSettings::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    SettingsValues v;
    v.registry.dsn = QStringLiteral("host=db.example port=5432 dbname=looma_registry");
    v.registry.sslMode = SslMode::VerifyFull;
    v.prometheus.url = QStringLiteral("https://prom.example:9090");
    v.prometheus.auth = PrometheusAuth::Basic;
    v.prometheus.basicUser = QStringLiteral("ops");
    v.prometheus.basicPasswordFile = QStringLiteral("/etc/looma/prom.pass");
    v.prometheus.caFile = QStringLiteral("/etc/looma/ca.pem");
    v.refresh = {30, 5};
    v.labels.node = QStringLiteral("instance");
    v.labels.service = QStringLiteral("job");
    v.scheduler = {20, 45};
    v.language = LanguageChoice::ZhCN;
    v.theme = ThemeChoice::Dark;
    v.readOnly = true;
    {
        AppSettings settings(path);
        QSignalSpy changed(&settings, &AppSettings::changed);
        QVERIFY(settings.setValues(v));
        QCOMPARE(changed.count(), 1);
    }
    AppSettings reread(path);
    QVERIFY2(reread.problems().isEmpty(), qPrintable(reread.problems().join(u'\n')));
    QVERIFY(reread.values() == v);
    QVERIFY(reread.isConfigured());
}

void tst_AppSettings::badValuesFallBackWithProblems_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("interval not a number")
        << QByteArray("[refresh]\nregistrySeconds=abc\n") << QStringLiteral("refresh/registrySeconds");
    QTest::newRow("interval zero") << QByteArray("[refresh]\nprometheusSeconds=0\n")
                                   << QStringLiteral("refresh/prometheusSeconds");
    QTest::newRow("guard above 100") << QByteArray("[scheduler]\npartitionGuardPercent=250\n")
                                     << QStringLiteral("scheduler/partitionGuardPercent");
    QTest::newRow("unknown theme") << QByteArray("[ui]\ntheme=purple\n") << QStringLiteral("ui/theme");
    QTest::newRow("unknown sslmode") << QByteArray("[registry]\nsslmode=maybe\n")
                                     << QStringLiteral("registry/sslmode");
    QTest::newRow("read-only not bool")
        << QByteArray("[ui]\nreadOnly=perhaps\n") << QStringLiteral("ui/readOnly");
}

void tst_AppSettings::badValuesFallBackWithProblems()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentioned);
    AppSettings settings(write(content));
    QCOMPARE(settings.problems().size(), 1);
    QVERIFY2(settings.problems().first().contains(mentioned), qPrintable(settings.problems().first()));
    QVERIFY(settings.values() == SettingsValues{});
}

void tst_AppSettings::folderInsteadOfFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("afolder.ini"));
    QVERIFY(QDir().mkpath(folder));
    AppSettings settings(folder);
    QCOMPARE(settings.problems().size(), 1);
    QVERIFY(settings.problems().first().contains(u"folder"));
    QVERIFY(settings.values() == SettingsValues{});
    SettingsValues v;
    v.prometheus.url = QStringLiteral("http://p:9090");
    QVERIFY(!settings.setValues(v)); // says it could not save, does not crash
}

void tst_AppSettings::binaryGarbageDoesNotCrash()
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 131 + 7) % 256));
    AppSettings settings(write(garbage));
    // Whatever QSettings makes of it, every value is in range.
    QVERIFY(settings.refresh().registrySeconds >= limits::minRefreshSeconds);
    QVERIFY(settings.scheduler().partitionGuardPercent <= limits::maxPartitionGuardPercent);
}

void tst_AppSettings::passwordInDsnIsNeverWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("dsn.ini"));
    {
        AppSettings settings(path);
        RegistrySettings reg;
        reg.dsn = QStringLiteral("host=db password='s3cr3t pw' dbname=r");
        settings.setRegistry(reg);
        QCOMPARE(settings.registry().dsn, QStringLiteral("host=db  dbname=r"));
        reg.dsn = QStringLiteral("postgresql://ops:hunter2@db:5432/r?sslmode=require&password=hunter3");
        settings.setRegistry(reg);
        QVERIFY(!settings.registry().dsn.contains(u"hunter"));
        QVERIFY(settings.registry().dsn.contains(u"sslmode=require"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("s3cr3t"));
    QVERIFY(!content.contains("hunter"));

    // A password typed into the file by hand is ignored and reported.
    AppSettings handEdited(write("[registry]\ndsn=host=db password=topsecret\n"));
    QCOMPARE(handEdited.problems().size(), 1);
    QVERIFY(!handEdited.registry().dsn.contains(u"topsecret"));
}

void tst_AppSettings::secretKeysAreIgnoredAndRemoved()
{
    const QString path = write("[prometheus]\nurl=http://p:9090\nbearerToken=abc123\n");
    {
        AppSettings settings(path);
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY(settings.problems().first().contains(u"prometheus/bearerToken"));
        settings.setTheme(ThemeChoice::Light);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("abc123"));
}

void tst_AppSettings::readOnlyForcedIsNotStored()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.ini"));
    {
        AppSettings settings(path);
        settings.forceReadOnlyForSession();
        QVERIFY(settings.readOnly());
        settings.setTheme(ThemeChoice::Dark);
    }
    AppSettings reread(path);
    QVERIFY(!reread.readOnly());
    QCOMPARE(reread.theme(), ThemeChoice::Dark);
}

void tst_AppSettings::windowStateRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("window.ini"));
    {
        AppSettings settings(path);
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.setLastPage(QStringLiteral("failover"));
        QVERIFY(settings.sync());
    }
    AppSettings reread(path);
    QCOMPARE(reread.windowGeometry(), QByteArray("\x01\x02geometry", 10));
    QCOMPARE(reread.lastPage(), QStringLiteral("failover"));
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
