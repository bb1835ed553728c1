#include "AppSettings.h"

#include "ConnectionStrings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace looma {
namespace {

namespace key {
const QString registryDsn = QStringLiteral("registry/dsn");
const QString registryService = QStringLiteral("registry/service");
const QString registrySslMode = QStringLiteral("registry/sslmode");
const QString promUrl = QStringLiteral("prometheus/url");
const QString promAuth = QStringLiteral("prometheus/auth");
const QString promTokenFile = QStringLiteral("prometheus/bearerTokenFile");
const QString promUser = QStringLiteral("prometheus/basicUser");
const QString promPasswordFile = QStringLiteral("prometheus/basicPasswordFile");
const QString promCaFile = QStringLiteral("prometheus/caFile");
const QString refreshRegistry = QStringLiteral("refresh/registrySeconds");
const QString refreshPrometheus = QStringLiteral("refresh/prometheusSeconds");
const QString labelNode = QStringLiteral("labels/node");
const QString labelService = QStringLiteral("labels/service");
const QString labelCluster = QStringLiteral("labels/cluster");
const QString cooldown = QStringLiteral("scheduler/cooldownMinutes");
const QString partitionGuard = QStringLiteral("scheduler/partitionGuardPercent");
const QString language = QStringLiteral("ui/language");
const QString theme = QStringLiteral("ui/theme");
const QString readOnly = QStringLiteral("ui/readOnly");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString lastPage = QStringLiteral("window/lastPage");
} // namespace key

// Keys a person might add by hand to hold a secret; they are ignored and reported, never used.
const QStringList secretKeys{QStringLiteral("registry/password"), QStringLiteral("prometheus/password"),
                             QStringLiteral("prometheus/bearerToken"), QStringLiteral("prometheus/token")};

} // namespace

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(filePath.isEmpty() ? defaultFilePath() : filePath,
                                             QSettings::IniFormat))
{
    checkFile();
    load();
}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultFilePath()
{
    // The same place QSettings would choose for this application, e.g. ~/.config/Looma/looma-ops.ini.
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                     QCoreApplication::applicationName())
        .fileName();
}

void AppSettings::addProblem(const char *text, const QStringList &args)
{
    const Problem problem{text, args};
    if (!m_problems.contains(problem))
        m_problems.append(problem);
}

QStringList AppSettings::problems() const
{
    QStringList out;
    for (const Problem &p : m_problems) {
        QString line = tr(p.text);
        const QStringList &a = p.args;
        // One multi-argument arg() call, so a %N inside a value (a path, say) is never substituted.
        switch (a.size()) {
        case 0:
            break;
        case 1:
            line = line.arg(a[0]);
            break;
        case 2:
            line = line.arg(a[0], a[1]);
            break;
        case 3:
            line = line.arg(a[0], a[1], a[2]);
            break;
        case 4:
            line = line.arg(a[0], a[1], a[2], a[3]);
            break;
        default:
            line = line.arg(a[0], a[1], a[2], a[3], a[4]);
            break;
        }
        out << line;
    }
    return out;
}

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

bool AppSettings::isConfigured() const
{
    return m_values.registry.isConfigured() || m_values.prometheus.isConfigured();
}

void AppSettings::checkFile()
{
    const QFileInfo info(filePath());
    if (info.exists() && info.isDir()) {
        m_fileUsable = false;
        addProblem(
            QT_TR_NOOP("The settings file %1 is a folder; defaults are used and nothing can be saved."),
            {QDir::toNativeSeparators(filePath())});
        return;
    }
    if (info.exists() && !info.isReadable()) {
        m_fileUsable = false;
        addProblem(QT_TR_NOOP("The settings file %1 cannot be read; defaults are used."),
                   {QDir::toNativeSeparators(filePath())});
        return;
    }
    if (m_settings->status() == QSettings::FormatError) {
        addProblem(QT_TR_NOOP("The settings file %1 is malformed and was not read; defaults are used."),
                   {QDir::toNativeSeparators(filePath())});
    } else if (m_settings->status() == QSettings::AccessError) {
        addProblem(QT_TR_NOOP("The settings file %1 cannot be accessed; defaults are used."),
                   {QDir::toNativeSeparators(filePath())});
    }
}

