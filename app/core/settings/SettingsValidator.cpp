#include "SettingsValidator.h"

#include "ConnectionStrings.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace looma {

std::optional<QString> SettingsValidator::checkPrometheusUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt; // not configured is allowed; the status bar says so
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return tr("The Prometheus URL \"%1\" is not a valid URL (example: http://prometheus:9090).")
            .arg(trimmed);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return tr("The Prometheus URL must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The Prometheus URL \"%1\" names no host.").arg(trimmed);
    if (url.hasQuery() || url.hasFragment())
        return tr("The Prometheus URL must be the server's base address, without ?query or #fragment.");
    if (!url.userInfo().isEmpty())
        return tr("The Prometheus URL must not contain a user or password; use the authentication fields.");
    return std::nullopt;
}

bool SettingsValidator::isValidLabelName(const QString &name)
{
    // Prometheus' label name grammar.
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch();
}

std::optional<QString> SettingsValidator::checkReadableFile(const QString &path, const QString &what)
{
    if (path.trimmed().isEmpty())
        return tr("%1: no file is given.").arg(what);
    const QFileInfo info(path.trimmed());
    if (!info.exists())
        return tr("%1: the file %2 does not exist.").arg(what, path.trimmed());
    if (!info.isFile())
        return tr("%1: %2 is not a file.").arg(what, path.trimmed());
    if (!info.isReadable())
        return tr("%1: the file %2 cannot be read.").arg(what, path.trimmed());
    return std::nullopt;
}

QList<SettingsProblem> SettingsValidator::validate(const SettingsValues &v)
{
    QList<SettingsProblem> problems;
    const auto add = [&problems](const char *key, const QString &message) {
        problems.append({QString::fromLatin1(key), message});
    };

    const RegistrySettings &reg = v.registry;
    if (!reg.dsn.trimmed().isEmpty() && !reg.serviceName.trimmed().isEmpty())
        add("registry/dsn", tr("Give either a registry DSN or a libpq service name, not both."));
    if (connstr::hasPassword(reg.dsn))
        add("registry/dsn", tr("The registry DSN must not contain a password. Put it in PGPASSFILE "
                               "(~/.pgpass) or the libpq service file."));
    if (connstr::isUri(reg.dsn) && !QUrl(reg.dsn.trimmed(), QUrl::StrictMode).isValid())
        add("registry/dsn", tr("The registry DSN is not a valid postgresql:// URI."));
    if (reg.serviceName.trimmed().contains(QRegularExpression(QStringLiteral("[\\s=]"))))
        add("registry/service", tr("A libpq service name is one word, as in [name] of pg_service.conf."));

    const PrometheusSettings &prom = v.prometheus;
    if (const auto error = checkPrometheusUrl(prom.url))
        add("prometheus/url", *error);
    if (prom.auth == PrometheusAuth::Bearer) {
        if (const auto error = checkReadableFile(prom.bearerTokenFile, tr("Bearer token file")))
            add("prometheus/bearerTokenFile", *error);
    } else if (prom.auth == PrometheusAuth::Basic) {
        if (prom.basicUser.trimmed().isEmpty())
            add("prometheus/basicUser", tr("Basic authentication needs a user name."));
        if (const auto error = checkReadableFile(prom.basicPasswordFile, tr("Password file")))
            add("prometheus/basicPasswordFile", *error);
    }
    if (!prom.caFile.trimmed().isEmpty()) {
        if (const auto error = checkReadableFile(prom.caFile, tr("CA file")))
            add("prometheus/caFile", *error);
    }

    const std::pair<const char *, QString> labels[] = {{"labels/node", v.labels.node},
                                                       {"labels/service", v.labels.service},
                                                       {"labels/cluster", v.labels.cluster}};
    for (const auto &[key, name] : labels) {
        if (!isValidLabelName(name))
            add(key, tr("\"%1\" is not a valid Prometheus label name (letters, digits, underscore; "
                        "not starting with a digit).")
                         .arg(name));
    }

    const auto inRange = [](int value, int min, int max) {
        return value >= min && value <= max;
    };
    if (!inRange(v.refresh.registrySeconds, limits::minRefreshSeconds, limits::maxRefreshSeconds))
        add("refresh/registrySeconds", tr("The registry poll interval must be 1 to 3600 seconds."));
    if (!inRange(v.refresh.prometheusSeconds, limits::minRefreshSeconds, limits::maxRefreshSeconds))
        add("refresh/prometheusSeconds", tr("The Prometheus refresh interval must be 1 to 3600 seconds."));
    if (!inRange(v.scheduler.cooldownMinutes, limits::minCooldownMinutes, limits::maxCooldownMinutes))
        add("scheduler/cooldownMinutes", tr("The failover cooldown must be 0 to 1440 minutes."));
    if (!inRange(v.scheduler.partitionGuardPercent, limits::minPartitionGuardPercent,
                 limits::maxPartitionGuardPercent))
        add("scheduler/partitionGuardPercent", tr("The partition guard share must be 1 to 100 %."));
    return problems;
}

} // namespace looma
