#include "pipeline/Operation.h"

#include "pipeline/PipelineController.h"

namespace antler::pipeline {

namespace {

struct KindName
{
    Operation::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {Operation::Kind::Build, "build"},       {Operation::Kind::Deploy, "deploy"}, {Operation::Kind::Promote, "promote"},
    {Operation::Kind::Rollback, "rollback"}, {Operation::Kind::Pin, "pin"},       {Operation::Kind::Unpin, "unpin"},
    {Operation::Kind::Stop, "stop"},
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
    , m_queuedAt(QDateTime::currentDateTimeUtc())
{
    m_step = tr("waiting for the stage’s previous operation to finish");
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
