#include "playbook/Runner.h"

#include "playbook/HostLimit.h"
#include "playbook/IncludePlan.h"
#include "playbook/NotifiedHandlers.h"
#include "playbook/PlaybookLog.h"
#include "playbook/TagFilter.h"
#include "playbook/TaskConditions.h"
#include "playbook/TaskContext.h"
#include "playbook/TaskExecutor.h"
#include "playbook/TaskKeywords.h"
#include "playbook/Templar.h"
#include "playbook/modules/CommandModule.h"
#include "playbook/modules/ModuleRegistry.h"
#include "playbook/modules/ModuleSpec.h"
#include "transport/Transport.h"

namespace antler::playbook {

namespace {

// Whether tasks (blocks and imported roles included; not what an include
// adds at run time) use command or shell.
bool runsUserCommands(const QList<Task> &tasks)
{
    for (const Task &task : tasks) {
        if (task.module == QLatin1String("command") || task.module == QLatin1String("shell")
            || runsUserCommands(task.block) || runsUserCommands(task.rescue) || runsUserCommands(task.always))
            return true;
    }
    return false;
}

} // namespace

Runner::Runner(const Playbook &playbook, const inventory::Inventory &inventory, QObject *parent)
    : QObject(parent)
    , m_playbook(playbook)
    , m_inventory(inventory)
    , m_scope(&m_inventory)
    , m_transports(&m_inventory, this)
{
    qRegisterMetaType<antler::playbook::PlaybookEvent>();
    qRegisterMetaType<antler::playbook::TaskResult>();
}

Runner::~Runner()
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it)
        delete it->executor;
    m_transports.deleteAll();
}

void Runner::emitEvent(PlaybookEvent event)
{
    event.playbookPath = m_playbook.path;
    Q_EMIT this->event(event);
}

void Runner::setOptions(const PlaybookRunOptions &options)
{
    setForks(options.forks);
    setExtraVariables(options.extraVariables);
    setCheckMode(options.checkMode);
    setDiffMode(options.diffMode);
    setVerbosity(options.verbosity);
    setTags(options.tags);
    setSkipTags(options.skipTags);
    setStartAtTask(options.startAtTask);
    setLimit(options.limit);
}

QString Runner::retryFilePath() const
{
    return RunRecap::retryFilePath(m_retryDirectory, m_playbook.path);
}

void Runner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startReached = m_startAtTask.isEmpty();
    PlaybookEvent started;
    started.type = PlaybookEvent::Type::PlaybookStarted;
    emitEvent(started);
    m_playIndex = -1;
    // Queued, so a caller connecting after start() still sees every event.
    QTimer::singleShot(0, this, [this] { startPlay(); });
}

void Runner::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    const QMap<QString, HostRun> running = m_running;
    m_running.clear();
    m_pending.clear();
    for (const HostRun &run : running) {
        if (run.executor) {
            run.executor->disconnect(this);
            run.executor->cancel();
            run.executor->deleteLater();
        }
    }
    finishRun();
}

void Runner::startPlay()
{
    if (m_cancelled || m_finished)
        return;
    ++m_playIndex;
    if (m_playIndex >= m_playbook.plays.size()) {
        finishRun();
        return;
    }
    const Play &play = m_playbook.plays.at(m_playIndex);
    QString warning;
    const QStringList matched = HostLimit::narrow(m_inventory, m_limit, m_inventory.match(play.hosts, &warning));
    if (!warning.isEmpty()) {
        PlaybookEvent event;
        event.type = PlaybookEvent::Type::Warning;
        event.text = warning;
        emitEvent(event);
    }
    m_playHostsAll = matched;
    m_batches = HostSchedule::serialBatches(matched, play.serial);
    m_serialPlay = !play.serial.isEmpty();
    if (matched.isEmpty()) {
        PlaybookEvent started;
        started.type = PlaybookEvent::Type::PlayStarted;
        started.play = templatedName(play.displayName());
        started.location = play.location;
        started.text = play.hosts;
        emitEvent(started);
        // The printers say "skipping: no hosts matched", as ansible-playbook does.
        QTimer::singleShot(0, this, [this] { startPlay(); });
        return;
    }
    startBatch();
}

