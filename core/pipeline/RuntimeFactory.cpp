#include "pipeline/RuntimeFactory.h"

#include "pipeline/KubernetesRuntime.h"
#include "pipeline/LocalRuntime.h"
#include "pipeline/PodmanRuntime.h"
#include "pipeline/Runtime.h"

namespace antler::pipeline {

std::unique_ptr<Runtime> RuntimeFactory::create(RuntimeKind kind, const PipelineConfig &config, QString *error,
                                                QObject *parent)
{
    switch (kind) {
    case RuntimeKind::Local:
        return std::make_unique<LocalRuntime>(config, parent);
    case RuntimeKind::Podman:
        return std::make_unique<PodmanRuntime>(config, parent);
    case RuntimeKind::Kubernetes:
        return std::make_unique<KubernetesRuntime>(config, parent);
    }
    if (error) {
        *error = tr("this build does not know the %1 runtime; use runtime: %2 in antler.yaml.")
                     .arg(Stage::runtimeKindName(kind), Stage::runtimeKindChoices());
    }
    return nullptr;
}

QList<RuntimeKind> RuntimeFactory::kinds()
{
    return Stage::runtimeKinds();
}

std::unique_ptr<Runtime> RuntimeFactory::create(const Stage &stage, const PipelineConfig &config, QString *error,
                                                QObject *parent)
{
    return create(stage.runtime(), config, error, parent);
}

} // namespace antler::pipeline
