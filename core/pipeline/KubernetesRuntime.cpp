#include "pipeline/KubernetesRuntime.h"

#include "pipeline/TargetTransport.h"
#include "transport/CommandJob.h"
#include "transport/Transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace antler::pipeline {

KubernetesRuntime::~KubernetesRuntime()
{
    if (m_job)
        m_job->cancel();
}

QList<QByteArray> KubernetesRuntime::applyCommand() const
{
    return m_kubectl + QList<QByteArray> {"apply", "-f", "-"};
}

QList<QByteArray> KubernetesRuntime::rolloutStatusCommand(const Stage &stage, const QString &deployment) const
{
    return m_kubectl
        + QList<QByteArray> {"--namespace",
                             stage.kubernetesNamespace().toUtf8(),
                             "rollout",
                             "status",
                             "deployment/" + deployment.toUtf8(),
                             "--timeout=" + QByteArray::number(stage.rolloutTimeoutSeconds()) + "s"};
}

QList<QByteArray> KubernetesRuntime::podsCommand(const Stage &stage) const
{
    return m_kubectl + QList<QByteArray> {"--namespace", stage.kubernetesNamespace().toUtf8(),
                                          "get",         "pods",
                                          "--selector",  "app.kubernetes.io/instance=" + stage.podName().toUtf8(),
                                          "--output",    "json"};
}

QList<QByteArray> KubernetesRuntime::deleteCommand(const Stage &stage) const
{
    return m_kubectl
        + QList<QByteArray> {"--namespace",
                             stage.kubernetesNamespace().toUtf8(),
                             "delete",
                             "deployment,service,configmap",
                             "--selector",
                             "app.kubernetes.io/instance=" + stage.podName().toUtf8(),
                             "--ignore-not-found"};
}

transport::CommandJob *KubernetesRuntime::runKubectl(const QList<QByteArray> &argv, const QByteArray &stdinData,
                                                     const QString &operation, const QString &stage, int timeoutMs,
                                                     bool stream)
{
    transport::CommandSpec spec;
    spec.argv = argv;
    spec.stdinData = stdinData;
    spec.become = m_become;
    spec.timeoutMs = timeoutMs;
    spec.description = QStringLiteral("kubectl");
    return runOnTarget(spec, operation, stage, stream);
}

void KubernetesRuntime::build(const BuildRequest &request)
{
    if (beginBuild())
        startBuild(request);
}

void KubernetesRuntime::deploy(const Stage &stage, const Release &release)
{
    if (!beginDeploy(stage, release))
        return;
    report(PipelineEvent::started(
        DeployOperation, stage.name(),
        tr("rolling %1 out to %2 with kubectl apply").arg(Release::shortDigest(release.digest), stage.name())));
    ManifestRenderer::Output manifests;
    QString error;
    if (!ManifestRenderer().render(stage, release, ManifestRenderer::Layout::Kubernetes, &manifests, &error))
        return finishDeploy(false, error);
    if (!transport()) {
        QString reason;
        delete TargetTransport::create(config(), &reason);
        return finishDeploy(false, tr("The target cannot be reached: %1").arg(reason));
    }

    // What runs now, so the result names the release it replaced.
    m_job = runKubectl(podsCommand(stage), {}, DeployOperation, stage.name(), 60000, false);
    const QByteArray yaml = manifests.yaml();
    connect(m_job, &transport::CommandJob::finished, this,
            [this, stage, release, yaml](const transport::CommandResult &before) {
                if (m_cancelled)
                    return finishDeploy(false, tr("cancelled"));
                if (before.succeeded())
                    m_deploy.previousDigest = parsePods(stage, before.stdoutData).digest;
                report(PipelineEvent::step(DeployOperation, stage.name(),
                                           tr("kubectl apply in namespace %1").arg(stage.kubernetesNamespace())));
                m_job = runKubectl(applyCommand(), yaml, DeployOperation, stage.name(), 120000, true);
                connect(m_job, &transport::CommandJob::finished, this,
                        [this, stage, release](const transport::CommandResult &applied) {
                            if (m_cancelled)
                                return finishDeploy(false, tr("cancelled"));
                            if (!applied.succeeded())
                                return finishDeploy(
                                    false, tr("stage %1: %2").arg(stage.name(), failure(tr("kubectl apply"), applied)));
                            rollout(stage, release,
                                    {stage.podName() + QStringLiteral("-backend"),
                                     stage.podName() + QStringLiteral("-frontend")});
                        });
            });
}

