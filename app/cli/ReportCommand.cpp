#include "ReportCommand.h"

#include "PromClient.h"
#include "RegistryClient.h"
#include "ReportJob.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

namespace looma::cli {
namespace {

void useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int ReportCommand::main(int &argc, char **argv)
{
    useOffscreenWithoutDisplay();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("looma-ops"));
    QCoreApplication::setOrganizationName(QStringLiteral("Looma"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOMA_VERSION));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write an SLA and incident report for a time range."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), tr("The subcommand."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Start of the range, ISO 8601 (UTC if no zone)."),
                                        tr("TIME"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("End of the range, ISO 8601 (UTC if no zone)."),
                                      tr("TIME"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
                                         tr("all, cloud:tencent, cloud:alibaba or service:NAME (service:crm for "
                                            "the CRM)."),
                                         tr("SCOPE"), QStringLiteral("all"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("pdf, html or csv."), tr("FORMAT"),
                                          QStringLiteral("pdf"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Report language: zh_CN or en."), tr("LANG"),
                                        QStringLiteral("zh_CN"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("Output file (pdf, html) or directory (csv)."), tr("PATH"));
    const QCommandLineOption registryOption(QStringLiteral("registry"),
                                            tr("Registry libpq DSN; default: libpq's defaults (PG* variables)."),
                                            tr("DSN"));
    const QCommandLineOption promOption(QStringLiteral("prometheus"), tr("Prometheus base URL."), tr("URL"),
                                        QStringLiteral("http://127.0.0.1:9090"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), tr("Print no progress."));
    parser.addOptions({fromOption, toOption, scopeOption, formatOption, langOption, outputOption, registryOption,
                       promOption, quietOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << tr("looma-ops report: %1").arg(parser.errorText()) << Qt::endl;
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    QStringList problems;
    ReportRequest request;
    request.from = ReportRequest::parseTime(parser.value(fromOption));
    request.to = ReportRequest::parseTime(parser.value(toOption));
    request.language = parser.value(langOption);
    if (const auto scope = ReportScope::fromText(parser.value(scopeOption)))
        request.scope = *scope;
    else
        problems << tr("Unknown scope \"%1\"; use all, cloud:tencent, cloud:alibaba or service:NAME.")
                        .arg(parser.value(scopeOption));
    if (const auto format = ReportRequest::formatFromText(parser.value(formatOption)))
        request.format = *format;
    else
        problems << tr("Unknown format \"%1\"; use pdf, html or csv.").arg(parser.value(formatOption));
    if (!parser.isSet(outputOption))
        problems << tr("--output is required.");
    const QUrl promUrl = QUrl::fromUserInput(parser.value(promOption));
    if (!promUrl.isValid() || promUrl.scheme().isEmpty())
        problems << tr("The Prometheus URL \"%1\" is not valid.").arg(parser.value(promOption));
    problems << request.validate();
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            err << tr("looma-ops report: %1").arg(p) << Qt::endl;
        return BadArguments;
    }

    RegistryConfig registryConfig;
    registryConfig.dsn = parser.value(registryOption);
    registryConfig.useCache = false;  // a report reads the live registry or says it could not
    registryConfig.notify = false;
    registryConfig.pollIntervalMs = 24 * 3600 * 1000;
    registryConfig.reconcileIntervalMs = 24 * 3600 * 1000;
    registryConfig.historyLimit = 1;
    RegistryClient registry(registryConfig);
    registry.start();

    PromClient prometheus;
    PromConfig promConfig;
    promConfig.baseUrl = promUrl;
    promConfig.timeoutMs = 60'000; // range queries over weeks take a while on a big fleet
    prometheus.setConfig(promConfig);

    const bool quiet = parser.isSet(quietOption);
    ReportJob job(&registry, &prometheus);
    QObject::connect(&job, &ReportJob::progress, &app, [&err, quiet](int percent, const QString &stage) {
        if (!quiet)
            err << QStringLiteral("[%1%] ").arg(percent, 3) << stage << Qt::endl;
    });
    int code = Ok;
    QObject::connect(&job, &ReportJob::finished, &app, [&](const QString &path, const QString &error) {
        for (const ReportGap &gap : job.data().header.gaps) {
            err << tr("looma-ops report: data gap (%1, %2): %3")
                       .arg(gap.source == ReportSource::Kind::Registry ? QStringLiteral("registry")
                                                                       : QStringLiteral("prometheus"),
                            gap.what, gap.error)
                << Qt::endl;
        }
        if (!error.isEmpty()) {
            err << tr("looma-ops report: cannot write the report: %1").arg(error) << Qt::endl;
            code = WriteFailed;
        } else {
            QTextStream(stdout) << path << Qt::endl;
            for (const ReportSource &s : job.data().header.sources) {
                if (!s.ok) {
                    err << tr("looma-ops report: %1 (%2) did not answer every query; the report was written with "
                              "the gaps stated in it.")
                               .arg(s.kind == ReportSource::Kind::Registry ? tr("the registry") : tr("Prometheus"),
                                    s.location)
                        << Qt::endl;
                    code = SourceUnreachable;
                }
            }
        }
        QCoreApplication::exit(code);
    });
    job.start(request, parser.value(outputOption));
    QGuiApplication::exec();
    return code;
}

} // namespace looma::cli
