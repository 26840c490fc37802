#pragma once

#include "pipeline/PipelineConfig.h"
#include "pipeline/Stage.h"

#include <QCoreApplication>

#include <memory>

namespace antler::pipeline {

class Runtime;

// Makes the Runtime for a runtime kind. Every implementation has the
// constructor Runtime(const PipelineConfig &config, QObject *parent).
// PodmanRuntime and KubernetesRuntime are picked up when their headers
// exist (pipeline/PodmanRuntime.h, pipeline/KubernetesRuntime.h).
class RuntimeFactory
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::RuntimeFactory)

public:
    // nullptr with *error set when this build has no such runtime.
    static std::unique_ptr<Runtime> create(RuntimeKind kind, const PipelineConfig &config, QString *error,
                                           QObject *parent = nullptr);
    // Every runtime this build makes, in the order help and errors list them.
    static QList<RuntimeKind> kinds();
    // The runtime of stage's kind.
    static std::unique_ptr<Runtime> create(const Stage &stage, const PipelineConfig &config, QString *error,
                                           QObject *parent = nullptr);
};

} // namespace antler::pipeline
