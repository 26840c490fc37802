#pragma once

#include "pipeline/PodmanSettings.h"
#include "pipeline/Runtime.h"
#include "transport/CommandJob.h"
#include "transport/CommandResult.h"
#include "transport/Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

#include <functional>
#include <memory>

namespace antler::pipeline {

class ImageBuilder;
class RolloutCheck;

// What the podman and the kubernetes runtime share: the workload runs in
// containers on the target, which is reached over a transport; images are
// built there (ImageBuilder); the output of the commands streams as Log
// events (and, for a deploy, into DeployResult::log); a deploy keeps one
// DeployResult and ends with finishDeploy(). Each operation starts with one
// of the begin* helpers, which finish a refused call at once with its
// *Finished signal.
class ContainerRuntime : public Runtime
{
    Q_OBJECT

public:
    explicit ContainerRuntime(const PipelineConfig &config, QObject *parent = nullptr);
    ~ContainerRuntime() override;

    // Stops the running build, command or rollout check; the operation ends
    // with its *Finished signal (error "cancelled").
    void cancel() override;

    // The target's transport; not owned. Without one, the runtime makes its
    // own from the config's target (localhost or the inventory host).
    virtual void setTransport(transport::Transport *transport);
    // nullptr when the target cannot be reached.
    transport::Transport *transport();
    // How the container engine is used on the target: for the image builds,
    // and by the podman runtime for the workload too. From the environment
    // (PodmanSettings::fromEnvironment()) unless set.
    void setSettings(const PodmanSettings &settings) { m_settings = settings; }
    const PodmanSettings &settings() const { return m_settings; }

    // The digest of an image reference NAME@sha256:HEX; empty without one.
    static QString digestOfImage(const QString &image);

protected:
    static const QString DeployOperation;

    // Begin the operation, or finish the call at once with its *Finished
    // signal when another runs (Runtime::beginOperation()) or, for status and
    // stop, when the target cannot be reached (status: with unreachable).
    bool beginBuild();
    bool beginDeploy(const Stage &stage, const Release &release);
    bool beginStatus(const Stage &stage, const QString &unreachable);
    bool beginStop(const Stage &stage);

    // Builds request on the target with ImageBuilder and settings(); the
    // operation ends with buildFinished() when the builder finishes.
    void startBuild(const BuildRequest &request);
    // Ends the deploy begun with beginDeploy(): fills in ok, error and the
    // duration, reports the Finished event and emits deployFinished().
    void finishDeploy(bool ok, const QString &error);
    // Reports the "waiting for" step, then waits until stage serves release
    // (RolloutCheck; retryIntervalMs > 0 overrides its interval) and calls
    // done with an empty problem, or with why it did not become healthy in
    // time. A cancelled deploy is finished here and done is not called.
    void waitForRollout(const Stage &stage, const Release &release, int retryIntervalMs,
                        const std::function<void(const QString &problem)> &done);
    // A status of stage that only says error.
    WorkloadStatus failedStatus(const Stage &stage, const QString &error) const;
    // Running, Degraded or Stopped from status's ready and desired counts.
    static void setStateFromReadiness(WorkloadStatus &status);

    // Runs spec on the target; with stream, every output line is reported as
    // a Log event of operation/stage (and kept in the deploy's log).
    transport::CommandJob *runOnTarget(const transport::CommandSpec &spec, const QString &operation,
                                       const QString &stage, bool stream);
    // "WHAT failed on HOST with exit code N: LAST STDERR LINE." or why it did
    // not finish.
    QString failure(const QString &what, const transport::CommandResult &result) const;

    PodmanSettings m_settings;
    QPointer<transport::CommandJob> m_job;
    RolloutCheck *m_check = nullptr;
    DeployResult m_deploy;
    bool m_cancelled = false;

private:
    QPointer<transport::Transport> m_transport;
    std::unique_ptr<transport::Transport> m_ownTransport;
    ImageBuilder *m_builder = nullptr;
    QElapsedTimer m_timer;
};

} // namespace antler::pipeline