void KubernetesRuntime::rollout(const Stage &stage, const Release &release, const QStringList &deployments)
{
    if (deployments.isEmpty())
        return check(stage, release);
    const QString &deployment = deployments.first();
    report(
        PipelineEvent::step(DeployOperation, stage.name(), tr("kubectl rollout status deployment/%1").arg(deployment)));
    m_job = runKubectl(rolloutStatusCommand(stage, deployment), {}, DeployOperation, stage.name(),
                       (stage.rolloutTimeoutSeconds() + 30) * 1000, true);
    connect(m_job, &transport::CommandJob::finished, this,
            [this, stage, release, deployments](const transport::CommandResult &result) {
                if (m_cancelled)
                    return finishDeploy(false, tr("cancelled"));
                if (!result.succeeded()) {
                    const QString error
                        = tr("stage %1: the rollout of %2 did not complete: %3")
                              .arg(stage.name(), deployments.first(), failure(tr("kubectl rollout status"), result));
                    // The pods say why (image pull, crash loop, failing probes).
                    m_job = runKubectl(podsCommand(stage), {}, DeployOperation, stage.name(), 60000, true);
                    connect(m_job, &transport::CommandJob::finished, this,
                            [this, error](const transport::CommandResult &) { finishDeploy(false, error); });
                    return;
                }
                rollout(stage, release, deployments.mid(1));
            });
}

void KubernetesRuntime::check(const Stage &stage, const Release &release)
{
    waitForRollout(stage, release, 0, [this](const QString &problem) { finishDeploy(problem.isEmpty(), problem); });
}

WorkloadStatus KubernetesRuntime::parsePods(const Stage &stage, const QByteArray &json)
{
    WorkloadStatus status;
    status.stage = stage.name();
    status.runtime = QStringLiteral("kubernetes");
    status.desired = 2 * qMax(1, stage.replicas());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        status.error = tr("kubectl get pods printed no JSON object: %1").arg(parseError.errorString());
        return status;
    }
    QStringList digests;
    for (const QJsonValue item : document.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject pod = item.toObject();
        WorkloadUnit unit;
        unit.name = pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        unit.kind = QStringLiteral("pod");
        const QJsonObject podStatus = pod.value(QStringLiteral("status")).toObject();
        unit.state = podStatus.value(QStringLiteral("phase")).toString();
        unit.ready = false;
        for (const QJsonValue condition : podStatus.value(QStringLiteral("conditions")).toArray()) {
            if (condition.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
                unit.ready = condition.toObject().value(QStringLiteral("status")).toString() == QLatin1String("True");
        }
        for (const QJsonValue container : podStatus.value(QStringLiteral("containerStatuses")).toArray()) {
            const QJsonObject object = container.toObject();
            unit.restarts += object.value(QStringLiteral("restartCount")).toInt();
            if (object.value(QStringLiteral("name")).toString() == QLatin1String("backend")) {
                unit.digest = digestOfImage(object.value(QStringLiteral("image")).toString());
                if (!unit.digest.isEmpty())
                    digests.append(unit.digest);
            }
        }
        status.ready += unit.ready ? 1 : 0;
        status.restarts += unit.restarts;
        status.units.append(unit);
    }
    digests.removeDuplicates();
    status.digest = digests.size() == 1 ? digests.first() : QString();
    setStateFromReadiness(status);
    return status;
}

void KubernetesRuntime::status(const Stage &stage)
{
    if (!beginStatus(stage, tr("The target cannot be reached.")))
        return;
    m_job = runKubectl(podsCommand(stage), {}, QStringLiteral("status"), stage.name(), 60000, false);
    connect(m_job, &transport::CommandJob::finished, this, [this, stage](const transport::CommandResult &result) {
        const WorkloadStatus status = result.succeeded() ? parsePods(stage, result.stdoutData)
                                                         : failedStatus(stage, failure(tr("kubectl get pods"), result));
        endOperation();
        Q_EMIT statusFinished(status);
    });
}

void KubernetesRuntime::stop(const Stage &stage)
{
    if (!beginStop(stage))
        return;
    m_job = runKubectl(deleteCommand(stage), {}, QStringLiteral("stop"), stage.name(), 120000, true);
    connect(m_job, &transport::CommandJob::finished, this, [this, stage](const transport::CommandResult &result) {
        endOperation();
        const bool ok = result.succeeded();
        Q_EMIT stopFinished(stage.name(), ok, ok ? QString() : failure(tr("kubectl delete"), result));
    });
}

} // namespace antler::pipeline
