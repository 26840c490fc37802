#include "pipeline/ContainerRuntime.h"

#include "pipeline/ImageBuilder.h"
#include "pipeline/RolloutCheck.h"
#include "pipeline/TargetTransport.h"

namespace antler::pipeline {

const QString ContainerRuntime::DeployOperation = QStringLiteral("deploy");

ContainerRuntime::ContainerRuntime(const PipelineConfig &config, QObject *parent)
    : Runtime(config, parent)
    , m_settings(PodmanSettings::fromEnvironment())
{
}

ContainerRuntime::~ContainerRuntime() = default;

void ContainerRuntime::setTransport(transport::Transport *transport)
{
    m_transport = transport;
}

transport::Transport *ContainerRuntime::transport()
{
    if (m_transport)
        return m_transport;
    if (!m_ownTransport) {
        QString error;
        m_ownTransport.reset(TargetTransport::create(config(), &error));
    }
    return m_ownTransport.get();
}

QString ContainerRuntime::digestOfImage(const QString &image)
{
    const qsizetype at = image.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : image.mid(at + 1);
}

bool ContainerRuntime::beginBuild()
{
    BuildResult refused;
    if (beginOperation(QStringLiteral("build"), {}, &refused.error))
        return true;
    Q_EMIT buildFinished(refused);
    return false;
}

bool ContainerRuntime::beginDeploy(const Stage &stage, const Release &release)
{
    QString refusal;
    if (!beginOperation(DeployOperation, stage.name(), &refusal)) {
        DeployResult result;
        result.stage = stage.name();
        result.digest = release.digest;
        result.error = refusal;
        Q_EMIT deployFinished(result);
        return false;
    }
    m_cancelled = false;
    m_timer.start();
    m_deploy = DeployResult();
    m_deploy.stage = stage.name();
    m_deploy.digest = release.digest;
    return true;
}

bool ContainerRuntime::beginStatus(const Stage &stage, const QString &unreachable)
{
    QString refusal;
    if (!beginOperation(QStringLiteral("status"), stage.name(), &refusal)) {
        Q_EMIT statusFinished(failedStatus(stage, refusal));
        return false;
    }
    if (!transport()) {
        endOperation();
        Q_EMIT statusFinished(failedStatus(stage, unreachable));
        return false;
    }
    return true;
}

bool ContainerRuntime::beginStop(const Stage &stage)
{
    QString refusal;
    if (!beginOperation(QStringLiteral("stop"), stage.name(), &refusal)) {
        Q_EMIT stopFinished(stage.name(), false, refusal);
        return false;
    }
    if (!transport()) {
        endOperation();
        Q_EMIT stopFinished(stage.name(), false, tr("The target cannot be reached."));
        return false;
    }
    return true;
}

void ContainerRuntime::startBuild(const BuildRequest &request)
{
    m_builder = new ImageBuilder(transport(), config().registry(), m_settings, this);
    connect(m_builder, &ImageBuilder::event, this, &ContainerRuntime::report);
    connect(m_builder, &ImageBuilder::finished, this, [this](const BuildResult &result) {
        m_builder->deleteLater();
        m_builder = nullptr;
        endOperation();
        Q_EMIT buildFinished(result);
    });
    m_builder->start(request);
}

void ContainerRuntime::finishDeploy(bool ok, const QString &error)
{
    m_deploy.ok = ok;
    m_deploy.error = ok ? QString() : error;
    m_deploy.durationMs = m_timer.elapsed();
    report(PipelineEvent::finished(DeployOperation, m_deploy.stage, ok,
                                   ok ? tr("%1 serves %2").arg(m_deploy.stage, Release::shortDigest(m_deploy.digest))
                                      : error));
    endOperation();
    Q_EMIT deployFinished(m_deploy);
}

void ContainerRuntime::waitForRollout(const Stage &stage, const Release &release, int retryIntervalMs,
                                      const std::function<void(const QString &problem)> &done)
{
    report(PipelineEvent::step(
        DeployOperation, stage.name(),
        tr("waiting for %1 to serve %2").arg(stage.url().toString(), Release::shortDigest(release.digest))));
    m_check = new RolloutCheck(stage.host(), stage.port(), release.digest, stage.rolloutTimeoutSeconds() * 1000, this);
    if (retryIntervalMs > 0)
        m_check->setRetryInterval(retryIntervalMs);
    connect(m_check, &RolloutCheck::attemptFailed, this,
            [this](const QString &reason) { m_deploy.log.append(reason); });
    connect(m_check, &RolloutCheck::finished, this, [this, stage, done](bool ok, const QString &reason) {
        m_check->deleteLater();
        m_check = nullptr;
        if (m_cancelled)
            return finishDeploy(false, tr("cancelled"));
        done(ok ? QString()
                : tr("stage %1 did not become healthy within %2 s: %3")
                      .arg(stage.name())
                      .arg(stage.rolloutTimeoutSeconds())
                      .arg(reason));
    });
    m_check->start();
}

WorkloadStatus ContainerRuntime::failedStatus(const Stage &stage, const QString &error) const
{
    WorkloadStatus status;
    status.stage = stage.name();
    status.runtime = Stage::runtimeKindName(kind());
    status.error = error;
    return status;
}

void ContainerRuntime::setStateFromReadiness(WorkloadStatus &status)
{
    if (status.ready == 0)
        status.state = WorkloadStatus::State::Stopped;
    else if (status.ready >= status.desired)
        status.state = WorkloadStatus::State::Running;
    else
        status.state = WorkloadStatus::State::Degraded;
}

transport::CommandJob *ContainerRuntime::runOnTarget(const transport::CommandSpec &spec, const QString &operation,
                                                     const QString &stage, bool stream)
{
    transport::CommandJob *job = transport()->run(spec);
    if (stream) {
        auto forward = [this, operation, stage](const QByteArray &line) {
            const QString text = QString::fromUtf8(line);
            if (operation == DeployOperation)
                m_deploy.log.append(text);
            report(PipelineEvent::log(operation, stage, text));
        };
        connect(job, &transport::CommandJob::stdoutLine, this, forward);
        connect(job, &transport::CommandJob::stderrLine, this, forward);
    }
    return job;
}

QString ContainerRuntime::failure(const QString &what, const transport::CommandResult &result) const
{
    const QString host
        = m_transport ? m_transport->hostName() : (m_ownTransport ? m_ownTransport->hostName() : QString());
    if (result.status == transport::CommandResult::Status::Finished) {
        const QList<QByteArray> lines = result.stderrData.trimmed().split('\n');
        const QString last = lines.isEmpty() ? QString() : QString::fromUtf8(lines.last()).trimmed();
        return tr("%1 failed on %2 with exit code %3%4.")
            .arg(what, host)
            .arg(result.exitCode)
            .arg(last.isEmpty() ? QString() : QStringLiteral(": ") + last);
    }
    return tr("%1 on %2 did not finish: %3").arg(what, host, result.error);
}

void ContainerRuntime::cancel()
{
    if (!isBusy())
        return;
    m_cancelled = true;
    if (m_builder)
        m_builder->cancel();
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    if (m_check) {
        m_check->deleteLater();
        m_check = nullptr;
        finishDeploy(false, tr("cancelled"));
    }
}

} // namespace antler::pipeline
