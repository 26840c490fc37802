#pragma once

#include <QLoggingCategory>

namespace antler::gui {

// "antler.gui": debug lines at the state changes that matter when something hangs;
// off unless switched on, e.g. QT_LOGGING_RULES="antler.gui.debug=true" (see
// CONTRIBUTING.md). Never a secret in a line.
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace antler::gui
