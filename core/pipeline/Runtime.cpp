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

void Runtime::cancel() { }

bool Runtime::beginOperation(const QString &operation, const QString &stage, QString *refusal)
{
    if (m_busy) {
        if (refusal) {
            const QString runtime = Stage::runtimeKindName(kind());
            *refusal = m_operationStage.isEmpty()
                ? tr("The %1 runtime is already running an operation (%2); wait for it to finish or "
                     "check `antler pipeline status`.")
                      .arg(runtime, m_operation)
                : tr("The %1 runtime is already running an operation on stage %2 (%3); wait for it to "
                     "finish or check `antler pipeline status`.")
                      .arg(runtime, m_operationStage, m_operation);
        }
        return false;
    }
    m_busy = true;
    m_operation = operation;
    m_operationStage = stage;
    return true;
}

void Runtime::endOperation()
{
    m_busy = false;
    m_operation.clear();
    m_operationStage.clear();
}

} // namespace antler::pipeline
