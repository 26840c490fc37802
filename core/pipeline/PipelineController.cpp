#include "pipeline/PipelineController.h"

#include "pipeline/ConfigName.h"
#include "pipeline/History.h"
#include "pipeline/PipelineLog.h"
#include "pipeline/RolloutCheck.h"
#include "pipeline/Runtime.h"
#include "pipeline/RuntimeFactory.h"

#include <QTimer>

namespace antler::pipeline {

namespace {

QString shortDigest(const QString &digest)
{
    return Release::shortDigest(digest);
}

QString checkHost(const Stage &stage)
{
    if (stage.host() == QLatin1String("0.0.0.0"))
        return QStringLiteral("127.0.0.1");
    if (stage.host() == QLatin1String("::"))
        return QStringLiteral("::1");
    return stage.host();
}

// How long a promotion's check of the source stage may take.
constexpr int SourceCheckTimeoutMs = 5000;

} // namespace

PipelineController::PipelineController(const PipelineConfig &config, History *history, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_history(history)
{
    m_logTimer.setSingleShot(true);
    m_logTimer.setInterval(500);
    connect(&m_logTimer, &QTimer::timeout, this, &PipelineController::flushLog);
}

void PipelineController::flushLog()
{
    m_logTimer.stop();
    if (!m_logPending.isEmpty() && m_logPendingId > 0)
        m_history->appendLog(m_logPendingId, m_logPending.join(QLatin1Char('\n')));
    m_logPending.clear();
    m_logPendingId = 0;
}

PipelineController::~PipelineController() = default;

Runtime *PipelineController::runtimeFor(const Stage &stage, QString *error)
{
    const int key = int(stage.runtime());
    if (auto it = m_runtimes.constFind(key); it != m_runtimes.cend())
        return it->get();
    std::shared_ptr<Runtime> runtime(RuntimeFactory::create(stage, m_config, error).release());
    if (!runtime)
        return nullptr;
    connect(runtime.get(), &Runtime::event, this, &PipelineController::emitEvent);
    m_runtimes.insert(key, runtime);
    return runtime.get();
}

void PipelineController::emitEvent(const PipelineEvent &pipelineEvent)
{
    // The steps, not the build's output lines or progress counts.
    if (pipelineEvent.kind != PipelineEvent::Kind::Progress && pipelineEvent.kind != PipelineEvent::Kind::Log)
        qCDebug(lcPipeline).noquote() << pipelineEvent.toText();
    if (m_currentId > 0 && pipelineEvent.kind != PipelineEvent::Kind::Progress) {
        if (m_logPendingId != m_currentId)
            flushLog();
        m_logPendingId = m_currentId;
        m_logPending.append(pipelineEvent.toText());
        // A step is written at once, so an antler killed right after it
        // leaves it in History; the output lines between steps (a build's,
        // hundreds) wait for the next step or 500 ms.
        if (pipelineEvent.kind != PipelineEvent::Kind::Log)
            flushLog();
        else if (!m_logTimer.isActive())
            m_logTimer.start();
    }
    Q_EMIT event(pipelineEvent);
}

void PipelineController::finishLater(const OperationOutcome &outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

void PipelineController::cancel()
{
    m_cancelRequested = true;
    if (m_currentRuntime)
        m_currentRuntime->cancel();
}

Release PipelineController::releaseFor(const QString &digest) const
{
    if (auto release = m_history->release(digest))
        return *release;
    Release release;
    release.digest = digest;
    return release;
}

OperationOutcome PipelineController::refuse(const QString &operation, const QString &stage, const QString &digest,
                                            const QString &reason, const QString &fromStage)
{
    OperationOutcome outcome;
    outcome.code = OperationOutcome::Code::Refused;
    outcome.operation = operation;
    outcome.stage = stage;
    outcome.digest = digest;
    outcome.message = reason;
    Release release;
    release.digest = digest;
    outcome.historyId = m_history->record(operation, stage, release, History::Refused, {}, reason, fromStage);
    return outcome;
}

void PipelineController::build(const BuildRequest &request)
{
    OperationOutcome outcome;
    outcome.operation = QStringLiteral("build");
    if (m_config.stages().isEmpty()) {
        outcome.code = OperationOutcome::Code::Invalid;
        outcome.message = tr("the pipeline has no stages; add them to antler.yaml.");
        finishLater(outcome);
        return;
    }
    QString error;
    Runtime *runtime = runtimeFor(m_config.stages().constFirst(), &error);
    if (!runtime) {
        outcome.code = OperationOutcome::Code::Invalid;
        outcome.message = error;
        finishLater(outcome);
        return;
    }
    BuildRequest numbered = request;
    if (numbered.buildNumber == 0)
        numbered.buildNumber = m_history->nextBuildNumber();
    Release pending;
    pending.sourceCommit = numbered.sourceCommit;
    pending.buildNumber = numbered.buildNumber;
    m_currentId = m_history->begin(QStringLiteral("build"), {}, pending);
    m_currentRuntime = runtime;
    emitEvent(PipelineEvent::started(QStringLiteral("build"), {},
                                     tr("build %1 of commit %2").arg(numbered.buildNumber).arg(numbered.sourceCommit)));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        runtime, &Runtime::buildFinished, this, [this, connection, outcome](const BuildResult &result) mutable {
            disconnect(*connection);
            flushLog();
            const qint64 id = m_currentId;
            m_currentId = 0;
            m_currentRuntime = nullptr;
            outcome.historyId = id;
            outcome.digest = result.release.digest;
            outcome.details = result.toJson();
            if (result.ok) {
                m_history->setRelease(id, result.release);
                m_history->finish(id, History::Succeeded);
                outcome.code = OperationOutcome::Code::Succeeded;
                outcome.message = tr("built %1").arg(result.release.digest);
            } else if (m_cancelRequested) {
                m_history->finish(id, History::Cancelled, result.error);
                outcome.code = OperationOutcome::Code::Cancelled;
                outcome.message = tr("the build was cancelled; nothing deployed changed.");
            } else {
                m_history->finish(id, History::Failed, result.error);
                outcome.code = OperationOutcome::Code::Failed;
                outcome.message = tr("the build failed: %1").arg(result.error);
            }
            Q_EMIT event(PipelineEvent::finished(QStringLiteral("build"), {}, result.ok, outcome.message));
            Q_EMIT finished(outcome);
        });
    runtime->build(numbered);
}

void PipelineController::rollOut(const QString &kind, const Stage &stage, const Release &release,
                                 const QString &fromStage, const QString &reason,
                                 std::function<void(qint64, const DeployResult &)> done)
{
    QString error;
    Runtime *runtime = runtimeFor(stage, &error);
    if (!runtime) {
        DeployResult result;
        result.stage = stage.name();
        result.digest = release.digest;
        result.error = error;
        QTimer::singleShot(0, this, [done = std::move(done), result] { done(0, result); });
        return;
    }
    const qint64 id = m_history->begin(kind, stage.name(), release, fromStage, reason);
    m_currentId = id;
    m_currentRuntime = runtime;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(runtime, &Runtime::deployFinished, this,
                          [this, connection, id, done = std::move(done)](const DeployResult &result) {
                              disconnect(*connection);
                              flushLog();
                              m_currentId = 0;
                              m_currentRuntime = nullptr;
                              done(id, result);
                          });
    runtime->deploy(stage, release);
}

void PipelineController::deployWithRollback(const QString &kind, const Stage &stage, const Release &release,
                                            const QString &fromStage)
{
    const QString previous = m_history->deployedDigest(stage.name());
    emitEvent(PipelineEvent::started(
        kind, stage.name(),
        fromStage.isEmpty() ? tr("%1 to %2").arg(shortDigest(release.digest), stage.name())
                            : tr("%1 from %2 to %3").arg(shortDigest(release.digest), fromStage, stage.name())));
    rollOut(
        kind, stage, release, fromStage, {},
        [this, kind, stage, release, previous](qint64 id, const DeployResult &result) {
            OperationOutcome outcome;
            outcome.operation = kind;
            outcome.stage = stage.name();
            outcome.digest = release.digest;
            outcome.historyId = id;
            outcome.details = result.toJson();
            if (result.ok) {
                m_history->finish(id, History::Succeeded, {}, previous);
                outcome.code = OperationOutcome::Code::Succeeded;
                outcome.message = tr("%1 runs %2 (%3)").arg(stage.name(), release.digest, stage.url().toString());
                Q_EMIT event(PipelineEvent::finished(kind, stage.name(), true, outcome.message));
                Q_EMIT finished(outcome);
                return;
            }
            if (m_cancelRequested
                && (stage.runtime() == RuntimeKind::Local || previous.isEmpty() || previous == release.digest)) {
                // The local runtime keeps the previous release serving until the
                // new one has passed its checks, and a cancel stops it before the
                // hand-over: nothing to roll back. The container runtimes replace
                // the workload first, so they take the rollback below.
                m_history->finish(id, History::Cancelled, result.error, previous);
                outcome.code = OperationOutcome::Code::Cancelled;
                outcome.message = previous.isEmpty()
                    ? tr("the rollout of %1 to %2 was cancelled; %2 runs no release.")
                          .arg(shortDigest(release.digest), stage.name())
                    : tr("the rollout of %1 to %2 was cancelled; %2 still runs %3.")
                          .arg(shortDigest(release.digest), stage.name(), shortDigest(previous));
                Q_EMIT event(PipelineEvent::finished(kind, stage.name(), false, outcome.message));
                Q_EMIT finished(outcome);
                return;
            }
            if (previous.isEmpty() || previous == release.digest) {
                m_history->finish(id, History::Failed, result.error, previous);
                outcome.code = OperationOutcome::Code::Failed;
                outcome.message = tr("the rollout of %1 to %2 failed: %3")
                                      .arg(shortDigest(release.digest), stage.name(), result.error);
                Q_EMIT event(PipelineEvent::finished(kind, stage.name(), false, outcome.message));
                Q_EMIT finished(outcome);
                return;
            }
            const bool cancelled = m_cancelRequested;
            m_history->finish(id, cancelled ? History::Cancelled : History::RolledBack, result.error, previous);
            const QString reason
                = tr("automatic rollback: the rollout of %1 failed: %2").arg(shortDigest(release.digest), result.error);
            emitEvent(PipelineEvent::step(
                QStringLiteral("rollback"), stage.name(),
                tr("rolling %1 back to %2 because %3").arg(stage.name(), shortDigest(previous), result.error)));
            rollOut(
                QStringLiteral("rollback"), stage, releaseFor(previous), {}, reason,
                [this, outcome, stage, previous, result, release, kind,
                 cancelled](qint64 rollbackId, const DeployResult &rollbackResult) mutable {
                    m_history->finish(rollbackId, rollbackResult.ok ? History::Succeeded : History::Failed,
                                      rollbackResult.error, release.digest);
                    outcome.details.insert(QStringLiteral("rolled_back"), rollbackResult.ok);
                    outcome.details.insert(QStringLiteral("rolled_back_to"), previous);
                    if (rollbackResult.ok && cancelled) {
                        outcome.code = OperationOutcome::Code::Cancelled;
                        outcome.message = tr("the rollout of %1 to %2 was cancelled; %2 is back on %3.")
                                              .arg(shortDigest(release.digest), stage.name(), shortDigest(previous));
                    } else if (rollbackResult.ok) {
                        outcome.code = OperationOutcome::Code::RolledBack;
                        outcome.message = tr("the rollout of %1 to %2 failed (%3); %2 is back on %4.")
                                              .arg(shortDigest(release.digest), stage.name(), result.error, previous);
                    } else {
                        outcome.code = OperationOutcome::Code::Failed;
                        outcome.message = tr("the rollout of %1 to %2 failed (%3), and so did the rollback to %4 (%5); "
                                             "check the stage with “antler status”.")
                                              .arg(shortDigest(release.digest), stage.name(), result.error,
                                                   shortDigest(previous), rollbackResult.error);
                    }
                    Q_EMIT event(PipelineEvent::finished(kind, stage.name(), false, outcome.message));
                    Q_EMIT finished(outcome);
                });
        });
}

void PipelineController::deploy(const QString &stageName, const QString &digest)
{
    const int index = m_config.indexOfStage(stageName);
    OperationOutcome invalid;
    invalid.operation = QStringLiteral("deploy");
    invalid.stage = stageName;
    invalid.code = OperationOutcome::Code::Invalid;
    if (index < 0) {
        invalid.message = unknownStage(stageName);
        finishLater(invalid);
        return;
    }
    Release release;
    if (digest.isEmpty()) {
        const auto last = m_history->lastBuild();
        if (!last) {
            invalid.message = tr("nothing has been built yet; run “antler pipeline build” first.");
            finishLater(invalid);
            return;
        }
        release = *last;
    } else {
        if (!Release::isDigest(digest)) {
            invalid.message = tr("“%1” is not a digest; give sha256: followed by 64 hex digits, as “antler pipeline "
                                 "history” shows.")
                                  .arg(digest);
            finishLater(invalid);
            return;
        }
        release = releaseFor(digest);
    }
    const Stage &stage = m_config.stages().at(index);
    if (const auto pin = m_history->pin(stage.name())) {
        finishLater(refuse(QStringLiteral("deploy"), stage.name(), release.digest,
                           tr("stage %1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.")
                               .arg(stage.name(), shortDigest(pin->digest), pin->reason)));
        return;
    }
    deployWithRollback(QStringLiteral("deploy"), stage, release, {});
}

void PipelineController::promote(const QString &fromName, const QString &toName, bool confirmed)
{
    const QString operation = QStringLiteral("promote");
    OperationOutcome invalid;
    invalid.operation = operation;
    invalid.stage = toName;
    invalid.code = OperationOutcome::Code::Invalid;
    const int fromIndex = m_config.indexOfStage(fromName);
    const int toIndex = m_config.indexOfStage(toName);
    for (const auto &[index, name] : {std::pair {fromIndex, fromName}, std::pair {toIndex, toName}}) {
        if (index < 0) {
            invalid.message = unknownStage(name);
            finishLater(invalid);
            return;
        }
    }
    if (fromIndex == toIndex) {
        invalid.message = tr("a stage cannot be promoted to itself; name the next stage, such as “promote %1 %2”.")
                              .arg(fromName, m_config.stages().value(fromIndex + 1).name());
        finishLater(invalid);
        return;
    }
    const Stage &from = m_config.stages().at(fromIndex);
    const Stage &to = m_config.stages().at(toIndex);
    const QString digest = m_history->deployedDigest(from.name());
    if (const QString refusal = promoteRefusal(fromName, toName, confirmed); !refusal.isEmpty()) {
        finishLater(refuse(operation, to.name(), digest, refusal, from.name()));
        return;
    }
    checkSourceAndPromote(from, to, digest);
}

QString PipelineController::promoteRefusal(const QString &fromName, const QString &toName, bool confirmed) const
{
    const int fromIndex = m_config.indexOfStage(fromName);
    const int toIndex = m_config.indexOfStage(toName);
    if (fromIndex < 0 || toIndex < 0 || fromIndex == toIndex)
        return tr("there is no promotion from “%1” to “%2” in %3.").arg(fromName, toName, ConfigName::of(m_config));
    const Stage &from = m_config.stages().at(fromIndex);
    const Stage &to = m_config.stages().at(toIndex);
    const QString digest = m_history->deployedDigest(from.name());
    if (digest.isEmpty())
        return tr("%1 runs no release yet; deploy one there first.").arg(from.name());
    if (const auto pin = m_history->pin(to.name())) {
        return tr("%1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.")
            .arg(to.name(), shortDigest(pin->digest), pin->reason);
    }
    if (m_history->deployedDigest(to.name()) == digest)
        return tr("%1 already runs %2; there is nothing to promote.").arg(to.name(), shortDigest(digest));
    if (to.soakSeconds() > 0) {
        const QDateTime since = m_history->deployedSince(from.name());
        const qint64 soaked = since.isValid() ? since.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        if (soaked < to.soakSeconds()) {
            return tr("%1 has run %2 for %3 s of the %4 s soak time that %5 requires; promote again in %6 s.")
                .arg(from.name(), shortDigest(digest))
                .arg(soaked)
                .arg(to.soakSeconds())
                .arg(to.name())
                .arg(to.soakSeconds() - soaked);
        }
    }
    if (to.requiresConfirmation() && !confirmed)
        return tr("promoting to %1 needs confirmation; run it again with --yes.").arg(to.name());
    return {};
}

QString PipelineController::deployRefusal(const QString &stageName) const
{
    if (m_config.indexOfStage(stageName) < 0)
        return unknownStage(stageName);
    if (!m_history->lastBuild())
        return tr("nothing has been built yet; run “antler pipeline build” first.");
    if (const auto pin = m_history->pin(stageName)) {
        return tr("stage %1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.")
            .arg(stageName, shortDigest(pin->digest), pin->reason);
    }
    return {};
}

QString PipelineController::rollbackRefusal(const QString &stageName) const
{
    if (m_config.indexOfStage(stageName) < 0)
        return unknownStage(stageName);
    if (m_history->previousDigest(stageName).isEmpty())
        return tr("%1 has no previous release to roll back to.").arg(stageName);
    return {};
}

void PipelineController::checkSourceAndPromote(const Stage &from, const Stage &to, const QString &digest)
{
    emitEvent(PipelineEvent::step(QStringLiteral("promote"), to.name(),
                                  tr("checking that %1 serves %2 healthily").arg(from.name(), shortDigest(digest))));
    auto *check = new RolloutCheck(checkHost(from), from.port(), digest, SourceCheckTimeoutMs, this);
    connect(check, &RolloutCheck::finished, this, [this, check, from, to, digest](bool ok, const QString &reason) {
        check->deleteLater();
        if (!ok) {
            Q_EMIT finished(refuse(QStringLiteral("promote"), to.name(), digest,
                                   tr("%1 is not healthy on %2: %3; fix or roll it back before promoting.")
                                       .arg(from.name(), shortDigest(digest), reason),
                                   from.name()));
            return;
        }
        deployWithRollback(QStringLiteral("promote"), to, releaseFor(digest), from.name());
    });
    check->start();
}

void PipelineController::rollback(const QString &stageName, const QString &reason)
{
    const QString operation = QStringLiteral("rollback");
    const int index = m_config.indexOfStage(stageName);
    if (index < 0)
        return finishLater(outcomeFor(operation, stageName));
    const Stage &stage = m_config.stages().at(index);
    const QString current = m_history->deployedDigest(stage.name());
    const QString previous = m_history->previousDigest(stage.name());
    if (const QString refusal = rollbackRefusal(stage.name()); !refusal.isEmpty()) {
        finishLater(refuse(operation, stage.name(), current, refusal));
        return;
    }
    const QString why = reason.isEmpty() ? tr("rolled back by %1").arg(History::currentUser()) : reason;
    emitEvent(PipelineEvent::started(
        operation, stage.name(),
        tr("%1 from %2 back to %3").arg(stage.name(), shortDigest(current), shortDigest(previous))));
    rollOut(
        operation, stage, releaseFor(previous), {}, why,
        [this, stage, previous, current, why, operation](qint64 id, const DeployResult &result) {
            OperationOutcome outcome;
            outcome.operation = operation;
            outcome.stage = stage.name();
            outcome.digest = previous;
            outcome.historyId = id;
            outcome.details = result.toJson();
            if (result.ok) {
                m_history->finish(id, History::Succeeded, {}, current);
                m_history->setPin(stage.name(), previous, why);
                outcome.code = OperationOutcome::Code::Succeeded;
                outcome.message
                    = tr("%1 is back on %2 and pinned there; “antler pipeline unpin %1” allows promotions again.")
                          .arg(stage.name(), previous);
            } else {
                m_history->finish(id, History::Failed, result.error, current);
                outcome.code = OperationOutcome::Code::Failed;
                outcome.message
                    = tr("the rollback of %1 to %2 failed: %3").arg(stage.name(), shortDigest(previous), result.error);
            }
            Q_EMIT event(PipelineEvent::finished(operation, stage.name(), result.ok, outcome.message));
            Q_EMIT finished(outcome);
        });
}

void PipelineController::stop(const QString &stageName)
{
    OperationOutcome outcome = outcomeFor(QStringLiteral("stop"), stageName);
    const int index = m_config.indexOfStage(stageName);
    if (index < 0)
        return finishLater(outcome);
    QString error;
    Runtime *runtime = runtimeFor(m_config.stages().at(index), &error);
    if (!runtime) {
        outcome.code = OperationOutcome::Code::Invalid;
        outcome.message = error;
        finishLater(outcome);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(runtime, &Runtime::stopFinished, this,
                          [this, connection, outcome](const QString &, bool ok, const QString &stopError) mutable {
                              disconnect(*connection);
                              outcome.code = ok ? OperationOutcome::Code::Succeeded : OperationOutcome::Code::Failed;
                              outcome.message = ok ? tr("%1 is stopped.").arg(outcome.stage)
                                                   : tr("cannot stop %1: %2").arg(outcome.stage, stopError);
                              Q_EMIT finished(outcome);
                          });
    runtime->stop(m_config.stages().at(index));
}

QString PipelineController::unknownStage(const QString &stageName) const
{
    return tr("there is no stage “%1” in %2; use one of its stages.").arg(stageName, ConfigName::of(m_config));
}

OperationOutcome PipelineController::outcomeFor(const QString &operation, const QString &stageName) const
{
    OperationOutcome outcome;
    outcome.operation = operation;
    outcome.stage = stageName;
    if (m_config.indexOfStage(stageName) < 0) {
        outcome.code = OperationOutcome::Code::Invalid;
        outcome.message = unknownStage(stageName);
    }
    return outcome;
}

OperationOutcome PipelineController::pin(const QString &stageName, const QString &reason)
{
    OperationOutcome outcome = outcomeFor(QStringLiteral("pin"), stageName);
    if (outcome.code == OperationOutcome::Code::Invalid)
        return outcome;
    const QString digest = m_history->deployedDigest(stageName);
    if (digest.isEmpty()) {
        outcome.code = OperationOutcome::Code::Refused;
        outcome.message = tr("%1 runs no release yet, so there is nothing to pin.").arg(stageName);
        return outcome;
    }
    const QString why = reason.isEmpty() ? tr("pinned by %1").arg(History::currentUser()) : reason;
    QString error;
    if (!m_history->setPin(stageName, digest, why, &error)) {
        outcome.code = OperationOutcome::Code::Failed;
        outcome.message = error;
        return outcome;
    }
    outcome.historyId
        = m_history->record(QStringLiteral("pin"), stageName, releaseFor(digest), History::Succeeded, why);
    outcome.code = OperationOutcome::Code::Succeeded;
    outcome.digest = digest;
    outcome.message
        = tr("%1 is pinned to %2; deploys and promotions to it are refused until “antler pipeline unpin %1”.")
              .arg(stageName, digest);
    return outcome;
}

OperationOutcome PipelineController::unpin(const QString &stageName)
{
    OperationOutcome outcome = outcomeFor(QStringLiteral("unpin"), stageName);
    if (outcome.code == OperationOutcome::Code::Invalid)
        return outcome;
    const auto pin = m_history->pin(stageName);
    if (!pin) {
        outcome.code = OperationOutcome::Code::Succeeded;
        outcome.message = tr("%1 was not pinned.").arg(stageName);
        return outcome;
    }
    QString error;
    if (!m_history->clearPin(stageName, &error)) {
        outcome.code = OperationOutcome::Code::Failed;
        outcome.message = error;
        return outcome;
    }
    outcome.historyId
        = m_history->record(QStringLiteral("unpin"), stageName, releaseFor(pin->digest), History::Succeeded);
    outcome.code = OperationOutcome::Code::Succeeded;
    outcome.digest = pin->digest;
    outcome.message = tr("%1 is no longer pinned.").arg(stageName);
    return outcome;
}

} // namespace antler::pipeline
