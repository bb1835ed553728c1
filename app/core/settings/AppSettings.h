#pragma once

#include "SettingsValues.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <memory>

class QSettings;

namespace looma {

// The console's settings file (INI) behind typed accessors. Reading never fails: a missing, unreadable
// or malformed file, or a value out of range, falls back to the default and is described in
// problems(), so the window can say what happened instead of crashing or silently losing it.
// Secrets are never written: only paths to files that hold them.
class AppSettings final : public QObject
{
    Q_OBJECT

public:
    // An empty path means the per-user default (defaultFilePath()).
    explicit AppSettings(const QString &filePath = QString(), QObject *parent = nullptr);
    ~AppSettings() override;

    static QString defaultFilePath();
    QString filePath() const;

    // What went wrong reading or writing the file, in words for the user (in the language current at the
    // time of the call, so a banner can retranslate); empty when all was well.
    QStringList problems() const;

    // First-run detection: true once at least one data source (registry or Prometheus) is set.
    bool isConfigured() const;

    SettingsValues values() const { return m_values; }
    // Stores all values at once and writes the file; false (with a problem added) if it can't be written.
    bool setValues(const SettingsValues &values);

    RegistrySettings registry() const { return m_values.registry; }
    PrometheusSettings prometheus() const { return m_values.prometheus; }
    RefreshSettings refresh() const { return m_values.refresh; }
    LabelSettings labels() const { return m_values.labels; }
    SchedulerPolicy scheduler() const { return m_values.scheduler; }
    LanguageChoice language() const { return m_values.language; }
    ThemeChoice theme() const { return m_values.theme; }
    // Stored flag or --read-only for this session.
    bool readOnly() const { return m_values.readOnly || m_readOnlyForced; }
    bool storedReadOnly() const { return m_values.readOnly; }

    void setRegistry(const RegistrySettings &value);
    void setPrometheus(const PrometheusSettings &value);
    void setRefresh(const RefreshSettings &value);
    void setLabels(const LabelSettings &value);
    void setScheduler(const SchedulerPolicy &value);
    void setLanguage(LanguageChoice value);
    void setTheme(ThemeChoice value);
    void setReadOnly(bool value);

    // --read-only on the command line: on for this run, never written to the file.
    void forceReadOnlyForSession() { m_readOnlyForced = true; }
    bool isReadOnlyForced() const { return m_readOnlyForced; }

    // Window state, kept in the same file so --config keeps a whole profile apart.
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QString lastPage() const;
    void setWindowGeometry(const QByteArray &geometry);
    void setWindowState(const QByteArray &state);
    void setLastPage(const QString &pageKey);

    // Writes pending changes; false (with a problem added) if the file can't be written.
    bool sync();

Q_SIGNALS:
    void changed();

private:
    void checkFile();
    void load();
    void write(const SettingsValues &values);
    int readInt(const QString &key, int fallback, int min, int max);
    QString readString(const QString &key, const QString &fallback);
    template <typename Enum, typename Parse> Enum readEnum(const QString &key, Enum fallback, Parse parse);

    // A problem is kept as untranslated text and arguments, and translated when asked for.
    struct Problem
    {
        const char *text = nullptr;
        QStringList args;
        bool operator==(const Problem &o) const { return text == o.text && args == o.args; }
    };
    void addProblem(const char *text, const QStringList &args = {});

    std::unique_ptr<QSettings> m_settings;
    SettingsValues m_values;
    QList<Problem> m_problems;
    bool m_readOnlyForced = false;
    bool m_fileUsable = true;
};

} // namespace looma
