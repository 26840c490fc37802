#include "pipeline/OperationManager.h"

#include "pipeline/History.h"
#include "pipeline/PipelineController.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/PlaybookJob.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

namespace antler::pipeline {

OperationManager::OperationManager(const PipelineConfig &config, History *history, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_history(history)
    , m_gates(new PipelineController(config, history, this))
{
}

OperationManager::~OperationManager()
{
    // Controllers are children of their operations; nothing may report into
    // a half-destroyed manager.
    for (const QPointer<Operation> &operation : std::as_const(m_operations)) {
        if (operation)
            operation->disconnect(this);
    }
}

namespace {

// What `antler --run-playbook` prints for the event, as one piece of text.
QString playbookText(const playbook::PlaybookEvent &event, int verbosity)
{
    QString text;
    QString warnings;
    {
        QTextStream out(&text);
        QTextStream err(&warnings);
        playbook::ConsolePrinter printer(&out, &err);
        printer.setVerbosity(verbosity);
        printer.print(event);
    }
    text += warnings;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

// A playbook run's log in the history, written a few times a second rather
// than once per event: appending rewrites the whole log, and a command's
// live output is one event per line.
class PlaybookHistoryLog : public QObject
{
public:
    PlaybookHistoryLog(History *history, qint64 id, QObject *parent)
        : QObject(parent)
        , m_history(history)
        , m_id(id)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(500);
        connect(&m_timer, &QTimer::timeout, this, &PlaybookHistoryLog::flush);
    }
    // No flush when destroyed: the history may be gone by then (a window
    // closing); a run that never finished is marked interrupted anyway.

    void append(const QString &text)
    {
        m_pending.append(text);
        if (!m_timer.isActive())
            m_timer.start();
    }
    void flush()
    {
        m_timer.stop();
        if (m_pending.isEmpty())
            return;
        m_history->appendLog(m_id, m_pending.join(QLatin1Char('\n')));
        m_pending.clear();
    }

private:
    History *m_history;
    qint64 m_id;
    QStringList m_pending;
    QTimer m_timer;
};

} // namespace

QString OperationManager::lockKey(const Operation::Request &request)
{
    // Runs of one playbook wait for each other; different playbooks and the
    // pipeline's stages go side by side.
    if (request.kind == Operation::Kind::Playbook)
        return QStringLiteral("\x01playbook:") + request.playbook.playbook;
    // Builds change no stage but share the build tree and the registry.
    return request.kind == Operation::Kind::Build ? QStringLiteral("\x01"
                                                                   "build")
                                                  : request.stage;
}

Operation *OperationManager::start(const Operation::Request &request)
{
    auto *operation = new Operation(m_nextId++, request, this);
    m_operations.append(operation);
    connect(operation, &Operation::changed, this, [this, operation] { Q_EMIT operationChanged(operation); });
    connect(operation, &Operation::event, this,
            [this, operation](const PipelineEvent &pipelineEvent) { Q_EMIT event(pipelineEvent, operation->id()); });
    connect(operation, &Operation::cancelledWhileQueued, this, [this, operation] {
        OperationOutcome outcome;
        outcome.code = OperationOutcome::Code::Cancelled;
        outcome.operation = operation->request().kindName();
        outcome.stage = operation->stage();
        outcome.message = tr("%1 was cancelled before it started; nothing changed.").arg(operation->title());
        operation->finish(outcome);
    });
    connect(operation, &Operation::finished, this, [this, operation] {
        const QString key = lockKey(operation->request());
        if (m_busy.value(key) == operation)
            m_busy.remove(key);
        Q_EMIT operationFinished(operation);
        prune();
        startQueued();
    });
    Q_EMIT operationAdded(operation);
    if (!m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_startScheduled = false;
            startQueued();
        });
    }
    return operation;
}

void OperationManager::startQueued()
{
    for (const QPointer<Operation> &operation : std::as_const(m_operations)) {
        if (!operation || operation->state() != Operation::State::Queued || operation->isCancelRequested())
            continue;
        const QString key = lockKey(operation->request());
        if (m_busy.contains(key))
            continue;
        m_busy.insert(key, operation);
        run(operation);
    }
}

