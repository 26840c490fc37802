#include "pipeline/PodmanRuntime.h"

#include "pipeline/TargetTransport.h"
#include "transport/CommandJob.h"
#include "transport/FileJob.h"
#include "transport/ShellQuote.h"
#include "transport/Transport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace antler::pipeline {

PodmanRuntime::~PodmanRuntime()
{
    if (m_job)
        m_job->cancel();
}

void PodmanRuntime::setTransport(transport::Transport *transport)
{
    ContainerRuntime::setTransport(transport);
    m_containersConfWritten = false;
}

QString PodmanRuntime::remoteManifestPath(const Stage &stage) const
{
    return QDir(m_settings.workDir).filePath(QStringLiteral("antler-podman-%1.yaml").arg(stage.podName()));
}

QString PodmanRuntime::instanceFilter(const Stage &stage)
{
    return QStringLiteral("label=app.kubernetes.io/instance=") + stage.podName();
}

PodmanRuntime::Environment PodmanRuntime::podmanEnvironment() const
{
    Environment environment;
    if (!m_settings.containersConf.isEmpty())
        environment.append({"CONTAINERS_CONF", m_settings.containersConf.toUtf8()});
    return environment;
}

transport::CommandJob *PodmanRuntime::runPodman(const QByteArray &script, const QString &operation,
                                                const QString &stage, int timeoutMs, bool stream,
                                                const QByteArray &stdinData)
{
    transport::CommandSpec spec;
    spec.script = script;
    spec.stdinData = stdinData;
    spec.become = m_settings.become;
    spec.environment = podmanEnvironment();
    spec.timeoutMs = timeoutMs;
    spec.description = QStringLiteral("podman");
    return runOnTarget(spec, operation, stage, stream);
}

void PodmanRuntime::ensureContainersConf(std::function<void(const QString &)> next)
{
    if (!m_settings.writeContainersConf || m_settings.containersConf.isEmpty() || m_containersConfWritten) {
        next(QString());
        return;
    }
    transport::FileSpec spec;
    spec.remotePath = m_settings.containersConf;
    spec.content = PodmanSettings::runcContainersConf();
    spec.mode = 0644;
    spec.become = m_settings.become;
    spec.timeoutMs = 60000;
    transport::FileJob *job = transport()->putFile(spec);
    connect(job, &transport::FileJob::finished, this,
            [this, next = std::move(next)](const transport::FileResult &result) {
                if (!result.ok) {
                    next(tr("The podman configuration %1 could not be written: %2")
                             .arg(m_settings.containersConf, result.error));
                    return;
                }
                m_containersConfWritten = true;
                next(QString());
            });
}

void PodmanRuntime::build(const BuildRequest &request)
{
    if (!beginBuild())
        return;
    m_cancelled = false;
    if (!transport()) {
        endOperation();
        BuildResult result;
        QString error;
        delete TargetTransport::create(config(), &error);
        result.error = tr("The build target cannot be reached: %1").arg(error);
        Q_EMIT buildFinished(result);
        return;
    }
    ensureContainersConf([this, request](const QString &error) {
        if (!error.isEmpty() || m_cancelled) {
            endOperation();
            BuildResult result;
            result.error = m_cancelled ? tr("cancelled") : error;
            Q_EMIT buildFinished(result);
            return;
        }
        startBuild(request);
    });
}

