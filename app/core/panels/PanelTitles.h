#pragma once

#include <QString>
#include <QStringList>

namespace looma {

// Panel titles are English source text in the panel files. The titles of the shipped panels are
// listed here so lupdate extracts them; the UI shows translate(title), which falls back to the
// file's text for a user's own panels.
class PanelTitles final
{
public:
    static QString translate(const QString &englishTitle);
    static QStringList known(); // the shipped titles, English
};

} // namespace looma
