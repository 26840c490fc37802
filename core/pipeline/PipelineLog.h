#pragma once

#include <QLoggingCategory>

namespace antler::pipeline {

// "antler.pipeline": debug lines at the state changes that matter when something hangs;
// off unless switched on, e.g. QT_LOGGING_RULES="antler.pipeline.debug=true" (see
// CONTRIBUTING.md). Never a secret in a line.
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)

} // namespace antler::pipeline
