#pragma once

#include "SettingsValues.h"

#include <QLocale>
#include <QObject>
#include <memory>

class QTranslator;

namespace looma {

// Installs the console's translation (embedded by qt_add_translations as :/i18n/looma_<code>.qm) and
// Qt's own qtbase translation when the system has it. Switching works at run time: installing a
// translator sends QEvent::LanguageChange to every widget, and each page retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "zh_CN" or "en": System means zh_CN for a Chinese system locale, else en.
    static QString resolve(LanguageChoice choice, const QLocale &systemLocale = QLocale::system());
    static QStringList availableCodes();

    // False (and the previous language kept) when the code is unknown or its translation is missing.
    bool apply(LanguageChoice choice);
    bool applyCode(const QString &code);

    QString currentCode() const { return m_current; }
    bool hasQtTranslation() const { return m_qtLoaded; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
    bool m_qtLoaded = false;
};

} // namespace looma
