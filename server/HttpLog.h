#pragma once

#include <QLoggingCategory>

namespace moosefacts {

// "moosefacts.http": debug lines at the state changes that matter when something hangs;
// off unless switched on, e.g. QT_LOGGING_RULES="moosefacts.http.debug=true" (see
// CONTRIBUTING.md). Never a secret in a line.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace moosefacts