void PodmanRuntime::deploy(const Stage &stage, const Release &release)
{
    if (!beginDeploy(stage, release))
        return;
    const QString name = stage.name();
    report(PipelineEvent::started(
        DeployOperation, name,
        tr("rolling %1 out to %2 with podman kube play").arg(Release::shortDigest(release.digest), name)));

    ManifestRenderer::Output manifests;
    QString error;
    if (!ManifestRenderer().render(stage, release, ManifestRenderer::Layout::Podman, &manifests, &error))
        return finishDeploy(false, error);
    for (const QString &warning : std::as_const(manifests.warnings)) {
        m_deploy.log.append(QStringLiteral("warning: ") + warning);
        report(PipelineEvent::warning(DeployOperation, name, warning));
    }
    if (!transport()) {
        QString reason;
        delete TargetTransport::create(config(), &reason);
        return finishDeploy(false, tr("The target cannot be reached: %1").arg(reason));
    }

    const QByteArray yaml = manifests.yaml();
    ensureContainersConf([this, stage, release, yaml](const QString &confError) {
        if (m_cancelled)
            return finishDeploy(false, tr("cancelled"));
        if (!confError.isEmpty())
            return finishDeploy(false, confError);
        // One round trip: the digest of the manifests played last (what runs
        // now, for the result), the new manifests in place (written beside,
        // then renamed), and podman kube play.
        report(PipelineEvent::step(DeployOperation, stage.name(),
                                   tr("podman kube play --replace %1").arg(remoteManifestPath(stage))));
        const QByteArray file = transport::shellQuote(remoteManifestPath(stage).toUtf8());
        const QByteArray play = "file=" + file
            + "\n"
              "previous=$(sed -n 's/^ *antler\\/digest: \"\\(sha256:[0-9a-f]*\\)\"$/\\1/p' "
              "\"$file\" 2>/dev/null | head -n 1)\n"
              "echo \"antler-previous-digest ${previous:-none}\"\n"
              "cat > \"$file.new\" && chmod 644 \"$file.new\" && mv -f \"$file.new\" \"$file\" || "
              "exit 1\n"
              "exec podman kube play --replace --tls-verify=false \"$file\"\n";
        m_job = runPodman(play, DeployOperation, stage.name(), qMax(60, stage.rolloutTimeoutSeconds()) * 1000, true,
                          yaml);
        connect(m_job, &transport::CommandJob::finished, this,
                [this, stage, release](const transport::CommandResult &played) {
                    static const QRegularExpression previous(
                        QStringLiteral("(?m)^antler-previous-digest (sha256:[0-9a-f]{64})$"));
                    const QRegularExpressionMatch match = previous.match(QString::fromUtf8(played.stdoutData));
                    if (match.hasMatch())
                        m_deploy.previousDigest = match.captured(1);
                    if (m_cancelled)
                        return finishDeploy(false, tr("cancelled"));
                    if (!played.succeeded()) {
                        return finishDeploy(
                            false,
                            tr("stage %1: %2 Check the registry %3 and the "
                               "log above.")
                                .arg(stage.name(), failure(tr("podman kube play"), played), config().registry()));
                    }
                    // A rollout is usually live within a second: look often.
                    waitForRollout(stage, release, 100, [this, stage](const QString &problem) {
                        if (!problem.isEmpty())
                            return failWithLogs(stage, problem);
                        // Podman does not run the liveness probe: ask /healthz ourselves.
                        checkLiveness(stage, [this, stage](const QString &unhealthy) {
                            if (m_cancelled)
                                return finishDeploy(false, tr("cancelled"));
                            if (unhealthy.isEmpty())
                                return finishDeploy(true, QString());
                            failWithLogs(stage, unhealthy);
                        });
                    });
                });
    });
}

void PodmanRuntime::failWithLogs(const Stage &stage, const QString &error)
{
    // Keep what the containers said; the controller rolls back.
    const QByteArray filter = transport::shellQuote(instanceFilter(stage).toUtf8());
    const QByteArray logs = "for c in $(podman ps -a --format '{{.Names}}' --filter " + filter
        + "); do echo \"== podman logs $c\"; podman logs --tail 20 \"$c\" 2>&1; done";
    m_job = runPodman(logs, DeployOperation, stage.name(), 30000, true);
    connect(m_job, &transport::CommandJob::finished, this,
            [this, error](const transport::CommandResult &) { finishDeploy(false, error); });
}

void PodmanRuntime::checkLiveness(const Stage &stage, std::function<void(const QString &)> done)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // The liveness probe's failureThreshold (3) at a short period: a backend
    // whose /healthz fails three times in a row is not live.
    auto failures = std::make_shared<int>(0);
    auto attempt = std::make_shared<std::function<void()>>();
    QUrl url = stage.url();
    url.setPath(QStringLiteral("/healthz"));
    // The attempt holds itself only weakly (a strong copy inside it would be
    // a cycle that outlives every check); the pending reply's slot and the
    // retry timer hold it while it is still wanted.
    *attempt = [this, url, failures, weakAttempt = std::weak_ptr(attempt), done = std::move(done), stage]() {
        const std::shared_ptr<std::function<void()>> attempt = weakAttempt.lock();
        QNetworkRequest request(url);
        request.setTransferTimeout(2000);
        // No idle connection left behind: nginx would keep its upstream
        // connection to the backend open, and the next rollout's backend
        // would wait for it while draining.
        request.setRawHeader("Connection", "close");
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, url, failures, attempt, done, stage]() {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200)
                return done(QString());
            if (++*failures >= 3 || m_cancelled) {
                return done(
                    tr("stage %1: the backend is not live: GET %2 answered %3 three times in a "
                       "row (podman runs no liveness probe, so Antler asks).")
                        .arg(stage.name(), url.toString(), status ? QString::number(status) : reply->errorString()));
            }
            QTimer::singleShot(500, this, [attempt]() { (*attempt)(); });
        });
    };
    (*attempt)();
}