// ansible-playbook runs a play once per serial batch, from its banner and
// facts to its last handlers.
void Runner::startBatch()
{
    const Play &play = m_playbook.plays.at(m_playIndex);
    const QStringList matched = m_batches.takeFirst();
    m_batch = matched;
    m_outBeforeBatch = outOfPlay(false);
    m_endPlay = false;
    m_endedHosts.clear();
    m_notified.clear();
    m_completedRoles.clear();
    PlaybookEvent started;
    started.type = PlaybookEvent::Type::PlayStarted;
    started.play = templatedName(play.displayName());
    started.location = play.location;
    started.text = play.hosts;
    started.hosts = matched;
    emitEvent(started);
    m_playHosts.clear();
    for (const QString &host : std::as_const(matched)) {
        // Hosts that failed in an earlier play sit out the rest of the run, as in Ansible.
        if (!m_failedHosts.contains(host) && !m_unreachableHosts.contains(host))
            m_playHosts.append(host);
        m_recap.addHost(host);
    }
    // Names as written, never templated: a line holds no variable's value.
    qCDebug(lcPlaybook).noquote() << "play" << m_playIndex + 1 << play.displayName() << "starts on"
                                  << m_playHosts.join(QLatin1String(", "));
    m_frames.clear();
    m_stage = Stage::Facts;
    if (play.gatherFacts && TagFilter(m_onlyTags, m_skipTags).shouldRun({QStringLiteral("always")})) {
        m_prepareUserShell = !m_checkMode
            && (runsUserCommands(play.preTasks) || runsUserCommands(play.tasks) || runsUserCommands(play.postTasks)
                || runsUserCommands(play.handlers));
        Task facts;
        facts.name = QStringLiteral("Gathering Facts");
        facts.module = QStringLiteral("setup");
        facts.moduleAsWritten = QStringLiteral("gather_facts");
        facts.location = play.location;
        facts.checkMode = false;
        runTask(facts, m_playHosts, false);
        return;
    }
    nextStage();
}

void Runner::nextStage()
{
    if (m_cancelled || m_finished)
        return;
    const Play &play = m_playbook.plays.at(m_playIndex);
    if (m_endPlay)
        m_stage = Stage::FlushPost;
    m_stage = Stage(int(m_stage) + 1);
    Frame frame;
    frame.hosts = m_playHosts;
    switch (m_stage) {
    case Stage::Facts:
        break;
    case Stage::PreTasks:
    case Stage::Tasks:
    case Stage::PostTasks:
        frame.kind = Frame::Kind::Section;
        frame.tasks = m_stage == Stage::PreTasks ? play.preTasks
            : m_stage == Stage::Tasks            ? play.tasks
                                                 : play.postTasks;
        m_frames.append(frame);
        advance();
        return;
    case Stage::FlushPre:
    case Stage::FlushTasks:
    case Stage::FlushPost:
        pushHandlers();
        advance();
        return;
    case Stage::Done:
        break;
    }
    if (m_serialPlay) {
        // ansible-playbook ends the run when every host of a batch failed in it.
        qsizetype failedNow = 0;
        const QSet<QString> out = outOfPlay(false);
        for (const QString &host : std::as_const(m_batch))
            if (out.contains(host) && !m_outBeforeBatch.contains(host))
                ++failedNow;
        if (failedNow == m_batch.size()) {
            finishRun();
            return;
        }
    }
    if (!m_batches.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_cancelled && !m_finished)
                startBatch();
        });
        return;
    }
    QTimer::singleShot(0, this, [this] { startPlay(); });
}

QStringList Runner::activeHosts(const Frame &frame) const
{
    return HostSchedule::activeHosts(frame.hosts, outOfPlay(true), frame.progress);
}

