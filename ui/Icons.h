#pragma once

#include <QIcon>

namespace looma {

// The console's own icons, drawn as SVG in resources/icons and embedded under :/icons.
namespace icons {
QIcon load(const char *name); // e.g. "nav-clusters"
QIcon application();
} // namespace icons

} // namespace looma