WorkloadStatus PodmanRuntime::parseStatus(const Stage &stage, const QByteArray &podsJson,
                                          const QByteArray &containersJson)
{
    WorkloadStatus status;
    status.stage = stage.name();
    status.runtime = QStringLiteral("podman");
    status.desired = 2; // backend and frontend
    QJsonParseError parseError;
    const QJsonDocument containers = QJsonDocument::fromJson(containersJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !containers.isArray()) {
        status.error = tr("podman ps printed no JSON list: %1").arg(parseError.errorString());
        return status;
    }
    const QJsonArray pods = QJsonDocument::fromJson(podsJson).array();
    for (const QJsonValue pod : pods) {
        WorkloadUnit unit;
        unit.name = pod.toObject().value(QStringLiteral("Name")).toString();
        unit.kind = QStringLiteral("pod");
        unit.state = pod.toObject().value(QStringLiteral("Status")).toString();
        unit.ready = unit.state == QLatin1String("Running");
        status.units.append(unit);
    }
    QString backendDigest;
    for (const QJsonValue value : containers.array()) {
        const QJsonObject container = value.toObject();
        const QString name = container.value(QStringLiteral("Names")).toArray().first().toString();
        if (container.value(QStringLiteral("IsInfra")).toBool() || name.endsWith(QLatin1String("-infra")))
            continue;
        WorkloadUnit unit;
        unit.name = name;
        unit.kind = QStringLiteral("container");
        unit.state = container.value(QStringLiteral("State")).toString();
        unit.ready = unit.state == QLatin1String("running");
        unit.restarts = container.value(QStringLiteral("Restarts")).toInt();
        unit.digest = digestOfImage(container.value(QStringLiteral("Image")).toString());
        if (name.endsWith(QLatin1String("-backend")))
            backendDigest = unit.digest;
        status.ready += unit.ready ? 1 : 0;
        status.restarts += unit.restarts;
        status.units.append(unit);
    }
    status.digest = backendDigest;
    setStateFromReadiness(status);
    return status;
}

void PodmanRuntime::status(const Stage &stage)
{
    if (!beginStatus(stage, tr("The target cannot be reached; check target and inventory in antler.yaml.")))
        return;
    ensureContainersConf([this, stage](const QString &error) {
        if (!error.isEmpty()) {
            endOperation();
            Q_EMIT statusFinished(failedStatus(stage, error));
            return;
        }
        const QByteArray filter = transport::shellQuote(instanceFilter(stage).toUtf8());
        m_job = runPodman("podman pod ps --format json --filter " + filter
                              + " && echo '--antler--' && podman ps -a --format json --filter " + filter,
                          QStringLiteral("status"), stage.name(), 60000, false);
        connect(m_job, &transport::CommandJob::finished, this, [this, stage](const transport::CommandResult &result) {
            WorkloadStatus status;
            if (!result.succeeded()) {
                status = failedStatus(stage, failure(tr("podman ps"), result));
            } else {
                const QByteArray out = result.stdoutData;
                const qsizetype marker = out.indexOf("--antler--");
                status = parseStatus(stage, out.left(marker), out.mid(marker + 10));
            }
            endOperation();
            Q_EMIT statusFinished(status);
        });
    });
}

void PodmanRuntime::stop(const Stage &stage)
{
    if (!beginStop(stage))
        return;
    report(
        PipelineEvent::started(QStringLiteral("stop"), stage.name(), tr("removing the pod of %1").arg(stage.name())));
    ensureContainersConf([this, stage](const QString &error) {
        if (!error.isEmpty()) {
            endOperation();
            Q_EMIT stopFinished(stage.name(), false, error);
            return;
        }
        const QByteArray filter = transport::shellQuote(instanceFilter(stage).toUtf8());
        m_job = runPodman("for pod in $(podman pod ps -q --filter " + filter
                              + "); do podman pod rm -f \"$pod\" || exit 1; done; rm -f "
                              + transport::shellQuote(remoteManifestPath(stage).toUtf8()),
                          QStringLiteral("stop"), stage.name(), 120000, true);
        connect(m_job, &transport::CommandJob::finished, this, [this, stage](const transport::CommandResult &result) {
            endOperation();
            const bool ok = result.succeeded();
            const QString error = ok ? QString() : failure(tr("podman pod rm"), result);
            report(PipelineEvent::finished(QStringLiteral("stop"), stage.name(), ok,
                                           ok ? tr("%1 stopped").arg(stage.name()) : error));
            Q_EMIT stopFinished(stage.name(), ok, error);
        });
    });
}

} // namespace antler::pipeline