QSet<QString> Runner::outOfPlay(bool endedToo) const
{
    QSet<QString> out = m_failedHosts;
    out.unite(m_unreachableHosts);
    if (endedToo)
        out.unite(m_endedHosts);
    return out;
}

bool Runner::isSelected(const Task &task) const
{
    return TagFilter(m_onlyTags, m_skipTags).shouldRun(task.tags);
}

void Runner::pushHandlers()
{
    const Play &play = m_playbook.plays.at(m_playIndex);
    qCDebug(lcPlaybook) << "handlers flush: the notified ones of" << play.handlers.size() << "run";
    Frame frame;
    frame.kind = Frame::Kind::Handlers;
    frame.tasks = play.handlers;
    frame.hosts = m_playHosts;
    m_frames.append(frame);
}

void Runner::advance()
{
    while (!m_cancelled && !m_finished) {
        if (m_frames.isEmpty()) {
            nextStage();
            return;
        }
        Frame &frame = m_frames.last();
        ++frame.index;
        if (m_endPlay || frame.index >= frame.tasks.size()) {
            popFrame();
            continue;
        }
        if (noHostsLeft())
            return;
        const QStringList active = activeHosts(frame);
        if (active.isEmpty() && frame.kind != Frame::Kind::Handlers) {
            frame.index = int(frame.tasks.size());
            popFrame();
            continue;
        }
        const Task task = frame.tasks.at(frame.index);
        if (frame.kind == Frame::Kind::Handlers) {
            const QStringList hosts = HostSchedule::notifiedHosts(active, m_notified, frame.index);
            for (const QString &host : hosts)
                m_notified[host].remove(frame.index);
            if (hosts.isEmpty())
                continue;
            runTask(task, hosts, true);
            return;
        }
        if (task.isBlock()) {
            Frame block;
            block.kind = Frame::Kind::Block;
            block.block = task;
            block.tasks = task.block;
            block.progress.hasRescue = !task.rescue.isEmpty();
            block.progress.hasAlways = !task.always.isEmpty();
            block.hosts = active;
            block.vars = frame.vars;
            m_frames.append(block);
            continue;
        }
        if (!isSelected(task))
            continue;
        if (!m_startReached) {
            if (m_scope.taskName(task, &m_playbook.plays.at(m_playIndex)) != m_startAtTask
                && templatedName(task.displayName()) != m_startAtTask && task.name != m_startAtTask)
                continue;
            m_startReached = true;
        }
        const QStringList hosts = roleNotRunYet(task, active);
        if (hosts.isEmpty())
            continue;
        if (task.isInclude()) {
            runInclude(task, hosts);
            return;
        }
        if (task.isIncludeRole()) {
            runIncludeRole(task, hosts);
            return;
        }
        if (task.isMeta()) {
            runMeta(task, hosts);
            return;
        }
        runTask(task, hosts, false);
        return;
    }
}

// ansible-playbook ends the whole run when every host of the play has
// failed or is unreachable.
bool Runner::noHostsLeft()
{
    if (!HostSchedule::noHostsLeft(m_playHosts, outOfPlay(false)))
        return false;
    if (m_serialPlay) {
        // The batch is over; whether the run goes on is decided as it ends.
        m_frames.clear();
        m_stage = Stage::FlushPost;
        nextStage();
        return true;
    }
    qCDebug(lcPlaybook) << "no hosts left: every host of the play failed or is unreachable";
    PlaybookEvent event;
    event.type = PlaybookEvent::Type::NoHostsLeft;
    event.play = templatedName(m_playbook.plays.at(m_playIndex).displayName());
    emitEvent(event);
    finishRun();
    return true;
}

void Runner::popFrame()
{
    Frame frame = m_frames.takeLast();
    if (frame.kind != Frame::Kind::Block)
        return;
    if (const auto next = frame.progress.nextPhase(); next && !m_endPlay) {
        frame.progress.phase = *next;
        frame.tasks = *next == HostSchedule::Phase::Rescue ? frame.block.rescue : frame.block.always;
        frame.index = -1;
        m_frames.append(frame);
        return;
    }
    const QSet<QString> failed = frame.progress.failedHosts();
    for (const QString &host : failed)
        hostFailed(host);
}

