#pragma once

#include "pipeline/BuildRequest.h"
#include "pipeline/DeployResult.h"
#include "pipeline/OperationOutcome.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/PipelineEvent.h"
#include "pipeline/Release.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace antler::pipeline {

class History;
class Runtime;

// Decides and records what happens to the stages; the runtimes carry it out.
// Every operation is asynchronous, reports through event() and ends with one
// finished(). It is recorded in History before it starts and when it ends.
//
// - build(): builds with the runtime of the first stage and records the release.
// - deploy(): rolls a release out; if it fails its checks within the stage's
//   rollout timeout, deploys the stage's previous release again (automatic
//   rollback) and records both. A pinned stage refuses deploys.
// - promote(FROM, TO): deploys the digest that runs in FROM, refused with one
//   reason if TO is pinned, already runs it, FROM has not soaked for TO's soak
//   time, FROM is unhealthy (or drifted), or TO needs confirmation.
// - rollback(): the stage's previous successful release, then pins the stage.
class PipelineController : public QObject
{
    Q_OBJECT

public:
    // history must be open and outlive the controller.
    PipelineController(const PipelineConfig &config, History *history, QObject *parent = nullptr);
    ~PipelineController() override;

    const PipelineConfig &config() const { return m_config; }

    void build(const BuildRequest &request);
    // digest empty: the newest successful build.
    void deploy(const QString &stage, const QString &digest);
    void promote(const QString &from, const QString &to, bool confirmed);
    void rollback(const QString &stage, const QString &reason);
    // Stops the stage's workload (not recorded as a rollout: the stage's
    // deployed digest stays what it was, so status shows it as down).
    void stop(const QString &stage);
    // Synchronous: records and returns at once.
    OperationOutcome pin(const QString &stage, const QString &reason);
    OperationOutcome unpin(const QString &stage);

    // Asks the running operation to stop early. A cancelled rollout is
    // recorded as History::Cancelled and ends with Code::Cancelled; the stage
    // keeps (or gets back) the release it ran before.
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested; }

    // The gates, without doing anything: why the operation would be refused
    // right now, in the very sentence its refusal records; empty when it
    // would go ahead. The window shows them on its disabled actions. The
    // promotion's health check of the source stage runs only when the
    // promotion does (it needs the network).
    QString promoteRefusal(const QString &from, const QString &to, bool confirmed) const;
    // A deploy of the newest build (or of any digest: the pin gate).
    QString deployRefusal(const QString &stage) const;
    QString rollbackRefusal(const QString &stage) const;

Q_SIGNALS:
    void event(const antler::pipeline::PipelineEvent &event);
    void finished(const antler::pipeline::OperationOutcome &outcome);

private:
    Runtime *runtimeFor(const Stage &stage, QString *error);
    void finishLater(const OperationOutcome &outcome);
    void emitEvent(const PipelineEvent &pipelineEvent);
    Release releaseFor(const QString &digest) const;
    // Runs one recorded rollout; done gets the runtime's result.
    void rollOut(const QString &kind, const Stage &stage, const Release &release, const QString &fromStage,
                 const QString &reason, std::function<void(qint64, const DeployResult &)> done);
    void deployWithRollback(const QString &kind, const Stage &stage, const Release &release, const QString &fromStage);
    void checkSourceAndPromote(const Stage &from, const Stage &to, const QString &digest);
    // "there is no stage …" for stageName.
    QString unknownStage(const QString &stageName) const;
    // An outcome of operation on stageName: Invalid with unknownStage() when
    // the config has no such stage.
    OperationOutcome outcomeFor(const QString &operation, const QString &stageName) const;
    void flushLog();
    OperationOutcome refuse(const QString &operation, const QString &stage, const QString &digest,
                            const QString &reason, const QString &fromStage = {});

    PipelineConfig m_config;
    History *m_history;
    QHash<int, std::shared_ptr<Runtime>> m_runtimes;
    qint64 m_currentId = 0;
    // The current operation's output lines not yet in History: written with
    // the next step, every 500 ms and when the operation ends, not one
    // transaction a line (a build prints hundreds).
    QStringList m_logPending;
    qint64 m_logPendingId = 0;
    QTimer m_logTimer;
    QString m_currentOperation;
    Runtime *m_currentRuntime = nullptr;
    bool m_cancelRequested = false;
};

} // namespace antler::pipeline
