#pragma once

#include "Severity.h"

#include <QIcon>

namespace looma {

// The status icon of a severity: a different shape per level (tick, dot, warning, cross), so the
// state reads without colour.
class SeverityIcon final
{
public:
    static QIcon of(Severity severity);
};

} // namespace looma
