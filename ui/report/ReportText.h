#pragma once

#include "ReportData.h"

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace looma {

// The words of one report, in the report's own language (chosen per report, independent of the
// UI's). Labels are English source text in context "looma::ReportText", listed for lupdate in
// ReportText.cpp; the Chinese comes from the report's own translation (:/i18n/report/...qm),
// looked up through a private QTranslator so rendering never touches the application's
// translators (installing one would retranslate every open window).
class ReportText final
{
public:
    explicit ReportText(const QString &language);
    ~ReportText();
    ReportText(const ReportText &) = delete;
    ReportText &operator=(const ReportText &) = delete;

    bool isChinese() const { return m_language == QLatin1String("zh_CN"); }
    QString language() const { return m_language; }
    QString htmlLang() const { return isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"); }
    bool translationLoaded() const { return m_loaded; }

    QString text(const char *englishSource) const;

    QString missing() const { return QStringLiteral("—"); }
    QString count(double value) const;                 // 1,234,567
    QString percent(double ratio, int decimals) const; // 99.952%
    QString plainPercent(double percent, int decimals) const;
    QString milliseconds(double seconds) const;   // 212.5 ms
    QString dateTime(const QDateTime &utc) const; // 2026-03-01 08:00:00 UTC
    QString duration(qint64 seconds) const;       // 1 h 05 min 10 s
    QString verdict(SummaryRow::Verdict verdict) const;
    QString scope(const ReportScope &scope) const;
    QString sourceName(ReportSource::Kind kind) const;
    QString incidentKind(Incident::Kind kind) const;
    QString trigger(const QString &dbWord) const;
    QString cloud(const QString &dbWord) const;
    QString serviceName(const QString &name) const; // "crm" -> "Looma CRM"
    QString gapPart(const QString &what) const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};

} // namespace looma
