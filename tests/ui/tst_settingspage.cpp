#include "AppSettings.h"
#include "pages/SettingsPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace looma;

class tst_SettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badUrlIsRejected();
    void passwordInDsnIsRejected();
    void applyPersistsValuesAndNoSecret();
    void revertRestoresStoredValues();
    void testButtonsAreHonestUntilWired();

private:
    template <typename T> T *child(QWidget &parent, const char *name)
    {
        auto *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void typeInto(QWidget &page, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(page, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QByteArray fileContent() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_SettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("looma-ops.ini"));
}

void tst_SettingsPage::badUrlIsRejected()
{
    AppSettings settings(m_path);
    SettingsPage page(settings);
    page.show();
    typeInto(page, "prometheusUrlLineEdit", QStringLiteral("prometheus:9090/graph?x"));
    QSignalSpy applied(&page, &SettingsPage::applied);
    QTest::mouseClick(child<QPushButton>(page, "applyPushButton"), Qt::LeftButton);

    QCOMPARE(applied.count(), 0);
    const QString message = child<QLabel>(page, "validationLabel")->text();
    QVERIFY2(message.contains(u"Prometheus URL"), qPrintable(message));
    QVERIFY(settings.prometheus().url.isEmpty());
    QVERIFY(!fileContent().contains("prometheus:9090"));
    // The field itself carries a mark with the reason.
    const QList<QAction *> marks = child<QLineEdit>(page, "prometheusUrlLineEdit")->actions();
    QCOMPARE(marks.size(), 1);
    QVERIFY(marks.first()->toolTip().contains(u"Prometheus URL"));

    // Fixing it clears the mark and applies.
    typeInto(page, "prometheusUrlLineEdit", QStringLiteral("http://127.0.0.1:9090"));
    QTest::mouseClick(child<QPushButton>(page, "applyPushButton"), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QVERIFY(child<QLineEdit>(page, "prometheusUrlLineEdit")->actions().isEmpty());
    QCOMPARE(settings.prometheus().url, QStringLiteral("http://127.0.0.1:9090"));
}

void tst_SettingsPage::passwordInDsnIsRejected()
{
    AppSettings settings(m_path);
    SettingsPage page(settings);
    page.show();
    typeInto(page, "registryDsnLineEdit", QStringLiteral("host=db dbname=r password=pw-in-dsn"));
    QVERIFY(!page.apply());
    QVERIFY(child<QLabel>(page, "validationLabel")->text().contains(u"PGPASSFILE"));
    QVERIFY(!fileContent().contains("pw-in-dsn"));
}

void tst_SettingsPage::applyPersistsValuesAndNoSecret()
{
    const QString tokenPath = m_dir->filePath(QStringLiteral("prom.token"));
    {
        QFile token(tokenPath);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("tok-s3cr3t-value\n");
    }
    AppSettings settings(m_path);
    SettingsPage page(settings);
    page.show();
    typeInto(page, "registryServiceLineEdit", QStringLiteral("looma-registry"));
    typeInto(page, "prometheusUrlLineEdit", QStringLiteral("https://prom.example:9090"));
    auto *auth = child<QComboBox>(page, "prometheusAuthComboBox");
    auth->setCurrentIndex(auth->findData(static_cast<int>(PrometheusAuth::Bearer)));
    QVERIFY(child<QLineEdit>(page, "prometheusTokenFileLineEdit")->isEnabled());
    typeInto(page, "prometheusTokenFileLineEdit", tokenPath);
    child<QSpinBox>(page, "prometheusRefreshIntervalSpinBox")->setValue(30);
    child<QSpinBox>(page, "cooldownSpinBox")->setValue(20);
    typeInto(page, "nodeLabelLineEdit", QStringLiteral("instance"));
    QTest::mouseClick(child<QPushButton>(page, "applyPushButton"), Qt::LeftButton);
    QVERIFY2(page.validationMessages().isEmpty(), qPrintable(page.validationMessages().join(u'\n')));

    AppSettings reread(m_path);
    QVERIFY(reread.problems().isEmpty());
    QCOMPARE(reread.registry().serviceName, QStringLiteral("looma-registry"));
    QCOMPARE(reread.prometheus().url, QStringLiteral("https://prom.example:9090"));
    QCOMPARE(reread.prometheus().auth, PrometheusAuth::Bearer);
    QCOMPARE(reread.prometheus().bearerTokenFile, tokenPath);
    QCOMPARE(reread.refresh().prometheusSeconds, 30);
    QCOMPARE(reread.scheduler().cooldownMinutes, 20);
    QCOMPARE(reread.labels().node, QStringLiteral("instance"));
    QVERIFY(reread.isConfigured());
    // The path is in the file, the token is not.
    QVERIFY(fileContent().contains("prom.token"));
    QVERIFY(!fileContent().contains("s3cr3t"));
}

void tst_SettingsPage::revertRestoresStoredValues()
{
    AppSettings settings(m_path);
    SettingsValues v;
    v.prometheus.url = QStringLiteral("http://stored:9090");
    QVERIFY(settings.setValues(v));
    SettingsPage page(settings);
    typeInto(page, "prometheusUrlLineEdit", QStringLiteral("http://edited:9090"));
    QTest::mouseClick(child<QPushButton>(page, "revertPushButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(page, "prometheusUrlLineEdit")->text(), QStringLiteral("http://stored:9090"));
}

void tst_SettingsPage::testButtonsAreHonestUntilWired()
{
    AppSettings settings(m_path);
    SettingsPage page(settings);
    page.show();
    typeInto(page, "prometheusUrlLineEdit", QStringLiteral("http://127.0.0.1:9090"));
    QSignalSpy requested(&page, &SettingsPage::testPrometheusRequested);
    auto *button = child<QPushButton>(page, "testPrometheusPushButton");
    auto *result = child<QLabel>(page, "prometheusTestResultLabel");

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(result->text().contains(u"Not available yet"), qPrintable(result->text()));

    page.setConnectionTestsAvailable(true);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<PrometheusSettings>().url,
             QStringLiteral("http://127.0.0.1:9090"));
    QVERIFY(result->text().contains(u"Testing"));
    page.showPrometheusTestResult(false, QStringLiteral("connection refused"));
    QCOMPARE(result->text(), QStringLiteral("Connection failed: connection refused"));

    // A bad URL is reported by the row itself, without asking the client.
    typeInto(page, "prometheusUrlLineEdit", QStringLiteral("ftp://x"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(result->text().contains(u"http://"));
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