int AppSettings::readInt(const QString &k, int fallback, int min, int max)
{
    if (!m_settings->contains(k))
        return fallback;
    const QString text = m_settings->value(k).toString().trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    addProblem(QT_TR_NOOP("Setting %1 = \"%2\" is not a whole number from %3 to %4; the default %5 is used."),
               {k, text, QString::number(min), QString::number(max), QString::number(fallback)});
    return fallback;
}

QString AppSettings::readString(const QString &k, const QString &fallback)
{
    return m_settings->contains(k) ? m_settings->value(k).toString().trimmed() : fallback;
}

template <typename Enum, typename Parse>
Enum AppSettings::readEnum(const QString &k, Enum fallback, Parse parse)
{
    if (!m_settings->contains(k))
        return fallback;
    const QString text = m_settings->value(k).toString().trimmed();
    if (const std::optional<Enum> value = parse(text))
        return *value;
    addProblem(QT_TR_NOOP("Setting %1 = \"%2\" is not a known choice; the default \"%3\" is used."),
               {k, text, toSettingsText(fallback)});
    return fallback;
}

void AppSettings::load()
{
    const SettingsValues defaults;
    SettingsValues v;
    v.registry.dsn = readString(key::registryDsn, {});
    if (connstr::hasPassword(v.registry.dsn)) {
        v.registry.dsn = connstr::withoutPassword(v.registry.dsn);
        addProblem(QT_TR_NOOP("The registry DSN in the settings file holds a password; it is ignored. "
                              "Put the password in PGPASSFILE (~/.pgpass) or the libpq service file."));
    }
    v.registry.serviceName = readString(key::registryService, {});
    v.registry.sslMode = readEnum(key::registrySslMode, defaults.registry.sslMode, sslModeFromText);

    v.prometheus.url = readString(key::promUrl, {});
    v.prometheus.auth = readEnum(key::promAuth, defaults.prometheus.auth, prometheusAuthFromText);
    v.prometheus.bearerTokenFile = readString(key::promTokenFile, {});
    v.prometheus.basicUser = readString(key::promUser, {});
    v.prometheus.basicPasswordFile = readString(key::promPasswordFile, {});
    v.prometheus.caFile = readString(key::promCaFile, {});
    for (const QString &k : secretKeys) {
        if (m_settings->contains(k))
            addProblem(
                QT_TR_NOOP("Setting %1 holds a secret and is ignored: name a file that holds it instead."),
                {k});
    }

    v.refresh.registrySeconds = readInt(key::refreshRegistry, defaults.refresh.registrySeconds,
                                        limits::minRefreshSeconds, limits::maxRefreshSeconds);
    v.refresh.prometheusSeconds = readInt(key::refreshPrometheus, defaults.refresh.prometheusSeconds,
                                          limits::minRefreshSeconds, limits::maxRefreshSeconds);

    v.labels.node = readString(key::labelNode, defaults.labels.node);
    v.labels.service = readString(key::labelService, defaults.labels.service);
    v.labels.cluster = readString(key::labelCluster, defaults.labels.cluster);

    v.scheduler.cooldownMinutes = readInt(key::cooldown, defaults.scheduler.cooldownMinutes,
                                          limits::minCooldownMinutes, limits::maxCooldownMinutes);
    v.scheduler.partitionGuardPercent =
        readInt(key::partitionGuard, defaults.scheduler.partitionGuardPercent,
                limits::minPartitionGuardPercent, limits::maxPartitionGuardPercent);

    v.language = readEnum(key::language, defaults.language, languageFromText);
    v.theme = readEnum(key::theme, defaults.theme, themeFromText);
    if (m_settings->contains(key::readOnly)) {
        const QString text = m_settings->value(key::readOnly).toString().trimmed().toLower();
        if (text == u"true" || text == u"1")
            v.readOnly = true;
        else if (text != u"false" && text != u"0")
            addProblem(QT_TR_NOOP("Setting %1 = \"%2\" is neither true nor false; read-only stays off."),
                       {key::readOnly, text});
    }
    m_values = v;
}

