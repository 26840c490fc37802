#include "GuiLog.h"

namespace antler::gui {

Q_LOGGING_CATEGORY(lcGui, "antler.gui", QtInfoMsg)

} // namespace antler::gui
