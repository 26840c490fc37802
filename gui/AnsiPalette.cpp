#include "AnsiPalette.h"

#include <cmath>

namespace antler::gui {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// Hue (0..1, or -1 for grey) and saturation of ANSI 0..7; the bright
// variants (8..15) share them.
struct Hue
{
    double hue;
    double saturation;
};
constexpr std::array<Hue, 8> hues {{
    {-1, 0}, // black
    {0.0, 0.75}, // red
    {0.36, 0.70}, // green
    {0.13, 0.85}, // yellow
    {0.60, 0.80}, // blue
    {0.83, 0.60}, // magenta
    {0.50, 0.75}, // cyan
    {-1, 0}, // white
}};

// Moves the lightness away from the background until the colour reads.
QColor readable(double hue, double saturation, double lightness, const QColor &base, bool dark)
{
    QColor color = QColor::fromHslF(float(std::max(hue, 0.0)), float(saturation), float(lightness));
    for (int step = 0; step < 60 && AnsiPalette::contrast(color, base) < AnsiPalette::MinimumContrast; ++step) {
        lightness = std::clamp(lightness + (dark ? 0.02 : -0.02), 0.0, 1.0);
        color = QColor::fromHslF(float(std::max(hue, 0.0)), float(saturation), float(lightness));
    }
    return color;
}

} // namespace

double AnsiPalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

AnsiPalette::AnsiPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    m_dark = base.lightnessF() < 0.5;
    m_colors[0] = text;
    for (int index = 0; index < 16; ++index) {
        const bool bright = index >= 8;
        const Hue hue = hues.at(index % 8);
        double lightness;
        if (index % 8 == 0) // black: the darkest grey that still reads
            lightness = m_dark ? (bright ? 0.62 : 0.55) : (bright ? 0.42 : 0.10);
        else if (index % 8 == 7) // white: the lightest grey that still reads
            lightness = m_dark ? (bright ? 0.97 : 0.82) : (bright ? 0.25 : 0.38);
        else if (m_dark)
            lightness = bright ? 0.74 : 0.64;
        else
            lightness = bright ? 0.46 : 0.36;
        m_colors[std::size_t(index) + 1] = readable(hue.hue, hue.saturation, lightness, base, m_dark);
    }
    m_dim = readable(-1, 0, m_dark ? 0.55 : 0.45, base, m_dark);
    // Matches look as in a browser on either theme: bright marks with
    // dark text on them; a dim mark under light text would not read.
    m_match = m_dark ? QColor(0xe6, 0xc8, 0x3c) : QColor(0xff, 0xe0, 0x5a);
    m_currentMatch = m_dark ? QColor(0xf0, 0x8c, 0x28) : QColor(0xff, 0x96, 0x32);
    m_matchText = QColor(0x10, 0x10, 0x10);
}

QColor AnsiPalette::color(int index) const
{
    return index >= 0 && index < int(m_colors.size()) ? m_colors.at(std::size_t(index)) : m_colors[0];
}

QColor AnsiPalette::resultColor(LogResult result) const
{
    switch (result) {
    case LogResult::Ok:
        return color(1 + 2);
    case LogResult::Changed:
        return color(1 + 3);
    case LogResult::Failed:
        return color(1 + 1);
    case LogResult::Unreachable:
        return color(1 + 9);
    case LogResult::Skipped:
        return color(1 + 6);
    case LogResult::Rescued:
        return color(1 + 5);
    case LogResult::Ignored:
        return color(1 + 4);
    case LogResult::None:
        break;
    }
    return color(0);
}

} // namespace antler::gui