// A failure inside a block is settled when the block ends (its rescue may
// clear it); anywhere else the host leaves the play at once.
void Runner::reportResult(const QString &host, const Task &task, const TaskResult &result)
{
    m_recap.count(host, result, false);
    PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostResult, task);
    event.host = host;
    event.result = result;
    emitEvent(event);
    if (!result.isFailure())
        return;
    Task resolved = task;
    QString error;
    if (!TaskKeywords::resolveOne(&resolved, QStringLiteral("ignore_errors"), variablesFor(host, &task), &error)
        || !resolved.ignoreErrors)
        hostFailed(host);
}

void Runner::hostFailed(const QString &host)
{
    for (qsizetype i = m_frames.size() - 1; i >= 0; --i) {
        Frame &frame = m_frames[i];
        if (frame.kind != Frame::Kind::Block)
            continue;
        frame.progress.recordFailure(host);
        return;
    }
    qCDebug(lcPlaybook).noquote() << "host" << host << "failed and leaves the play";
    m_failedHosts.insert(host);
}

PlaybookEvent Runner::taskEvent(PlaybookEvent::Type type, const Task &task) const
{
    PlaybookEvent event;
    event.type = type;
    event.play = templatedName(m_playbook.plays.at(m_playIndex).displayName());
    event.task = m_scope.taskName(task, &m_playbook.plays.at(m_playIndex));
    event.module = task.module;
    event.location = task.location;
    return event;
}

void Runner::runTask(const Task &task, const QStringList &hosts, bool isHandler)
{
    m_task = task;
    m_taskIsHandler = isHandler;
    m_taskResults.clear();
    PlaybookEvent started = taskEvent(PlaybookEvent::Type::TaskStarted, task);
    started.isHandler = isHandler;
    started.hosts = hosts;
    emitEvent(started);
    m_running.clear();
    // run_once and any_errors_fatal are decided once for the task, with the
    // first host's variables.
    QString error;
    if (!hosts.isEmpty()) {
        const QVariantMap variables = variablesFor(hosts.first(), &task);
        if (!TaskKeywords::resolveOne(&m_task, QStringLiteral("run_once"), variables, &error)
            || !TaskKeywords::resolveOne(&m_task, QStringLiteral("any_errors_fatal"), variables, &error)) {
            m_pending.clear();
            for (const QString &host : hosts)
                reportResult(host, m_task, TaskResult::failed(error));
            launchHosts();
            return;
        }
    }
    m_pending = HostSchedule::taskHosts(hosts, m_task.runOnce);
    launchHosts();
}

