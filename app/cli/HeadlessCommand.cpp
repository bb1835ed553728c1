#include "HeadlessCommand.h"

#include "HealthTypes.h"
#include "RegistryClient.h"
#include "SchedulerService.h"

#include <QCommandLineParser>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace looma::cli {
namespace {

int g_signalPipe[2] = {-1, -1};

// Async-signal-safe: one byte into the socket pair; the event loop does the rest.
void onSignal(int signo)
{
    const char byte = char(signo);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

void say(const QString &line)
{
    static QTextStream out(stdout);
    QString flat = line; // one event, one line: libpq's messages carry newlines and tabs
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    out << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << QLatin1Char(' ') << flat << Qt::endl;
}

QString stateWord(HealthState s)
{
    return toDbText(s);
}

struct Options
{
    SchedulerConfig scheduler;
    RegistryConfig registry;
    int startTimeoutS = 30;
};

// Parses argv into options; on failure returns false with the reason in *error.
bool parse(const QStringList &arguments, Options *o, QString *error, bool *helpShown)
{
    QCommandLineParser p;
    p.setApplicationDescription(HeadlessCommand::tr("Runs the health-check and failover scheduler without a window."));
    p.addHelpOption();
    const QCommandLineOption headless(QStringLiteral("headless"), HeadlessCommand::tr("Run without a window."));
    const QCommandLineOption registry(QStringLiteral("registry"), HeadlessCommand::tr("Registry connection string."), QStringLiteral("DSN"));
    const QCommandLineOption prometheus(QStringLiteral("prometheus"), HeadlessCommand::tr("Prometheus base URL (second observer, or the health source)."), QStringLiteral("URL"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), HeadlessCommand::tr("Never write: no failover, no leadership, no health events."));
    const QCommandLineOption interval(QStringLiteral("check-interval-ms"), HeadlessCommand::tr("Override every check policy's interval."), QStringLiteral("N"));
    const QCommandLineOption cooldown(QStringLiteral("cooldown-s"), HeadlessCommand::tr("Cooldown after a group's failover, in seconds."), QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption share(QStringLiteral("partition-share"), HeadlessCommand::tr("Failing share of all checks that trips the partition guard (0..1)."), QStringLiteral("F"), QStringLiteral("0.3"));
    const QCommandLineOption observer(QStringLiteral("observer-name"), HeadlessCommand::tr("Name in health_events.observer and as the failover actor."), QStringLiteral("NAME"));
    const QCommandLineOption source(QStringLiteral("health-source"), HeadlessCommand::tr("probes (default) or prometheus."), QStringLiteral("KIND"), QStringLiteral("probes"));
    const QCommandLineOption webhook(QStringLiteral("webhook"), HeadlessCommand::tr("Webhook POSTed after every committed failover."), QStringLiteral("URL"));
    const QCommandLineOption leader(QStringLiteral("leader-interval-ms"), HeadlessCommand::tr("Leadership retry and confirm interval."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption timeout(QStringLiteral("start-timeout-s"), HeadlessCommand::tr("Give up (exit 3) when the registry stays unreachable this long at start."), QStringLiteral("N"), QStringLiteral("30"));
    p.addOptions({headless, registry, prometheus, readOnly, interval, cooldown, share, observer, source, webhook, leader, timeout});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        *helpShown = true;
        return true;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = HeadlessCommand::tr("Unexpected argument: %1").arg(p.positionalArguments().first());
        return false;
    }
    bool ok = true;
    auto number = [&p, &ok](const QCommandLineOption &opt, qint64 min, qint64 max) {
        bool good = false;
        const qint64 v = p.value(opt).toLongLong(&good);
        ok = ok && good && v >= min && v <= max;
        return v;
    };
    SchedulerConfig &s = o->scheduler;
    o->registry.dsn = p.value(registry);
    o->registry.useCache = false; // act on the live registry only, never on a cached picture
    o->registry.pollIntervalMs = 2000;
    s.dsn = o->registry.connectionString();
    if (p.isSet(prometheus)) {
        s.prometheus.baseUrl = QUrl(p.value(prometheus));
        const QString invalid = s.prometheus.validate();
        if (!invalid.isEmpty()) {
            *error = invalid;
            return false;
        }
    }
    s.readOnly = p.isSet(readOnly);
    if (p.isSet(interval))
        s.checkIntervalMs = int(number(interval, 100, 3600000));
    s.cooldownSeconds = number(cooldown, 0, 7 * 86400);
    s.leaderIntervalMs = int(number(leader, 200, 600000));
    o->startTimeoutS = int(number(timeout, 1, 86400));
    bool shareOk = false;
    s.partitionShare = p.value(share).toDouble(&shareOk);
    if (!ok || !shareOk || s.partitionShare <= 0.0 || s.partitionShare > 1.0) {
        *error = HeadlessCommand::tr("Numbers out of range: --check-interval-ms 100.., --cooldown-s 0.., "
                                     "--leader-interval-ms 200.., --start-timeout-s 1.., --partition-share (0, 1].");
        return false;
    }
    s.observerName = p.value(observer);
    const QString kind = p.value(source);
    if (kind == QLatin1String("prometheus")) {
        s.source = HealthSourceKind::Prometheus;
        if (!s.prometheus.isConfigured()) {
            *error = HeadlessCommand::tr("--health-source prometheus needs --prometheus URL.");
            return false;
        }
    } else if (kind != QLatin1String("probes")) {
        *error = HeadlessCommand::tr("--health-source is probes or prometheus, not %1.").arg(kind);
        return false;
    }
    if (p.isSet(webhook)) {
        s.webhook.defaultUrl = QUrl(p.value(webhook));
        if (!s.webhook.defaultUrl.isValid() || s.webhook.defaultUrl.scheme().isEmpty()) {
            *error = HeadlessCommand::tr("--webhook needs an http(s) URL.");
            return false;
        }
    }
    return true;
}

void connectLog(SchedulerService &scheduler)
{
    QObject::connect(&scheduler, &SchedulerService::transitionsObserved, &scheduler,
                     [](const QList<HealthTransition> &batch) {
                         for (const HealthTransition &t : batch)
                             say(QStringLiteral("transition instance=%1 %2 -> %3 (%4)")
                                     .arg(t.instanceId).arg(stateWord(t.fromState), stateWord(t.toState), t.detail));
                     });
    QObject::connect(&scheduler, &SchedulerService::decisionChanged, &scheduler, [](const GroupDecision &d) {
        say(QStringLiteral("decision group=%1 act=%2 block=%3 observer=%4: %5")
                .arg(d.group, d.decision.act ? QStringLiteral("yes") : QStringLiteral("no"), d.blockWord(),
                     toText(d.observer), d.decision.reason));
    });
    QObject::connect(&scheduler, &SchedulerService::leadershipChanged, &scheduler,
                     [](bool leader) { say(QStringLiteral("leader %1").arg(leader ? QStringLiteral("yes") : QStringLiteral("no"))); });
    QObject::connect(&scheduler, &SchedulerService::partitionSuspected, &scheduler, [](const PartitionAlert &a) {
        say(QStringLiteral("partition suspected: %1").arg(a.message));
    });
    QObject::connect(&scheduler, &SchedulerService::partitionCleared, &scheduler,
                     [](const QDateTime &) { say(QStringLiteral("partition cleared")); });
    QObject::connect(&scheduler, &SchedulerService::failoverStarted, &scheduler, [](const PromotionRequest &r) {
        say(QStringLiteral("failover started group=%1 from=%2 to=%3 generation=%4")
                .arg(r.group).arg(r.expectedPrimaryId).arg(r.candidateId).arg(r.expectedGeneration));
    });
    QObject::connect(&scheduler, &SchedulerService::failoverCommitted, &scheduler, [](const PromotionResult &r) {
        say(QStringLiteral("failover committed group=%1 from=%2 to=%3 generation=%4 event=%5")
                .arg(r.group).arg(r.fromInstanceId).arg(r.toInstanceId).arg(r.generation).arg(r.eventId));
    });
    QObject::connect(&scheduler, &SchedulerService::failoverRefused, &scheduler, [](const PromotionResult &r) {
        say(QStringLiteral("failover not committed group=%1 event=%2: %3").arg(r.group).arg(r.eventId).arg(r.message));
    });
    QObject::connect(&scheduler, &SchedulerService::failoverActuated, &scheduler,
                     [](qint64 eventId, bool ok, const QString &detail) {
                         say(QStringLiteral("failover actuation event=%1 ok=%2: %3")
                                 .arg(eventId).arg(ok ? QStringLiteral("yes") : QStringLiteral("no"), detail));
                     });
    QObject::connect(&scheduler, &SchedulerService::problem, &scheduler,
                     [](const QString &message) { say(QStringLiteral("problem: %1").arg(message)); });
}

} // namespace

std::optional<int> HeadlessCommand::runIfRequested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0)
            return main(argc, argv);
    }
    return std::nullopt;
}

