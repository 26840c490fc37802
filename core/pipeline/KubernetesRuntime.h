#pragma once

#include "pipeline/ContainerRuntime.h"
#include "pipeline/ManifestRenderer.h"
#include "pipeline/PodmanSettings.h"
#include "transport/CommandJob.h"
#include "transport/Transport.h"

#include <QCoreApplication>

namespace antler::pipeline {

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
class KubernetesRuntime : public ContainerRuntime
{
    Q_OBJECT

public:
    using ContainerRuntime::ContainerRuntime;
    ~KubernetesRuntime() override;

    RuntimeKind kind() const override { return RuntimeKind::Kubernetes; }
    void build(const BuildRequest &request) override;
    void deploy(const Stage &stage, const Release &release) override;
    void status(const Stage &stage) override;
    void stop(const Stage &stage) override;

    // The kubectl command on the target, split into words ("kubectl", or
    // "k3s kubectl"); run through sudo when become (k3s's kubeconfig is root's).
    void setKubectl(const QList<QByteArray> &command) { m_kubectl = command; }
    void setBecome(bool become) { m_become = become; }

    // The argv of the commands the runtime issues; public for the tests.
    QList<QByteArray> applyCommand() const;
    QList<QByteArray> rolloutStatusCommand(const Stage &stage, const QString &deployment) const;
    QList<QByteArray> podsCommand(const Stage &stage) const;
    QList<QByteArray> deleteCommand(const Stage &stage) const;
    // Parses `kubectl get pods -o json` of one stage.
    static WorkloadStatus parsePods(const Stage &stage, const QByteArray &json);

private:
    transport::CommandJob *runKubectl(const QList<QByteArray> &argv, const QByteArray &stdinData,
                                      const QString &operation, const QString &stage, int timeoutMs, bool stream);
    void rollout(const Stage &stage, const Release &release, const QStringList &deployments);
    void check(const Stage &stage, const Release &release);

    QList<QByteArray> m_kubectl = {"kubectl"};
    bool m_become = true;
};

} // namespace antler::pipeline