void Runner::runInclude(const Task &task, const QStringList &hosts)
{
    PlaybookEvent started = taskEvent(PlaybookEvent::Type::TaskStarted, task);
    started.hosts = hosts;
    emitEvent(started);
    const QList<IncludePlan::File> files = IncludePlan::plan(
        task, hosts, [this, &task](const QString &host) { return variablesFor(host, &task); },
        [this, &task](const QString &host, const TaskResult &result) { reportResult(host, task, result); });
    // The files run one after the other, each for its hosts; pushed in
    // reverse so the first one runs first.
    QList<Frame> frames;
    for (const IncludePlan::File &file : files) {
        const QString &path = file.path;
        QList<Task> tasks;
        QString message;
        if (!IncludePlan::tasksOf(task, path, &tasks, &message)) {
            for (const QString &host : file.hosts) {
                TaskResult failed = TaskResult::failed(message);
                m_recap.count(host, failed, false);
                PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostResult, task);
                event.host = host;
                event.result = failed;
                emitEvent(event);
                hostFailed(host);
            }
            continue;
        }
        PlaybookEvent included = taskEvent(PlaybookEvent::Type::Included, task);
        included.text = path;
        included.hosts = file.hosts;
        if (task.hasLoop()) {
            const QVariantMap &itemVars = file.itemVars;
            included.result.isItem = true;
            included.result.itemLabel = Templar::toText(itemVars.value(task.loopVar));
        }
        emitEvent(included);
        qCDebug(lcPlaybook).noquote() << "include of" << path << "expanded to" << tasks.size() << "tasks for"
                                      << file.hosts.join(QLatin1String(", "));
        // ansible-playbook counts every "included:" as ok for its hosts.
        for (const QString &host : file.hosts)
            m_recap.countIncluded(host);
        Frame frame;
        frame.kind = Frame::Kind::Include;
        frame.tasks = tasks;
        frame.hosts = file.hosts;
        frame.vars = m_frames.isEmpty() ? QVariantMap() : m_frames.last().vars;
        for (auto it = task.vars.cbegin(); it != task.vars.cend(); ++it)
            frame.vars.insert(it.key(), it.value());
        for (auto it = file.itemVars.cbegin(); it != file.itemVars.cend(); ++it)
            frame.vars.insert(it.key(), it.value());
        frames.prepend(frame);
    }
    m_frames.append(frames);
    QTimer::singleShot(0, this, [this] { advance(); });
}

// Ansible's role de-duplication: a task of a role that already ran for a
// host (its meta: role_complete ran) is skipped for that host without a
// word, unless the role allows duplicates. Handlers never are.
QStringList Runner::roleNotRunYet(const Task &task, const QStringList &hosts) const
{
    if (task.role.identity.isEmpty() || task.role.allowDuplicates)
        return hosts;
    QStringList result;
    for (const QString &host : hosts) {
        if (!m_completedRoles.value(host).contains(task.role.identity))
            result.append(host);
    }
    return result;
}

// include_role: its when is evaluated once per host, here, and the role's
// tasks (read at parse time) then run for the hosts it holds for. Like
// ansible-playbook it prints no "included:" line and counts nothing for them.
void Runner::runIncludeRole(const Task &task, const QStringList &hosts)
{
    PlaybookEvent started = taskEvent(PlaybookEvent::Type::TaskStarted, task);
    started.hosts = hosts;
    emitEvent(started);
    QStringList selected;
    for (const QString &host : hosts) {
        bool holds = true;
        QString error;
        TaskResult result;
        if (!TaskConditions::hold(task.when, variablesFor(host, &task), &holds, nullptr, &error)) {
            result = TaskResult::failed(error);
        } else if (holds) {
            selected.append(host);
            continue;
        } else {
            result.status = TaskResult::Status::Skipped;
            result.data = {{QStringLiteral("changed"), false},
                           {QStringLiteral("skip_reason"), QStringLiteral("Conditional result was False")}};
        }
        reportResult(host, task, result);
    }
    if (!selected.isEmpty()) {
        Frame frame;
        frame.kind = Frame::Kind::Include;
        frame.tasks = task.block;
        frame.hosts = selected;
        frame.vars = m_frames.isEmpty() ? QVariantMap() : m_frames.last().vars;
        m_frames.append(frame);
    }
    QTimer::singleShot(0, this, [this] { advance(); });
}

void Runner::runMeta(const Task &task, const QStringList &hosts)
{
    const QString action = task.metaAction();
    QStringList selected;
    for (const QString &host : hosts) {
        bool holds = true;
        QString error;
        if (TaskConditions::hold(task.when, variablesFor(host, &task), &holds, nullptr, &error) && holds)
            selected.append(host);
    }
    if (action == QLatin1String("flush_handlers")) {
        pushHandlers();
    } else if (action == QLatin1String("end_play")) {
        if (!selected.isEmpty())
            m_endPlay = true;
    } else if (action == QLatin1String("end_host")) {
        for (const QString &host : std::as_const(selected))
            m_endedHosts.insert(host);
    } else if (action == QLatin1String("clear_host_errors")) {
        for (const QString &host : m_playHosts)
            m_failedHosts.remove(host);
    } else if (action == QLatin1String("clear_facts")) {
        for (const QString &host : std::as_const(selected))
            m_scope.clearFacts(host);
    } else if (action == QLatin1String("role_complete")) {
        for (const QString &host : std::as_const(selected))
            m_completedRoles[host].insert(task.role.identity);
    }
    QTimer::singleShot(0, this, [this] { advance(); });
}

