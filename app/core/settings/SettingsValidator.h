#pragma once

#include "SettingsValues.h"

#include <QCoreApplication>
#include <QList>

namespace looma {

// One thing wrong with a set of values: the settings key it concerns and a sentence for the user.
struct SettingsProblem
{
    QString key; // e.g. "prometheus/url", as in the settings file
    QString message;
};

// Checks values before they are applied: URLs, files that must exist, label names, no passwords.
// Files are checked for existence and readability only; their content is never read here.
class SettingsValidator final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsValidator)

public:
    static QList<SettingsProblem> validate(const SettingsValues &values);

    // An empty optional when the URL is a usable http(s) Prometheus base URL.
    static std::optional<QString> checkPrometheusUrl(const QString &url);
    static bool isValidLabelName(const QString &name);

private:
    static std::optional<QString> checkReadableFile(const QString &path, const QString &what);
};

} // namespace looma
