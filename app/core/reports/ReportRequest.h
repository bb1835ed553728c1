#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace looma {

// Which part of the fleet a report covers: everything, one cloud, or one service ("crm" names the
// CRM's business operations, the AI services go by their registry names).
struct ReportScope
{
    enum class Kind { All, Cloud, Service };
    Kind kind = Kind::All;
    QString value; // "tencent" / "alibaba" for Cloud, a service name for Service

    // "all", "cloud:tencent", "service:ai-gateway"
    QString toText() const;
    static std::optional<ReportScope> fromText(QStringView text);
    bool includesCrm() const { return kind != Kind::Service || value == crmName(); }
    bool includesService(const QString &name) const { return kind != Kind::Service || value == name; }
    static QString crmName() { return QStringLiteral("crm"); }
    bool operator==(const ReportScope &o) const { return kind == o.kind && value == o.value; }
};

enum class ReportFormat { Pdf, Html, Csv };

// What a person asked for. validate() says, in words, what is wrong with it; a collector only
// ever sees a request that validated.
class ReportRequest final
{
    Q_DECLARE_TR_FUNCTIONS(looma::ReportRequest)

public:
    static constexpr qint64 MaxRangeDays = 92;       // a quarter: the longest SLA period we report
    static constexpr qint64 FutureSlackSeconds = 300; // clocks differ; "to now" may be a bit ahead

    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    ReportScope scope;
    QString language = QStringLiteral("zh_CN"); // "zh_CN" or "en": the report's, not the UI's
    ReportFormat format = ReportFormat::Pdf;

    // Empty when the request can run at `now`; otherwise one sentence per problem.
    QStringList validate(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    qint64 rangeSeconds() const { return from.secsTo(to); }

    static QStringList languages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    static QString formatText(ReportFormat format); // "pdf", "html", "csv"
    static std::optional<ReportFormat> formatFromText(QStringView text);
    // ISO 8601 with a zone (Z or +08:00); a time without a zone is taken as UTC.
    static QDateTime parseTime(const QString &text);
};

} // namespace looma

Q_DECLARE_METATYPE(looma::ReportRequest)
