#pragma once

#include "LogLine.h"

#include <QColor>
#include <QPalette>

#include <array>

namespace antler::gui {

// The ANSI colours as the log paints them on one widget palette. Terminal
// colours assume a black background; here each colour keeps its hue but its
// lightness moves until it reads on QPalette::Base with a WCAG contrast of
// at least 4.5, so "white" is dark grey on a light theme and "blue" is a
// light blue on a dark one. Rebuilt whenever the palette changes.
class AnsiPalette
{
public:
    explicit AnsiPalette(const QPalette &palette = {});

    // 0 is the default text colour, 1..16 the ANSI colours 0..15.
    QColor color(int index) const;
    // The colour of a line that has none of its own, by its result
    // (Ansible's choices: ok green, changed yellow, failed red…).
    QColor resultColor(LogResult result) const;
    QColor matchBackground() const { return m_match; }
    QColor currentMatchBackground() const { return m_currentMatch; }
    QColor matchText() const { return m_matchText; } // on either match background
    QColor dimText() const { return m_dim; }
    bool isDark() const { return m_dark; }

    static constexpr double MinimumContrast = 4.5;
    static double contrast(const QColor &a, const QColor &b);

private:
    std::array<QColor, 17> m_colors;
    QColor m_match;
    QColor m_currentMatch;
    QColor m_matchText;
    QColor m_dim;
    bool m_dark = false;
};

} // namespace antler::gui
