#include "pipeline/RuntimeFactory.h"

#include "pipeline/LocalRuntime.h"
#include "pipeline/Runtime.h"

#if __has_include("pipeline/PodmanRuntime.h")
#include "pipeline/PodmanRuntime.h"
#define ANTLER_HAVE_PODMAN_RUNTIME 1
#endif
#if __has_include("pipeline/KubernetesRuntime.h")
#include "pipeline/KubernetesRuntime.h"
#define ANTLER_HAVE_KUBERNETES_RUNTIME 1
#endif

namespace antler::pipeline {

std::unique_ptr<Runtime> RuntimeFactory::create(RuntimeKind kind, const PipelineConfig &config,
                                                QString *error, QObject *parent)
{
    switch (kind) {
    case RuntimeKind::Local:
        return std::make_unique<LocalRuntime>(config, parent);
    case RuntimeKind::Podman:
#ifdef ANTLER_HAVE_PODMAN_RUNTIME
        return std::make_unique<PodmanRuntime>(config, parent);
#else
        break;
#endif
    case RuntimeKind::Kubernetes:
#ifdef ANTLER_HAVE_KUBERNETES_RUNTIME
        return std::make_unique<KubernetesRuntime>(config, parent);
#else
        break;
#endif
    }
    if (error) {
        *error = tr("the %1 runtime is not available in this build; use runtime: local in antler.yaml.")
                     .arg(Stage::runtimeKindName(kind));
    }
    return nullptr;
}

std::unique_ptr<Runtime> RuntimeFactory::create(const Stage &stage, const PipelineConfig &config,
                                                QString *error, QObject *parent)
{
    return create(stage.runtime(), config, error, parent);
}

} // namespace antler::pipeline