void OperationManager::run(Operation *operation)
{
    const Operation::Request &request = operation->request();
    if (!request.problem.isEmpty()) {
        operation->setRunning(nullptr);
        OperationOutcome outcome;
        outcome.code = OperationOutcome::Code::Invalid;
        outcome.operation = request.kindName();
        outcome.stage = request.stage;
        outcome.message = request.problem;
        operation->addEvent(PipelineEvent::finished(outcome.operation, outcome.stage, false, outcome.message));
        operation->finish(outcome);
        return;
    }
    if (request.kind == Operation::Kind::Playbook) {
        runPlaybook(operation);
        return;
    }
    if (request.kind == Operation::Kind::Pin || request.kind == Operation::Kind::Unpin) {
        operation->setRunning(nullptr);
        const OperationOutcome outcome = request.kind == Operation::Kind::Pin
            ? m_gates->pin(request.stage, request.reason)
            : m_gates->unpin(request.stage);
        operation->finish(outcome);
        return;
    }
    auto *controller = new PipelineController(m_config, m_history, operation);
    connect(controller, &PipelineController::event, operation, &Operation::addEvent);
    connect(controller, &PipelineController::finished, operation,
            [operation, controller](const OperationOutcome &outcome) {
                operation->finish(outcome);
                controller->deleteLater();
            });
    operation->setRunning(controller);
    switch (request.kind) {
    case Operation::Kind::Build:
        controller->build(request.build);
        break;
    case Operation::Kind::Deploy:
        controller->deploy(request.stage, request.digest);
        break;
    case Operation::Kind::Promote:
        controller->promote(request.fromStage, request.stage, request.confirmed);
        break;
    case Operation::Kind::Rollback:
        controller->rollback(request.stage, request.reason);
        break;
    case Operation::Kind::Stop:
        controller->stop(request.stage);
        break;
    case Operation::Kind::Pin:
    case Operation::Kind::Unpin:
    case Operation::Kind::Playbook:
        break;
    }
}

QString OperationManager::playbookSummary(const playbook::PlaybookRunOptions &options)
{
    // File names and the options that change what ran; never an extra
    // variable's value (it may be a secret).
    QString text = options.inventory.isEmpty()
        ? QFileInfo(options.playbook).fileName()
        : tr("%1 on %2").arg(QFileInfo(options.playbook).fileName(), QFileInfo(options.inventory).fileName());
    if (!options.limit.isEmpty())
        text += tr(", limit %1").arg(options.limit);
    if (!options.tags.isEmpty())
        text += tr(", tags %1").arg(options.tags.join(QLatin1Char(',')));
    if (!options.skipTags.isEmpty())
        text += tr(", skip tags %1").arg(options.skipTags.join(QLatin1Char(',')));
    if (options.checkMode)
        text += tr(", check mode");
    return text;
}

