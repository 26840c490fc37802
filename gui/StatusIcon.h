#pragma once

#include <QIcon>

namespace antler::gui {

// The small marks that repeat a result or a severity next to its word (never
// a colour alone): saturated discs with a white glyph, readable on light and
// dark backgrounds alike.
enum class StatusMark {
    Succeeded, // green disc, check
    Failed, // red disc, cross
    Warning, // amber triangle, exclamation mark
    Info, // blue disc, "i"
    Running, // blue ring with a moving arc
    RolledBack, // amber disc, arrow turning back
    Refused, // slate disc, bar (no entry)
    Cancelled, // grey disc, square (stopped)
    Interrupted, // grey ring, two bars (paused)
    // A playbook task's result on a host, as ansible-playbook names them.
    Changed, // amber disc, dot in a ring
    Skipped, // slate disc, two chevrons (passed over)
    Unreachable, // red ring, broken line
    Rescued, // blue disc, check
    Ignored, // grey disc, cross
};

// Cached; drawn for 16 to 48 px and device pixel ratio 2.
QIcon statusIcon(StatusMark mark);

} // namespace antler::gui
