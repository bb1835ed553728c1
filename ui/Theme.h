#pragma once

#include "SettingsValues.h"

class QPalette;

namespace looma {

// Fusion everywhere (it renders the same on every desktop and offscreen) with the system's palette,
// or a fixed light or dark one.
class Theme final
{
public:
    static void apply(ThemeChoice choice);
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace looma