void OperationManager::runPlaybook(Operation *operation)
{
    const QString kind = operation->request().kindName();
    const playbook::PlaybookRunOptions &options = operation->request().playbook;
    // Recorded in the pipeline's history like a build or a rollout: begun
    // before it runs, its log as it goes (the operation's start and end, and
    // between them the text the headless mode prints for each playbook
    // event), its result at the end.
    const qint64 historyId
        = m_history && m_history->isOpen() ? m_history->begin(kind, {}, Release(), {}, playbookSummary(options)) : 0;
    History *history = historyId > 0 ? m_history : nullptr;
    QPointer<PlaybookHistoryLog> log = history ? new PlaybookHistoryLog(history, historyId, operation) : nullptr;
    if (log) {
        connect(operation, &Operation::event, log, [log](const PipelineEvent &pipelineEvent) {
            // Steps, progress and warnings repeat playbook events, whose
            // headless text is already in the log.
            if (pipelineEvent.kind == PipelineEvent::Kind::Started
                || pipelineEvent.kind == PipelineEvent::Kind::Finished
                || pipelineEvent.kind == PipelineEvent::Kind::Log)
                log->append(pipelineEvent.toText());
        });
    }
    auto *job = new playbook::PlaybookJob(options, m_playbookConnection, operation);
    const int verbosity = options.verbosity;
    connect(job, &playbook::PlaybookJob::event, operation,
            [operation, job, kind, log, verbosity](const playbook::PlaybookEvent &e) {
                if (e.type == playbook::PlaybookEvent::Type::PlaybookStarted)
                    operation->addEvent(PipelineEvent::progress(kind, {}, 0, job->taskCount(), {}));
                operation->addPlaybookEvent(e);
                if (log) {
                    const QString text = playbookText(e, verbosity);
                    if (!text.isEmpty())
                        log->append(text);
                }
            });
    connect(job, &playbook::PlaybookJob::finished, operation,
            [operation, job, kind, history, historyId, log](int exitCode) {
                OperationOutcome outcome;
                outcome.operation = kind;
                const QMap<QString, playbook::HostStats> stats = job->stats();
                QStringList failed;
                QStringList unreachable;
                for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
                    if (it->failed > 0)
                        failed.append(it.key());
                    if (it->unreachable > 0)
                        unreachable.append(it.key());
                }
                if (exitCode == playbook::PlaybookJob::InvalidInputExitCode) {
                    outcome.code = OperationOutcome::Code::Invalid;
                    outcome.message
                        = tr("The playbook was not run: %1").arg(job->problem().section(QLatin1Char('\n'), 0, 0));
                } else if (exitCode == playbook::PlaybookJob::CancelledExitCode || operation->isCancelRequested()) {
                    outcome.code = OperationOutcome::Code::Cancelled;
                    outcome.message = tr("The run was cancelled; the commands running on every host were stopped.");
                } else if (exitCode == 0) {
                    outcome.code = OperationOutcome::Code::Succeeded;
                    outcome.message = tr("Every task finished on %n host(s).", nullptr, int(stats.size()));
                } else {
                    outcome.code = OperationOutcome::Code::Failed;
                    QStringList parts;
                    if (!failed.isEmpty())
                        parts.append(tr("failed on %1").arg(failed.join(QLatin1String(", "))));
                    if (!unreachable.isEmpty())
                        parts.append(tr("%1 unreachable").arg(unreachable.join(QLatin1String(", "))));
                    outcome.message = parts.isEmpty() ? tr("The playbook ended with exit code %1.").arg(exitCode)
                                                      : tr("The playbook %1.").arg(parts.join(QLatin1String("; ")));
                }
                QJsonObject details;
                details.insert(QStringLiteral("exit_code"), exitCode);
                QJsonObject recap;
                for (auto it = stats.cbegin(); it != stats.cend(); ++it)
                    recap.insert(it.key(), QJsonObject::fromVariantMap(it->toVariantMap()));
                details.insert(QStringLiteral("stats"), recap);
                outcome.details = details;
                operation->addEvent(PipelineEvent::finished(kind, {}, outcome.ok(), outcome.message));
                if (history) {
                    if (log)
                        log->flush();
                    outcome.historyId = historyId;
                    const QString result = outcome.ok()                     ? History::Succeeded
                        : outcome.code == OperationOutcome::Code::Cancelled ? History::Cancelled
                                                                            : History::Failed;
                    history->finish(historyId, result, outcome.ok() ? QString() : outcome.message);
                }
                operation->finish(outcome);
                job->deleteLater();
            });
    operation->setCanceller([job = QPointer<playbook::PlaybookJob>(job)] {
        if (job)
            job->cancel();
    });
    operation->setRunning(nullptr);
    operation->addEvent(PipelineEvent::started(kind, {}, tr("Running %1").arg(operation->request().playbook.playbook)));
    job->start();
}

void OperationManager::prune()
{
    int finished = 0;
    for (qsizetype i = m_operations.size() - 1; i >= 0; --i) {
        Operation *operation = m_operations.at(i);
        if (!operation) {
            m_operations.removeAt(i);
            continue;
        }
        if (operation->isFinished() && ++finished > m_keepFinished) {
            m_operations.removeAt(i);
            operation->deleteLater();
        }
    }
}

QList<Operation *> OperationManager::operations() const
{
    QList<Operation *> list;
    for (const QPointer<Operation> &operation : m_operations) {
        if (operation)
            list.append(operation);
    }
    return list;
}

Operation *OperationManager::operation(int id) const
{
    for (const QPointer<Operation> &operation : m_operations) {
        if (operation && operation->id() == id)
            return operation;
    }
    return nullptr;
}

Operation *OperationManager::activeFor(const QString &stage) const
{
    for (const QPointer<Operation> &operation : m_operations) {
        if (operation && !operation->isFinished() && operation->kind() != Operation::Kind::Build
            && operation->stage() == stage)
            return operation;
    }
    return nullptr;
}

bool OperationManager::isBuilding() const
{
    for (const QPointer<Operation> &operation : m_operations) {
        if (operation && !operation->isFinished() && operation->kind() == Operation::Kind::Build)
            return true;
    }
    return false;
}

bool OperationManager::hasActive() const
{
    for (const QPointer<Operation> &operation : m_operations) {
        if (operation && !operation->isFinished())
            return true;
    }
    return false;
}

void OperationManager::cancelAll()
{
    for (const QPointer<Operation> &operation : std::as_const(m_operations)) {
        if (operation && !operation->isFinished())
            operation->cancel();
    }
}

QString OperationManager::promoteRefusal(const QString &from, const QString &to) const
{
    // Confirmation is the dialog's business, not a gate the window shows.
    return m_gates->promoteRefusal(from, to, true);
}

QString OperationManager::deployRefusal(const QString &stage) const
{
    return m_gates->deployRefusal(stage);
}

QString OperationManager::rollbackRefusal(const QString &stage) const
{
    return m_gates->rollbackRefusal(stage);
}

} // namespace antler::pipeline
