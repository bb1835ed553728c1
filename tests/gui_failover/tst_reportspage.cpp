#include "AppSettings.h"
#include "ConsoleSession.h"
#include "FailoverTestDb.h"
#include "GuiFleet.h"
#include "LanguageManager.h"
#include "StackEnv.h"
#include "pages/ReportsPage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <pqxx/pqxx>

using namespace looma;
using test::FailoverTestDb;
using test::GuiFleet;

// The Reports page against a real registry (Prometheus on a closed port: the report is written
// with its gaps, and the page says which source did not answer). Generation must not freeze the
// window: a timer keeps ticking while it runs.
class tst_ReportsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generate_data();
    void generate();
    void badCustomRangeIsRefusedInWords();
    void cancelStopsQuietly();
    void screenshots();

private:
    void openConsole();
    template <typename T> T *child(const char *name) { return m_page->findChild<T *>(QLatin1String(name)); }

    test::StackEnv m_env;
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    QString m_dsn;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ReportsPage> m_page;
};

void tst_ReportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_env = test::StackEnv::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.applyCode(QStringLiteral("en")));
    QString error;
    m_dsn = FailoverTestDb::create(m_env, QStringLiteral("gui_rep_%1").arg(QCoreApplication::applicationPid()), &error);
    QVERIFY2(!m_dsn.isEmpty(), qPrintable(error));
    pqxx::connection db(m_dsn.toStdString());
    GuiFleet::seed(db);
    openConsole();
}

void tst_ReportsPage::openConsole()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<ConsoleSession>(m_settings.get());
    m_session->setRegistryOverride(m_dsn);
    m_session->setPrometheusOverride(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
    m_session->start();
    m_page = std::make_unique<ReportsPage>(m_session.get());
    m_page->resize(1100, 720);
    m_page->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->registryStatus().state, SourceStatus::State::Live, 20000);
}

void tst_ReportsPage::generate_data()
{
    QTest::addColumn<int>("formatIndex");
    QTest::addColumn<QString>("name");
    QTest::newRow("html") << 1 << QStringLiteral("week.html");
    QTest::newRow("csv") << 2 << QStringLiteral("week-csv");
}

void tst_ReportsPage::generate()
{
    QFETCH(int, formatIndex);
    QFETCH(QString, name);
    child<QComboBox>("rangeComboBox")->setCurrentIndex(1); // last 7 days
    child<QComboBox>("formatComboBox")->setCurrentIndex(formatIndex);
    auto *output = child<QLineEdit>("outputPathLineEdit");
    output->clear();
    const QString path = m_dir.filePath(name);
    QTest::keyClicks(output, path);

    QList<int> percents;
    QObject scope; // the connection ends with this function, before `percents` goes away
    connect(child<QProgressBar>("reportProgressBar"), &QProgressBar::valueChanged, &scope,
            [&percents](int value) { percents << value; });
    QSignalSpy finished(m_page.get(), &ReportsPage::reportFinished);
    // Responsiveness: a 20 ms timer on the GUI thread; the longest gap between ticks is the
    // longest the window could not repaint.
    QTimer ticker;
    ticker.setInterval(20);
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int ticks = 0;
    connect(&ticker, &QTimer::timeout, &scope, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        ++ticks;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticker.start();
    QTest::mouseClick(child<QPushButton>("generatePushButton"), Qt::LeftButton);
    QVERIFY(m_page->isGenerating());
    QVERIFY(finished.wait(90000));
    ticker.stop();
    const qint64 took = elapsed.elapsed();
    qInfo("report %s: %lld ms, %d timer ticks, longest gap between ticks %lld ms", qPrintable(name),
          took, ticks, longestGap);

    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    // A report that takes a few timer periods must have let the timer run; one that is done
    // faster than that (CSV with Prometheus refusing at once) proves nothing either way.
    if (took >= 200)
        QVERIFY2(ticks >= 2, "the GUI thread did not run its timer while the report was generated");
    QVERIFY2(longestGap < 2000, "the GUI thread was blocked for seconds");
    QVERIFY(child<QLabel>("reportResultLabel")->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(child<QPushButton>("openReportPushButton")->isVisible());
    // Prometheus did not answer: written anyway, and the page names the source.
    const QString error = child<QLabel>("reportErrorLabel")->text();
    QVERIFY2(error.contains(QStringLiteral("Prometheus (http://127.0.0.1:1")), qPrintable(error));
    if (formatIndex == 1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.contains("<html"));
        QVERIFY(html.contains("matching-service") || html.contains("matching"));
    } else {
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(!QDir(path).entryList({QStringLiteral("*.csv")}, QDir::Files).isEmpty());
    }
}

void tst_ReportsPage::badCustomRangeIsRefusedInWords()
{
    child<QComboBox>("rangeComboBox")->setCurrentIndex(3); // custom
    auto *from = child<QDateTimeEdit>("fromDateTimeEdit");
    auto *to = child<QDateTimeEdit>("toDateTimeEdit");
    QVERIFY(from->isEnabled() && to->isEnabled());
    const QDateTime now = QDateTime::currentDateTime();
    from->setDateTime(now.addDays(-1));
    to->setDateTime(now.addDays(-2));
    QSignalSpy finished(m_page.get(), &ReportsPage::reportFinished);
    QTest::mouseClick(child<QPushButton>("generatePushButton"), Qt::LeftButton);
    QVERIFY(!m_page->isGenerating());
    auto *error = child<QLabel>("reportErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(finished.isEmpty());
    qInfo("bad range: %s", qPrintable(error->text()));
}

void tst_ReportsPage::cancelStopsQuietly()
{
    child<QComboBox>("rangeComboBox")->setCurrentIndex(0);
    child<QComboBox>("formatComboBox")->setCurrentIndex(1);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.html"));
    child<QLineEdit>("outputPathLineEdit")->setText(path);
    QSignalSpy finished(m_page.get(), &ReportsPage::reportFinished);
    QTest::mouseClick(child<QPushButton>("generatePushButton"), Qt::LeftButton);
    QVERIFY(m_page->isGenerating());
    QTest::mouseClick(child<QPushButton>("cancelPushButton"), Qt::LeftButton);
    QVERIFY(!m_page->isGenerating());
    QVERIFY(child<QPushButton>("generatePushButton")->isEnabled());
    QTest::qWait(1500);
    QVERIFY(finished.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void tst_ReportsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("LOOMA_TEST_ARTIFACTS");
    if (dir.isEmpty())
        QSKIP("LOOMA_TEST_ARTIFACTS is not set");
    QVERIFY(QDir().mkpath(dir));
    child<QComboBox>("rangeComboBox")->setCurrentIndex(2);
    child<QComboBox>("scopeComboBox")->setCurrentIndex(2);
    for (const char *code : {"zh_CN", "en"}) {
        QVERIFY(m_languages.applyCode(QLatin1String(code)));
        child<QComboBox>("formatComboBox")->setCurrentIndex(1);
        child<QLineEdit>("outputPathLineEdit")->setText(m_dir.filePath(QStringLiteral("shot-%1.html").arg(QLatin1String(code))));
        QSignalSpy finished(m_page.get(), &ReportsPage::reportFinished);
        QTest::mouseClick(child<QPushButton>("generatePushButton"), Qt::LeftButton);
        QVERIFY(finished.wait(90000));
        QCoreApplication::processEvents();
        QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("reportspage_%1.png").arg(QLatin1String(code)))));
    }
    QVERIFY(m_languages.applyCode(QStringLiteral("en")));
}

QTEST_MAIN(tst_ReportsPage)
#include "tst_reportspage.moc"
