#pragma once

#include "pipeline/BuildRequest.h"
#include "pipeline/BuildResult.h"
#include "pipeline/DeployResult.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/PipelineEvent.h"
#include "pipeline/Release.h"
#include "pipeline/Stage.h"
#include "pipeline/WorkloadStatus.h"

#include <QObject>

namespace antler::pipeline {

// Where a stage's workload runs (DESIGN.md "Runtimes"): LocalRuntime,
// PodmanRuntime, KubernetesRuntime. RuntimeFactory makes the right one.
//
// Every operation is asynchronous: the call returns at once, the runtime
// reports with event() while it works and ends with exactly one *Finished
// signal. A Runtime runs one operation at a time; a call made while one runs
// finishes at once with ok == false and a sentence that names the running
// operation and its stage (beginOperation()).
// Nothing here blocks the calling thread, so the GUI can drive a Runtime on
// its own thread; the CLI drives it from a QEventLoop.
//
// A runtime builds and rolls out; it does not decide. Promotion gates,
// automatic rollback, pins and history belong to PipelineController, which
// calls deploy() again with the previous release when a rollout fails.
class Runtime : public QObject
{
    Q_OBJECT

public:
    explicit Runtime(const PipelineConfig &config, QObject *parent = nullptr);
    ~Runtime() override;

    virtual RuntimeKind kind() const = 0;
    const PipelineConfig &config() const { return m_config; }
    bool isBusy() const { return m_busy; }

    // Builds the components from request and makes them immutable artifacts
    // (images pushed to the registry by digest, or a content-addressed
    // folder). Ends with buildFinished(). A failed build changes nothing
    // that is deployed and keeps its log in the result.
    virtual void build(const BuildRequest &request) = 0;

    // Rolls release out to stage and checks it: readiness, then `/`,
    // `/api/facts/random` and `/version` (which must report release.digest)
    // through the stage's frontend address, all within the stage's rollout
    // timeout. Ends with deployFinished(). On failure the runtime says why in
    // DeployResult::error; where it can, the old workload still serves.
    virtual void deploy(const Stage &stage, const Release &release) = 0;

    // Reads what runs in stage: units, ready counts, restarts, digest. Ends
    // with statusFinished().
    virtual void status(const Stage &stage) = 0;

    // Stops stage's workload. Ends with stopFinished().
    virtual void stop(const Stage &stage) = 0;

    // Asks the running operation to end early; it still ends with its
    // *Finished signal (ok == false, error "cancelled").
    virtual void cancel();

Q_SIGNALS:
    void event(const antler::pipeline::PipelineEvent &event);
    void buildFinished(const antler::pipeline::BuildResult &result);
    void deployFinished(const antler::pipeline::DeployResult &result);
    void statusFinished(const antler::pipeline::WorkloadStatus &status);
    void stopFinished(const QString &stage, bool ok, const QString &error);

protected:
    // For implementations: mark the start and the end of an operation.
    // operation is its name in PipelineEvent ("build", "deploy", "status",
    // "stop"), stage empty for a build. beginOperation() returns false when
    // an operation runs already, and then sets *refusal to the sentence the
    // refused call finishes with: which runtime, which operation on which
    // stage, and what to do.
    bool beginOperation(const QString &operation, const QString &stage, QString *refusal);
    void endOperation();
    void report(const PipelineEvent &pipelineEvent) { Q_EMIT event(pipelineEvent); }

private:
    PipelineConfig m_config;
    bool m_busy = false;
    QString m_operation;
    QString m_operationStage;
};

} // namespace antler::pipeline
