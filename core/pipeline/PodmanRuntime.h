#pragma once

#include "pipeline/ContainerRuntime.h"
#include "pipeline/ManifestRenderer.h"
#include "pipeline/PodmanSettings.h"
#include "transport/CommandJob.h"
#include "transport/FileJob.h"
#include "transport/Transport.h"

#include <QCoreApplication>

#include <functional>

class QNetworkAccessManager;

namespace antler::pipeline {

// The `podman` runtime: a stage is one pod on the target, played from the
// app's manifests (ManifestRenderer, podman layout) with
// `podman kube play --replace`, rootful (through sudo), with CONTAINERS_CONF
// when configured. Builds run on the target (ImageBuilder).
//
// deploy(): renders the manifests, says what podman ignores (Namespace,
// Services, replicas > 1, probes) as Warning events, then in one command on
// the target reads the digest of the manifests played last, writes the new
// ones to WORKDIR/antler-podman-POD.yaml and plays them (podman pulls the
// images by digest from the registry, over plain HTTP), then waits for
// Antler's own check through the stage's address (RolloutCheck: /readyz,
// `/`, `/api/facts/random`, `/version` reporting the digest) and, since
// podman runs no liveness probe, asks /healthz itself (three failures in a
// row fail the rollout). --replace stops the old pod first, so the stage
// does not answer for a moment; the controller rolls a failed rollout back.
//
// status(): `podman pod ps` and `podman ps -a` as JSON, by the pod's
// app.kubernetes.io/instance label; the digest is read back from the backend
// container's image reference.
class PodmanRuntime : public ContainerRuntime
{
    Q_OBJECT

public:
    using ContainerRuntime::ContainerRuntime;
    ~PodmanRuntime() override;

    RuntimeKind kind() const override { return RuntimeKind::Podman; }
    void build(const BuildRequest &request) override;
    void deploy(const Stage &stage, const Release &release) override;
    void status(const Stage &stage) override;
    void stop(const Stage &stage) override;

    // A new transport gets containers.conf written again.
    void setTransport(transport::Transport *transport) override;

    // Where the played manifests of a stage are kept on the target.
    QString remoteManifestPath(const Stage &stage) const;
    // The label every object of a stage carries: app.kubernetes.io/instance=POD.
    static QString instanceFilter(const Stage &stage);
    // Parses `podman pod ps --format json` and `podman ps -a --format json`
    // of one stage; public for the unit test.
    static WorkloadStatus parseStatus(const Stage &stage, const QByteArray &podsJson, const QByteArray &containersJson);

private:
    using Environment = QList<QPair<QByteArray, QByteArray>>;
    Environment podmanEnvironment() const;
    // Runs a podman script (become as configured, CONTAINERS_CONF exported),
    // streaming its lines as Log events of operation/stage.
    transport::CommandJob *runPodman(const QByteArray &script, const QString &operation, const QString &stage,
                                     int timeoutMs, bool stream, const QByteArray &stdinData = {});
    // Writes the configured containers.conf once, then calls next(error).
    void ensureContainersConf(std::function<void(const QString &error)> next);
    void failWithLogs(const Stage &stage, const QString &error);
    // GET /healthz through the frontend until it answers 200 (done("")) or
    // fails three times in a row (done(why)).
    void checkLiveness(const Stage &stage, std::function<void(const QString &)> done);

    bool m_containersConfWritten = false;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace antler::pipeline