void AppSettings::write(const SettingsValues &v)
{
    m_settings->setValue(key::registryDsn, connstr::withoutPassword(v.registry.dsn));
    m_settings->setValue(key::registryService, v.registry.serviceName);
    m_settings->setValue(key::registrySslMode, toSettingsText(v.registry.sslMode));
    m_settings->setValue(key::promUrl, v.prometheus.url);
    m_settings->setValue(key::promAuth, toSettingsText(v.prometheus.auth));
    m_settings->setValue(key::promTokenFile, v.prometheus.bearerTokenFile);
    m_settings->setValue(key::promUser, v.prometheus.basicUser);
    m_settings->setValue(key::promPasswordFile, v.prometheus.basicPasswordFile);
    m_settings->setValue(key::promCaFile, v.prometheus.caFile);
    m_settings->setValue(key::refreshRegistry, v.refresh.registrySeconds);
    m_settings->setValue(key::refreshPrometheus, v.refresh.prometheusSeconds);
    m_settings->setValue(key::labelNode, v.labels.node);
    m_settings->setValue(key::labelService, v.labels.service);
    m_settings->setValue(key::labelCluster, v.labels.cluster);
    m_settings->setValue(key::cooldown, v.scheduler.cooldownMinutes);
    m_settings->setValue(key::partitionGuard, v.scheduler.partitionGuardPercent);
    m_settings->setValue(key::language, toSettingsText(v.language));
    m_settings->setValue(key::theme, toSettingsText(v.theme));
    m_settings->setValue(key::readOnly, v.readOnly);
    // A secret someone typed into the file by hand goes away with the first save.
    for (const QString &k : secretKeys)
        m_settings->remove(k);
}

bool AppSettings::setValues(const SettingsValues &values)
{
    SettingsValues stored = values;
    stored.registry.dsn = connstr::withoutPassword(values.registry.dsn);
    write(stored);
    m_values = stored;
    const bool ok = sync();
    Q_EMIT changed();
    return ok;
}

void AppSettings::setRegistry(const RegistrySettings &value)
{
    SettingsValues v = m_values;
    v.registry = value;
    setValues(v);
}

void AppSettings::setPrometheus(const PrometheusSettings &value)
{
    SettingsValues v = m_values;
    v.prometheus = value;
    setValues(v);
}

void AppSettings::setRefresh(const RefreshSettings &value)
{
    SettingsValues v = m_values;
    v.refresh = value;
    setValues(v);
}

void AppSettings::setLabels(const LabelSettings &value)
{
    SettingsValues v = m_values;
    v.labels = value;
    setValues(v);
}

void AppSettings::setScheduler(const SchedulerPolicy &value)
{
    SettingsValues v = m_values;
    v.scheduler = value;
    setValues(v);
}

void AppSettings::setLanguage(LanguageChoice value)
{
    SettingsValues v = m_values;
    v.language = value;
    setValues(v);
}

void AppSettings::setTheme(ThemeChoice value)
{
    SettingsValues v = m_values;
    v.theme = value;
    setValues(v);
}

void AppSettings::setReadOnly(bool value)
{
    SettingsValues v = m_values;
    v.readOnly = value;
    setValues(v);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(key::geometry).toByteArray();
}
QByteArray AppSettings::windowState() const
{
    return m_settings->value(key::state).toByteArray();
}
QString AppSettings::lastPage() const
{
    return m_settings->value(key::lastPage).toString();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(key::geometry, geometry);
}
void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(key::state, state);
}
void AppSettings::setLastPage(const QString &pageKey)
{
    m_settings->setValue(key::lastPage, pageKey);
}

bool AppSettings::sync()
{
    if (!m_fileUsable)
        return false;
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    addProblem(QT_TR_NOOP("The settings file %1 could not be written."),
               {QDir::toNativeSeparators(filePath())});
    return false;
}

} // namespace looma
