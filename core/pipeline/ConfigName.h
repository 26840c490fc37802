#pragma once

#include "pipeline/PipelineConfig.h"

#include <QCoreApplication>
#include <QString>

namespace antler::pipeline {

// How a message names the pipeline configuration it speaks of: the file's
// path, or "the built-in Local profile" for the embedded one, whose resource
// path (:/antler/antler.yaml) means nothing to a user.
class ConfigName
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::ConfigName)

public:
    static QString of(const PipelineConfig &config);
};

} // namespace antler::pipeline
