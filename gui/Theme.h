#pragma once

#include "AppSettings.h"

#include <QPalette>

namespace antler::gui {

// Light and dark for the whole application: the palette every widget, chart
// and log view reads its colours from, so that one switch changes them all.
class Theme
{
public:
    // Applies theme to the running QApplication; System restores the
    // palette the platform gave the application at start.
    static void apply(AppSettings::Theme theme);
    static QPalette darkPalette();
    static QPalette lightPalette();
    // True when the window background of palette is dark.
    static bool isDark(const QPalette &palette);
};

} // namespace antler::gui