void Runner::launchHosts()
{
    while (m_running.size() < m_forks && !m_pending.isEmpty())
        startHost(m_pending.takeFirst());
    if (m_running.isEmpty() && m_pending.isEmpty())
        taskDone();
}

void Runner::taskDone()
{
    // any_errors_fatal: one host failing ends the play for every host.
    const Play &play = m_playbook.plays.at(m_playIndex);
    if (HostSchedule::failsEveryHost(m_task.anyErrorsFatal.value_or(play.anyErrorsFatal.value_or(false)),
                                     m_taskResults)) {
        qCDebug(lcPlaybook) << "any_errors_fatal: a host failed, so every host of the play fails";
        for (const QString &host : std::as_const(m_playHosts))
            m_failedHosts.insert(host);
    }
    // run_once: the first host's result is every host's.
    if (m_task.runOnce && !m_task.registerAs.isEmpty() && !m_taskResults.isEmpty()) {
        const TaskResult result = m_taskResults.cbegin().value();
        for (const QString &host : activeHosts(m_frames.isEmpty() ? Frame() : m_frames.last()))
            m_scope.setHostVariable(host, m_task.registerAs, result.isLoop ? result.data : result.registered());
    }
    QTimer::singleShot(0, this, [this] {
        if (m_stage == Stage::Facts && m_frames.isEmpty())
            nextStage();
        else
            advance();
    });
}

void Runner::startHost(const QString &host)
{
    const Play &play = m_playbook.plays.at(m_playIndex);
    Task task = m_task;
    const inventory::ConnectionInfo info = m_inventory.connection(host);
    const QVariantMap variables = variablesFor(host, &task);

    ModuleContext context;
    QString delegatedTo;
    TaskResult early;
    // become decides the connection's user, so it is rendered here with the
    // host's variables; the other keywords per loop item by the executor.
    QString keywordError;
    const bool becomeOk = TaskKeywords::resolveOne(&task, QStringLiteral("become"), variables, &keywordError);
    bool failedEarly = !TaskContext::build(task, play, info, host, variables,
                                           {m_checkMode, m_diffMode, m_playbook.path}, &context, &delegatedTo, &early);
    if (!becomeOk) {
        early = TaskResult::failed(keywordError);
        failedEarly = true;
    }
    // Output is censored when no_log is set, or cannot be told yet.
    Task censor = task;
    const bool noLog
        = !TaskKeywords::resolveOne(&censor, QStringLiteral("no_log"), variables, &keywordError) || censor.noLog;
    // Controller-only modules (debug, set_fact, assert…) never open a connection.
    const ModuleSpec *spec = ModuleRegistry::instance().find(task.module);
    const bool needsHost = !spec || !spec->controllerOnly;
    context.transport = m_transports.forTask(host, delegatedTo, needsHost);
    if (delegatedTo == host)
        delegatedTo.clear();
    qCDebug(lcPlaybook).noquote() << "task" << task.displayName()
                                  << QLatin1Char('(') + task.location.fileAndLine() + QLatin1Char(')') << "starts on"
                                  << host
                                  << (delegatedTo.isEmpty() ? QString() : QLatin1String("delegated to ") + delegatedTo);

    auto *executor = new TaskExecutor(task, context, this);
    HostRun &run = m_running[host];
    run = HostRun();
    run.executor = executor;
    run.delegatedTo = delegatedTo;
    run.noLog = noLog;
    if (m_liveOutputDelayMs > 0) {
        run.timer = new QTimer(executor);
        run.timer->setSingleShot(true);
        run.timer->setInterval(m_liveOutputDelayMs);
        connect(run.timer, &QTimer::timeout, this, [this, host] {
            auto it = m_running.find(host);
            if (it == m_running.end())
                return;
            it->streaming = true;
            const QStringList lines = it->heldLines;
            const QList<bool> stderrFlags = it->heldStderr;
            it->heldLines.clear();
            it->heldStderr.clear();
            for (qsizetype i = 0; i < lines.size(); ++i)
                onOutput(host, lines.at(i), stderrFlags.at(i));
        });
        run.timer->start();
    } else {
        run.streaming = true;
    }
    connect(executor, &TaskExecutor::outputLine, this, &Runner::onOutput);
    connect(executor, &TaskExecutor::itemResult, this, &Runner::onItemResult);
    connect(executor, &TaskExecutor::retrying, this, &Runner::onRetry);
    connect(executor, &TaskExecutor::finished, this, &Runner::onHostFinished, Qt::QueuedConnection);
    if (failedEarly) {
        QTimer::singleShot(0, this, [this, host, early] { onHostFinished(host, early); });
        return;
    }
    executor->start();
    // The shell the play's commands will run in starts while the facts are
    // gathered, not after them, when the first command needs it.
    if (m_stage == Stage::Facts && m_frames.isEmpty() && m_prepareUserShell && context.transport)
        context.transport->prepare(CommandModule::userCommandLike(context));
}