int HeadlessCommand::main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("looma-ops"));
    QCoreApplication::setOrganizationName(QStringLiteral("Looma"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOMA_VERSION));

    Options options;
    QString error;
    bool helpShown = false;
    if (!parse(QCoreApplication::arguments(), &options, &error, &helpShown)) {
        QTextStream(stderr) << "looma-ops --headless: " << error << Qt::endl;
        return 2;
    }
    if (helpShown)
        return 0;

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0) {
        QTextStream(stderr) << "looma-ops --headless: socketpair failed" << Qt::endl;
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        say(QStringLiteral("signal %1: stopping").arg(int(byte)));
        QCoreApplication::exit(0);
    });

    RegistryClient registry(options.registry);
    SchedulerService scheduler(options.scheduler, &registry);
    connectLog(scheduler);

    bool live = false;
    QObject::connect(&registry, &RegistryClient::snapshotReady, &app, [&live](const FleetSnapshot &s) {
        if (!live)
            say(QStringLiteral("registry live: %1 instances").arg(s.instances.size()));
        live = true;
    });
    QObject::connect(&registry, &RegistryClient::statusChanged, &app, [](const SourceStatus &s) {
        if (s.state == SourceStatus::State::Stale)
            say(QStringLiteral("registry stale: %1").arg(s.error));
    });
    QTimer startTimeout;
    startTimeout.setSingleShot(true);
    QObject::connect(&startTimeout, &QTimer::timeout, &app, [&live, &registry, &options] {
        if (live)
            return;
        say(QStringLiteral("registry unreachable for %1 s at start (%2): giving up")
                .arg(options.startTimeoutS).arg(registry.status().error));
        QCoreApplication::exit(3);
    });
    startTimeout.start(options.startTimeoutS * 1000);

    say(QStringLiteral("headless scheduler starting: registry %1, source %2%3")
            .arg(RegistryConfig::redacted(options.scheduler.dsn), toText(options.scheduler.source),
                 options.scheduler.readOnly ? QStringLiteral(", read-only") : QString()));
    scheduler.start();
    registry.start();
    const int code = QCoreApplication::exec();
    scheduler.stop();
    registry.stop();
    say(QStringLiteral("stopped (exit %1)").arg(code));
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return code;
}

} // namespace looma::cli
