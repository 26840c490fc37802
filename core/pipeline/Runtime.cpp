#include "pipeline/Runtime.h"

namespace antler::pipeline {

Runtime::Runtime(const PipelineConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<PipelineEvent>();
    qRegisterMetaType<BuildResult>();
    qRegisterMetaType<DeployResult>();
    qRegisterMetaType<WorkloadStatus>();
}

Runtime::~Runtime() = default;

void Runtime::cancel()
{
}

bool Runtime::begin()
{
    if (m_busy)
        return false;
    m_busy = true;
    return true;
}

void Runtime::end()
{
    m_busy = false;
}

} // namespace antler::pipeline