void Runner::onOutput(const QString &host, const QString &line, bool isStderr)
{
    auto it = m_running.find(host);
    if (it == m_running.end())
        return;
    if (!it->streaming) {
        it->heldLines.append(line);
        it->heldStderr.append(isStderr);
        return;
    }
    PlaybookEvent event;
    event.type = PlaybookEvent::Type::HostOutput;
    event.host = host;
    event.text = it->noLog ? TaskResult::censoredMessage() : line;
    event.isStderr = isStderr;
    emitEvent(event);
}

void Runner::onItemResult(const QString &host, const TaskResult &result)
{
    PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostResult, m_task);
    event.host = host;
    event.result = result;
    event.isHandler = m_taskIsHandler;
    if (auto it = m_running.constFind(host); it != m_running.cend())
        event.delegatedTo = it->delegatedTo;
    emitEvent(event);
}

void Runner::onRetry(const QString &host, const TaskResult &result)
{
    PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostRetry, m_task);
    event.host = host;
    event.result = result;
    emitEvent(event);
}

void Runner::onHostFinished(const QString &host, const TaskResult &result)
{
    auto it = m_running.find(host);
    if (it == m_running.end())
        return;
    TaskExecutor *executor = it->executor;
    if (it->timer)
        it->timer->stop();
    const QString delegatedTo = it->delegatedTo;
    if (executor)
        executor->deleteLater();
    m_running.erase(it);
    qCDebug(lcPlaybook).noquote() << "host" << host << "finished" << m_task.displayName() << "with"
                                  << TaskResult::statusName(result.status);
    m_taskResults.insert(host, result);
    applyResult(host, m_task, result);

    PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostResult, m_task);
    event.host = host;
    event.result = result;
    event.isHandler = m_taskIsHandler;
    event.delegatedTo = delegatedTo;
    emitEvent(event);
    launchHosts();
}

