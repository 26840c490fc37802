#pragma once

#include "pipeline/BuildRequest.h"
#include "pipeline/OperationOutcome.h"
#include "pipeline/PipelineEvent.h"
#include "playbook/PlaybookEvent.h"
#include "playbook/PlaybookRunOptions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace antler::pipeline {

class PipelineController;

// One pipeline operation as the window and the CLI see it while it runs:
// what was asked, its current step and progress, every event it reported,
// and how it ended. OperationManager creates, queues and runs them; the
// work itself is PipelineController's, so a gate, a record or a message is
// the same whichever front end asked. A Playbook operation runs
// playbook::PlaybookJob (the Runner of `antler --run-playbook`) and keeps
// its PlaybookEvent stream besides the pipeline events.
class Operation : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Build, Deploy, Promote, Rollback, Pin, Unpin, Stop, Playbook };
    enum class State { Queued, Running, Finished };

    // What to do; the fields a kind does not use stay empty.
    struct Request
    {
        Kind kind = Kind::Build;
        QString stage; // the stage changed (promote: the target)
        QString fromStage; // promote: the source
        QString digest; // deploy: a digest; empty for the newest build
        QString reason; // rollback, pin: why (recorded and shown on the pin badge)
        bool confirmed = false; // promote: the user confirmed a stage that requires it
        BuildRequest build; // build: the sources
        playbook::PlaybookRunOptions playbook; // playbook: what to run, with which options
        // Set when the request could not be put together (e.g. the build's
        // sources are missing): the operation ends at once as Invalid with
        // this sentence, visible like any other failure.
        QString problem;

        // "build", "deploy", … as History and PipelineEvent spell them.
        QString kindName() const;
        static std::optional<Kind> kindFromName(const QString &name);
    };

    Operation(int id, const Request &request, QObject *parent = nullptr);
    ~Operation() override;

    int id() const { return m_id; }
    const Request &request() const { return m_request; }
    Kind kind() const { return m_request.kind; }
    QString stage() const { return m_request.stage; }
    // "Promote test → staging", "Build", "Deploy to test", in the user's language.
    QString title() const;
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    // The latest step (or the result sentence once finished).
    QString step() const { return m_step; }
    // -1 while unknown.
    int progressCurrent() const { return m_progressCurrent; }
    int progressTotal() const { return m_progressTotal; }
    QDateTime queuedAt() const { return m_queuedAt; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    // Running time so far, or the whole of it once finished; 0 while queued.
    qint64 elapsedMs() const;
    // Valid once finished.
    const OperationOutcome &outcome() const { return m_outcome; }
    // Every event it reported, in order (the operation's log).
    const QList<PipelineEvent> &events() const { return m_events; }
    bool isCancelRequested() const { return m_cancelRequested; }
    // Playbook: every event of the run, in order (the same stream
    // `antler --run-playbook --json` prints), and its exit code once finished.
    const QList<playbook::PlaybookEvent> &playbookEvents() const { return m_playbookEvents; }

    // Stops it early: a queued operation never starts; a running one stops
    // its build or rollout, which the controller records as cancelled.
    void cancel();

Q_SIGNALS:
    // The state, step or progress changed.
    void changed();
    void event(const antler::pipeline::PipelineEvent &event);
    void finished(const antler::pipeline::OperationOutcome &outcome);
    // A queued operation was cancelled before it started (OperationManager).
    void cancelledWhileQueued();
    // Playbook: one event of the run.
    void playbookEvent(const antler::playbook::PlaybookEvent &event);

private:
    friend class OperationManager;
    void setRunning(PipelineController *controller);
    void addEvent(const PipelineEvent &event);
    void finish(const OperationOutcome &outcome);
    void addPlaybookEvent(const playbook::PlaybookEvent &event);
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }

    int m_id;
    Request m_request;
    State m_state = State::Queued;
    QString m_step;
    int m_progressCurrent = -1;
    int m_progressTotal = -1;
    QDateTime m_queuedAt;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 0;
    OperationOutcome m_outcome;
    QList<PipelineEvent> m_events;
    PipelineController *m_controller = nullptr;
    bool m_cancelRequested = false;
    QList<playbook::PlaybookEvent> m_playbookEvents;
    int m_tasksStarted = 0;
    std::function<void()> m_canceller;
};

} // namespace antler::pipeline
