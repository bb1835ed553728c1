#pragma once

#include <algorithm>

namespace looma {

// How bad a row is, in increasing order, so "worst first" is a descending sort on SeverityRole.
enum class Severity { Ok, Info, Warning, Critical };

inline Severity worse(Severity a, Severity b)
{
    return std::max(a, b);
}

} // namespace looma
