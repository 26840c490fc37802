#pragma once

#include <QLoggingCategory>

namespace antler::playbook {

// "antler.playbook": debug lines at the state changes that matter when something hangs;
// off unless switched on, e.g. QT_LOGGING_RULES="antler.playbook.debug=true" (see
// CONTRIBUTING.md). Never a secret in a line.
Q_DECLARE_LOGGING_CATEGORY(lcPlaybook)

} // namespace antler::playbook
