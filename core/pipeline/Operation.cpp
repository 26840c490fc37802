#include "pipeline/Operation.h"

#include "pipeline/PipelineController.h"

#include <QFileInfo>

namespace antler::pipeline {

namespace {

struct KindName
{
    Operation::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {Operation::Kind::Build, "build"},     {Operation::Kind::Deploy, "deploy"},
    {Operation::Kind::Promote, "promote"}, {Operation::Kind::Rollback, "rollback"},
    {Operation::Kind::Pin, "pin"},         {Operation::Kind::Unpin, "unpin"},
    {Operation::Kind::Stop, "stop"},       {Operation::Kind::Playbook, "playbook"},
};

} // namespace

QString Operation::Request::kindName() const
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<Operation::Kind> Operation::Request::kindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

Operation::Operation(int id, const Request &request, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_request(request)
    , m_step(tr("waiting for the stage’s previous operation to finish"))
    , m_queuedAt(QDateTime::currentDateTimeUtc())
{
}

Operation::~Operation() = default;

QString Operation::title() const
{
    switch (m_request.kind) {
    case Kind::Build:
        return tr("Build");
    case Kind::Deploy:
        return tr("Deploy to %1").arg(m_request.stage);
    case Kind::Promote:
        return tr("Promote %1 → %2").arg(m_request.fromStage, m_request.stage);
    case Kind::Rollback:
        return tr("Roll back %1").arg(m_request.stage);
    case Kind::Pin:
        return tr("Pin %1").arg(m_request.stage);
    case Kind::Unpin:
        return tr("Unpin %1").arg(m_request.stage);
    case Kind::Stop:
        return tr("Stop %1").arg(m_request.stage);
    case Kind::Playbook:
        return tr("Run %1").arg(QFileInfo(m_request.playbook.playbook).fileName());
    }
    return {};
}

qint64 Operation::elapsedMs() const
{
    switch (m_state) {
    case State::Queued:
        return 0;
    case State::Running:
        return m_clock.elapsed();
    case State::Finished:
        return m_durationMs;
    }
    return 0;
}

void Operation::cancel()
{
    if (m_state == State::Finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_state == State::Queued) {
        Q_EMIT cancelledWhileQueued();
        return;
    }
    m_step = tr("cancelling…");
    Q_EMIT changed();
    if (m_controller)
        m_controller->cancel();
    if (m_canceller)
        m_canceller();
}

void Operation::setRunning(PipelineController *controller)
{
    m_controller = controller;
    m_state = State::Running;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_step = tr("starting");
    Q_EMIT changed();
}

void Operation::addEvent(const PipelineEvent &pipelineEvent)
{
    m_events.append(pipelineEvent);
    switch (pipelineEvent.kind) {
    case PipelineEvent::Kind::Started:
    case PipelineEvent::Kind::Step:
        if (!m_cancelRequested)
            m_step = pipelineEvent.message;
        break;
    case PipelineEvent::Kind::Progress:
        m_progressCurrent = pipelineEvent.current;
        m_progressTotal = pipelineEvent.total;
        if (!pipelineEvent.message.isEmpty() && !m_cancelRequested)
            m_step = pipelineEvent.message;
        break;
    case PipelineEvent::Kind::Log:
    case PipelineEvent::Kind::Warning:
    case PipelineEvent::Kind::Finished:
        break;
    }
    Q_EMIT event(pipelineEvent);
    if (pipelineEvent.kind != PipelineEvent::Kind::Log)
        Q_EMIT changed();
}

void Operation::addPlaybookEvent(const playbook::PlaybookEvent &runEvent)
{
    using Type = playbook::PlaybookEvent::Type;
    m_playbookEvents.append(runEvent);
    Q_EMIT playbookEvent(runEvent);
    // The step and progress the Operations dock shows; the log is the
    // playbook's own stream, so no line is repeated as a pipeline event.
    const QString kind = m_request.kindName();
    switch (runEvent.type) {
    case Type::PlayStarted:
        addEvent(PipelineEvent::step(kind, {}, tr("PLAY [%1]").arg(runEvent.play)));
        break;
    case Type::TaskStarted:
        ++m_tasksStarted;
        addEvent(PipelineEvent::progress(kind, {}, m_tasksStarted, qMax(m_progressTotal, m_tasksStarted),
                                         tr("TASK [%1]").arg(runEvent.task)));
        break;
    case Type::Warning:
        addEvent(PipelineEvent::warning(kind, {}, runEvent.text));
        break;
    default:
        break;
    }
}

void Operation::finish(const OperationOutcome &outcome)
{
    m_outcome = outcome;
    m_durationMs = m_state == State::Running ? m_clock.elapsed() : 0;
    m_state = State::Finished;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_step = outcome.message;
    m_controller = nullptr;
    Q_EMIT changed();
    Q_EMIT finished(outcome);
}

} // namespace antler::pipeline
