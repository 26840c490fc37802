#pragma once

#include "pipeline/ManifestRenderer.h"
#include "pipeline/PodmanSettings.h"
#include "pipeline/Runtime.h"
#include "transport/CommandJob.h"
#include "transport/FileJob.h"
#include "transport/Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

#include <functional>
#include <memory>

namespace antler::pipeline {

class ImageBuilder;
class RolloutCheck;

// The `kubernetes` runtime: k3s (or any cluster) driven with kubectl on the
// target, over the transport, in the stage's namespace.
//
// deploy(): renders the manifests (Kubernetes layout), pipes them into
// `kubectl apply -f -`, streams `kubectl rollout status` of the backend and
// the frontend Deployment, then runs Antler's own check through the
// frontend's NodePort (RolloutCheck: /readyz, `/`, `/api/facts/random`,
// `/version` reporting the digest). On failure the pods are read back as JSON
// into the log; the controller rolls back.
// status(): `kubectl get pods -l app.kubernetes.io/instance=NAME -o json`.
// stop(): deletes the stage's Deployments, Services and ConfigMap by label.
// build(): the same native image build as podman (ImageBuilder).
class KubernetesRuntime : public Runtime
{
    Q_OBJECT

public:
    explicit KubernetesRuntime(const PipelineConfig &config, QObject *parent = nullptr);
    ~KubernetesRuntime() override;

    RuntimeKind kind() const override { return RuntimeKind::Kubernetes; }
    void build(const BuildRequest &request) override;
    void deploy(const Stage &stage, const Release &release) override;
    void status(const Stage &stage) override;
    void stop(const Stage &stage) override;
    void cancel() override;

    // The target's transport; not owned. Without one, the runtime makes its
    // own from the config's target.
    void setTransport(transport::Transport *transport) { m_transport = transport; }
    transport::Transport *transport();
    // The kubectl command on the target, split into words ("kubectl", or
    // "k3s kubectl"); run through sudo when become (k3s's kubeconfig is root's).
    void setKubectl(const QList<QByteArray> &command) { m_kubectl = command; }
    void setBecome(bool become) { m_become = become; }
    // Settings of the image builds (engine, containers.conf, work folder).
    void setBuildSettings(const PodmanSettings &settings) { m_buildSettings = settings; }

    // The argv of the commands the runtime issues; public for the tests.
    QList<QByteArray> applyCommand() const;
    QList<QByteArray> rolloutStatusCommand(const Stage &stage, const QString &deployment) const;
    QList<QByteArray> podsCommand(const Stage &stage) const;
    QList<QByteArray> deleteCommand(const Stage &stage) const;
    // Parses `kubectl get pods -o json` of one stage.
    static WorkloadStatus parsePods(const Stage &stage, const QByteArray &json);

private:
    transport::CommandJob *runKubectl(const QList<QByteArray> &argv, const QByteArray &stdinData,
                                      const QString &operation, const QString &stage, int timeoutMs,
                                      bool stream);
    void rollout(const Stage &stage, const Release &release, const QStringList &deployments);
    void check(const Stage &stage, const Release &release);
    void finishDeploy(bool ok, const QString &error);
    QString failure(const QString &what, const transport::CommandResult &result) const;

    QPointer<transport::Transport> m_transport;
    std::unique_ptr<transport::Transport> m_ownTransport;
    QList<QByteArray> m_kubectl = {"kubectl"};
    bool m_become = true;
    PodmanSettings m_buildSettings;
    ImageBuilder *m_builder = nullptr;
    QPointer<transport::CommandJob> m_job;
    RolloutCheck *m_check = nullptr;
    DeployResult m_deploy;
    QElapsedTimer m_timer;
    bool m_cancelled = false;
};

} // namespace antler::pipeline
