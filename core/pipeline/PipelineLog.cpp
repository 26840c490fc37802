#include "pipeline/PipelineLog.h"

namespace antler::pipeline {

Q_LOGGING_CATEGORY(lcPipeline, "antler.pipeline", QtInfoMsg)

} // namespace antler::pipeline
