#pragma once

#include <QList>
#include <QString>

namespace antler::gui {

// A run of text with a colour or weight other than the default.
// Colour 0 is the default foreground; 1..16 are the ANSI colours 0..15
// (30–37 are 1..8, the bright 90–97 are 9..16).
struct AnsiSpan
{
    quint32 start = 0; // in UTF-16 code units of the stripped text
    quint32 length = 0;
    quint8 color = 0;
    bool bold = false;

    bool operator==(const AnsiSpan &) const = default;
};

// One line with its escape sequences taken out and its colours kept as
// spans, so the log stores and searches the text a user reads and paints
// the colours without parsing again.
struct AnsiText
{
    QString text;
    QList<AnsiSpan> spans;
};

// Parses SGR colour codes (0 reset, 1 bold, 22 normal, 30–37, 90–97, 39,
// 38;5;N for N < 16) and strips every other escape sequence (other CSI
// commands, OSC titles, two-byte escapes, backgrounds, 256/true colours).
// Broken sequences never leak escape bytes into the text: an unfinished
// sequence at the end of the line is dropped. Other control characters
// are removed, tabs expand to the next multiple of 8 columns, and a
// carriage return keeps what was written after it (progress output
// redraws its line that way). Each line starts with default colours:
// producers (Ansible, podman, apt) reset at every line end.
class AnsiParser
{
public:
    static AnsiText parse(QStringView raw);
    // The text alone, for callers that do not paint.
    static QString strip(QStringView raw) { return parse(raw).text; }
};

} // namespace antler::gui
