#pragma once

#include <QString>

namespace looma {

// "12 s", "3 min", "2 h 5 min", "4 d 3 h": short enough for a status bar, exact enough for an SRE.
// Negative means "never" and yields an empty string.
QString formatAge(qint64 seconds);

} // namespace looma
