#include "pipeline/ConfigName.h"

namespace antler::pipeline {

QString ConfigName::of(const PipelineConfig &config)
{
    return config.isEmbedded() ? tr("the built-in Local profile") : config.sourcePath();
}

} // namespace antler::pipeline