void Runner::applyResult(const QString &host, const Task &task, const TaskResult &result)
{
    const bool failed = result.status == TaskResult::Status::Failed && !result.ignored;
    m_scope.recordResult(host, task, result);
    // notify: only a changed result queues handlers.
    if (!failed && result.status != TaskResult::Status::Unreachable
        && result.data.value(QStringLiteral("changed")).toBool() && !task.notify.isEmpty()) {
        const Play &play = m_playbook.plays.at(m_playIndex);
        const QVariantMap variables = variablesFor(host, &task);
        for (const QString &name : task.notify) {
            QString wanted;
            const QList<int> handlers = NotifiedHandlers::matching(play.handlers, name, variables, &wanted);
            for (const int index : handlers)
                m_notified[host].insert(index);
            if (handlers.isEmpty()) {
                PlaybookEvent warning;
                warning.type = PlaybookEvent::Type::Warning;
                warning.text = tr("the task at %1 notifies “%2”, but no handler has that name or listens to it; "
                                  "check the name under handlers:.")
                                   .arg(task.location.fileAndLine(), wanted);
                emitEvent(warning);
            }
        }
    }
    bool rescued = false;
    if (failed) {
        for (qsizetype i = m_frames.size() - 1; i >= 0; --i) {
            const Frame &frame = m_frames.at(i);
            if (frame.kind == Frame::Kind::Block && frame.progress.phase == HostSchedule::Phase::Block
                && frame.progress.hasRescue) {
                rescued = true;
                break;
            }
        }
        m_scope.setHostVariable(host, QStringLiteral("ansible_failed_result"), result.registered());
        m_scope.setHostVariable(host, QStringLiteral("ansible_failed_task"),
                                QVariantMap {{QStringLiteral("name"), templatedName(task.displayName())},
                                             {QStringLiteral("action"), task.module}});
    }
    m_recap.count(host, result, rescued);
    if (result.status == TaskResult::Status::Unreachable) {
        qCDebug(lcPlaybook).noquote() << "host" << host << "is unreachable and leaves the play";
        m_unreachableHosts.insert(host);
    } else if (failed)
        hostFailed(host);
}

void Runner::finishRun()
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = RunRecap::exitCode(m_cancelled, !m_unreachableHosts.isEmpty(), !m_failedHosts.isEmpty());
    qCDebug(lcPlaybook) << "run finished with exit code" << m_exitCode << (m_cancelled ? "(cancelled)" : "");
    if (!m_cancelled && m_exitCode != 0 && !m_playbook.path.isEmpty())
        m_retryFile = m_recap.writeRetryFile(retryFilePath(), m_failedHosts, m_unreachableHosts);
    PlaybookEvent event;
    event.type = PlaybookEvent::Type::PlaybookFinished;
    event.stats = m_recap.stats();
    event.exitCode = m_exitCode;
    event.retryFile = m_retryFile;
    emitEvent(event);
    m_transports.closeAll();
    Q_EMIT finished(m_exitCode);
}

// The inventory's merge of group and host variables does not change during
// a run, so it is done once per host.
QVariantMap Runner::variablesFor(const QString &host, const Task *task) const
{
    const Play *play
        = m_playIndex >= 0 && m_playIndex < m_playbook.plays.size() ? &m_playbook.plays.at(m_playIndex) : nullptr;
    VariableScope::RunState run;
    run.playbookPath = m_playbook.path;
    run.checkMode = m_checkMode;
    run.diffMode = m_diffMode;
    run.verbosity = m_verbosity;
    run.forks = m_forks;
    run.limit = m_limit;
    run.onlyTags = m_onlyTags;
    run.skipTags = m_skipTags;
    if (play)
        run.playName = templatedName(play->displayName());
    // ansible_play_hosts(_all) span every serial batch, ansible_play_batch
    // only the one running.
    run.playHosts = m_playHostsAll;
    for (const QString &name : m_playHostsAll) {
        if (!m_failedHosts.contains(name) && !m_unreachableHosts.contains(name))
            run.activeHosts.append(name);
    }
    for (const QString &name : m_playHosts) {
        if (!m_failedHosts.contains(name) && !m_unreachableHosts.contains(name))
            run.batchHosts.append(name);
    }
    return m_scope.variablesFor(host, play, task, m_frames.isEmpty() ? QVariantMap() : m_frames.last().vars, run);
}

QString Runner::templatedName(const QString &name) const
{
    return m_scope.templatedName(
        name, m_playIndex >= 0 && m_playIndex < m_playbook.plays.size() ? &m_playbook.plays.at(m_playIndex) : nullptr);
}

} // namespace antler::playbook
