#include "LanguageManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTest>

using namespace looma;

class tst_LanguageManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void switchesTranslations();
    void rejectsUnknownLanguage();
    void loadsQtsOwnTranslationWhenInstalled();
};

void tst_LanguageManager::resolve_data()
{
    QTest::addColumn<LanguageChoice>("choice");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system zh_CN") << LanguageChoice::System << QStringLiteral("zh_CN")
                                  << QStringLiteral("zh_CN");
    QTest::newRow("system zh_TW") << LanguageChoice::System << QStringLiteral("zh_TW")
                                  << QStringLiteral("zh_CN");
    QTest::newRow("system en_US") << LanguageChoice::System << QStringLiteral("en_US")
                                  << QStringLiteral("en");
    QTest::newRow("system de_DE") << LanguageChoice::System << QStringLiteral("de_DE")
                                  << QStringLiteral("en");
    QTest::newRow("explicit en on zh")
        << LanguageChoice::En << QStringLiteral("zh_CN") << QStringLiteral("en");
    QTest::newRow("explicit zh on en")
        << LanguageChoice::ZhCN << QStringLiteral("en_GB") << QStringLiteral("zh_CN");
}

void tst_LanguageManager::resolve()
{
    QFETCH(LanguageChoice, choice);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::resolve(choice, QLocale(systemLocale)), expected);
}

void tst_LanguageManager::switchesTranslations()
{
    const auto title = [] {
        return QCoreApplication::translate("looma::MainWindow", "Looma Ops Console");
    };
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    QVERIFY(languages.applyCode(QStringLiteral("zh_CN")));
    QCOMPARE(languages.currentCode(), QStringLiteral("zh_CN"));
    QCOMPARE(title(), QStringLiteral("Looma 运维控制台"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(languages.applyCode(QStringLiteral("en")));
    QCOMPARE(title(), QStringLiteral("Looma Ops Console"));
    QCOMPARE(changed.count(), 2);
    // Applying the current language again changes nothing and says so by not signalling.
    QVERIFY(languages.apply(LanguageChoice::En));
    QCOMPARE(changed.count(), 2);
}

void tst_LanguageManager::rejectsUnknownLanguage()
{
    LanguageManager languages;
    QVERIFY(languages.applyCode(QStringLiteral("en")));
    QVERIFY(!languages.applyCode(QStringLiteral("fr")));
    QCOMPARE(languages.currentCode(), QStringLiteral("en"));
}

void tst_LanguageManager::loadsQtsOwnTranslationWhenInstalled()
{
    const QString qm =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (!QFile::exists(qm))
        QSKIP("qtbase_zh_CN.qm is not installed (package qt6-translations-l10n)");
    LanguageManager languages;
    QVERIFY(languages.applyCode(QStringLiteral("zh_CN")));
    QVERIFY(languages.hasQtTranslation());
    // A string of Qt's own dialogs, now in Chinese too.
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QStringLiteral("Cancel"));
}

QTEST_GUILESS_MAIN(tst_LanguageManager)
#include "tst_languagemanager.moc"
