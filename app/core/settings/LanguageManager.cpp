#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace looma {
namespace {

const QString zhCN = QStringLiteral("zh_CN");
const QString en = QStringLiteral("en");

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    uninstall();
}

QString LanguageManager::resolve(LanguageChoice choice, const QLocale &systemLocale)
{
    switch (choice) {
    case LanguageChoice::ZhCN:
        return zhCN;
    case LanguageChoice::En:
        return en;
    case LanguageChoice::System:
        break;
    }
    // Any Chinese locale (zh_TW and zh_HK too) reads Chinese better than English.
    return systemLocale.language() == QLocale::Chinese ? zhCN : en;
}

QStringList LanguageManager::availableCodes()
{
    return {zhCN, en};
}

bool LanguageManager::apply(LanguageChoice choice)
{
    return applyCode(resolve(choice));
}

bool LanguageManager::applyCode(const QString &code)
{
    if (!availableCodes().contains(code))
        return false;
    if (code == m_current)
        return true;

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/looma_%1.qm").arg(code))) {
        qWarning("LanguageManager: the translation for %s is not embedded in this build", qPrintable(code));
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    uninstall();
    m_appTranslator = std::move(app);
    QCoreApplication::installTranslator(m_appTranslator.get());
    if (qtLoaded) {
        m_qtTranslator = std::move(qt);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_qtLoaded = qtLoaded;
    m_current = code;
    // Number and date formats follow the chosen language, not the machine's.
    QLocale::setDefault(QLocale(code));
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageManager::uninstall()
{
    // At exit the application object may already be gone, and the translators with it.
    if (!QCoreApplication::instance()) {
        m_appTranslator.reset();
        m_qtTranslator.reset();
        return;
    }
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_qtLoaded = false;
}

} // namespace looma
