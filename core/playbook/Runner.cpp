#include "playbook/Runner.h"

#include "playbook/PlaybookParser.h"
#include "playbook/TaskExecutor.h"
#include "playbook/Templar.h"
#include "playbook/modules/ModuleRegistry.h"
#include "playbook/modules/ModuleSpec.h"
#include "transport/LocalTransport.h"
#include "transport/Transport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace antler::playbook {

namespace {

bool isLocalhost(const QString &name)
{
    return name == QLatin1String("localhost") || name == QLatin1String("127.0.0.1") || name == QLatin1String("::1");
}

QStringList without(const QStringList &hosts, const QSet<QString> &excluded)
{
    QStringList result;
    for (const QString &host : hosts) {
        if (!excluded.contains(host))
            result.append(host);
    }
    return result;
}

} // namespace

Runner::Runner(const Playbook &playbook, const inventory::Inventory &inventory, QObject *parent)
    : QObject(parent)
    , m_playbook(playbook)
    , m_inventory(inventory)
{
    qRegisterMetaType<antler::playbook::PlaybookEvent>();
    qRegisterMetaType<antler::playbook::TaskResult>();
}

Runner::~Runner()
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it)
        delete it->executor;
    for (const QPointer<transport::Transport> &transport : std::as_const(m_transports)) {
        if (transport) {
            transport->close();
            delete transport;
        }
    }
    if (m_localTransport) {
        m_localTransport->close();
        delete m_localTransport;
    }
}

void Runner::emitEvent(PlaybookEvent event)
{
    event.playbookPath = m_playbook.path;
    Q_EMIT this->event(event);
}

bool Runner::tagsSelected(const QStringList &taskTags, const QStringList &onlyTags, const QStringList &skipTags)
{
    // Ansible's Taggable.evaluate_tags.
    const QStringList only = onlyTags.isEmpty() ? QStringList {QStringLiteral("all")} : onlyTags;
    bool run = false;
    if (taskTags.contains(QLatin1String("always"))) {
        run = true;
    } else {
        for (const QString &tag : only) {
            if (tag == QLatin1String("all") && !taskTags.contains(QLatin1String("never")))
                run = true;
            else if (tag == QLatin1String("tagged") && !taskTags.isEmpty()
                     && !taskTags.contains(QLatin1String("never")))
                run = true;
            else if (tag == QLatin1String("untagged") && taskTags.isEmpty())
                run = true;
            else if (taskTags.contains(tag))
                run = true;
        }
    }
    if (run && taskTags.contains(QLatin1String("always")) && !only.contains(QLatin1String("always"))
        && !skipTags.contains(QLatin1String("always"))) {
        // always runs, unless skipped by name.
    }
    for (const QString &tag : skipTags) {
        if (tag == QLatin1String("all") && !taskTags.contains(QLatin1String("always")))
            return false;
        if (tag == QLatin1String("tagged") && !taskTags.isEmpty())
            return false;
        if (tag == QLatin1String("untagged") && taskTags.isEmpty())
            return false;
        if (taskTags.contains(tag))
            return false;
    }
    return run;
}

QString Runner::retryFilePath() const
{
    QString directory = m_retryDirectory;
    if (directory.isEmpty()) {
        QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
        if (cache.isEmpty())
            cache = QDir::homePath() + QStringLiteral("/.cache");
        directory = cache + QStringLiteral("/antler/retry");
    }
    return directory + QLatin1Char('/') + QFileInfo(m_playbook.path).completeBaseName() + QStringLiteral(".retry");
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
    QStringList matched = m_inventory.match(play.hosts, &warning);
    if (!m_limit.isEmpty()) {
        QStringList limited;
        if (m_limit.startsWith(QLatin1Char('@'))) {
            QFile file(m_limit.mid(1));
            if (file.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : file.readAll().split('\n')) {
                    if (!line.trimmed().isEmpty())
                        limited.append(QString::fromUtf8(line.trimmed()));
                }
            }
        } else {
            limited = m_inventory.match(m_limit);
        }
        QStringList kept;
        for (const QString &host : std::as_const(matched)) {
            if (limited.contains(host))
                kept.append(host);
        }
        matched = kept;
    }
    m_endPlay = false;
    m_endedHosts.clear();
    m_notified.clear();
    m_completedRoles.clear();
    if (!warning.isEmpty()) {
        PlaybookEvent event;
        event.type = PlaybookEvent::Type::Warning;
        event.text = warning;
        emitEvent(event);
    }
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
        if (!m_stats.contains(host))
            m_stats.insert(host, HostStats());
    }
    if (matched.isEmpty()) {
        PlaybookEvent event;
        event.type = PlaybookEvent::Type::Warning;
        event.text = tr("no hosts matched “%1”, so the play “%2” was skipped.").arg(play.hosts, play.displayName());
        emitEvent(event);
        QTimer::singleShot(0, this, [this] { startPlay(); });
        return;
    }
    m_frames.clear();
    m_stage = Stage::Facts;
    if (play.gatherFacts && tagsSelected({QStringLiteral("always")}, m_onlyTags, m_skipTags)) {
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
    QTimer::singleShot(0, this, [this] { startPlay(); });
}

QStringList Runner::activeHosts(const Frame &frame) const
{
    QStringList base;
    for (const QString &host : frame.hosts) {
        if (!m_failedHosts.contains(host) && !m_unreachableHosts.contains(host) && !m_endedHosts.contains(host))
            base.append(host);
    }
    switch (frame.phase) {
    case Frame::Phase::Block:
        return without(base, frame.failedInBlock);
    case Frame::Phase::Rescue: {
        QStringList rescuing;
        for (const QString &host : std::as_const(base)) {
            if (frame.failedInBlock.contains(host) && !frame.failedInRescue.contains(host))
                rescuing.append(host);
        }
        return rescuing;
    }
    case Frame::Phase::Always:
        return without(base, frame.failedInAlways);
    }
    return base;
}

bool Runner::isSelected(const Task &task) const
{
    return tagsSelected(task.tags, m_onlyTags, m_skipTags);
}

void Runner::pushHandlers()
{
    const Play &play = m_playbook.plays.at(m_playIndex);
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
            QStringList hosts;
            for (const QString &host : active) {
                auto it = m_notified.find(host);
                if (it != m_notified.end() && it->remove(frame.index))
                    hosts.append(host);
            }
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
            block.hosts = active;
            block.vars = frame.vars;
            m_frames.append(block);
            continue;
        }
        if (!isSelected(task))
            continue;
        if (!m_startReached) {
            if (displayName(task) != m_startAtTask && templatedName(task.displayName()) != m_startAtTask
                && task.name != m_startAtTask)
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
    for (const QString &host : std::as_const(m_playHosts)) {
        if (!m_failedHosts.contains(host) && !m_unreachableHosts.contains(host))
            return false;
    }
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
    if (frame.kind == Frame::Kind::Block && !m_endPlay) {
        if (frame.phase == Frame::Phase::Block && !frame.block.rescue.isEmpty() && !frame.failedInBlock.isEmpty()) {
            frame.phase = Frame::Phase::Rescue;
            frame.tasks = frame.block.rescue;
            frame.index = -1;
            m_frames.append(frame);
            return;
        }
        if (frame.phase != Frame::Phase::Always && !frame.block.always.isEmpty()) {
            frame.phase = Frame::Phase::Always;
            frame.tasks = frame.block.always;
            frame.index = -1;
            m_frames.append(frame);
            return;
        }
    }
    if (frame.kind != Frame::Kind::Block)
        return;
    QSet<QString> failed = frame.failedInRescue;
    failed.unite(frame.failedInAlways);
    if (frame.block.rescue.isEmpty())
        failed.unite(frame.failedInBlock);
    for (const QString &host : std::as_const(failed))
        hostFailed(host);
}

// A failure inside a block is settled when the block ends (its rescue may
// clear it); anywhere else the host leaves the play at once.
void Runner::reportResult(const QString &host, const Task &task, const TaskResult &result)
{
    count(host, result, false);
    PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostResult, task);
    event.host = host;
    event.result = result;
    emitEvent(event);
    if (result.isFailure() && !task.ignoreErrors)
        hostFailed(host);
}

void Runner::hostFailed(const QString &host)
{
    for (qsizetype i = m_frames.size() - 1; i >= 0; --i) {
        Frame &frame = m_frames[i];
        if (frame.kind != Frame::Kind::Block)
            continue;
        switch (frame.phase) {
        case Frame::Phase::Block:
            frame.failedInBlock.insert(host);
            break;
        case Frame::Phase::Rescue:
            frame.failedInRescue.insert(host);
            break;
        case Frame::Phase::Always:
            frame.failedInAlways.insert(host);
            break;
        }
        return;
    }
    m_failedHosts.insert(host);
}

QString Runner::displayName(const Task &task) const
{
    const QString name = templatedName(task.displayName());
    // ansible-playbook names an include_role without the role it is in.
    if (task.role.isValid() && !task.isIncludeRole())
        return task.role.name + QStringLiteral(" : ") + name;
    return name;
}

PlaybookEvent Runner::taskEvent(PlaybookEvent::Type type, const Task &task) const
{
    PlaybookEvent event;
    event.type = type;
    event.play = templatedName(m_playbook.plays.at(m_playIndex).displayName());
    event.task = displayName(task);
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
    m_pending = task.runOnce ? hosts.mid(0, 1) : hosts;
    m_running.clear();
    launchHosts();
}

void Runner::runInclude(const Task &task, const QStringList &hosts)
{
    PlaybookEvent started = taskEvent(PlaybookEvent::Type::TaskStarted, task);
    started.hosts = hosts;
    emitEvent(started);
    // Per host: when, then the file name (it may differ per host).
    // Keyed by file and loop item: hosts sharing both run one frame.
    QStringList files;
    QHash<QString, QStringList> hostsByFile;
    QHash<QString, QString> pathOf;
    QHash<QString, QVariantMap> itemVarsOf;
    for (const QString &host : hosts) {
        const QVariantMap hostVariables = variablesFor(host, &task);
        QVariantList items {QVariant()};
        QString loopError;
        if (task.hasLoop() && !TaskExecutor::loopItems(task, hostVariables, &items, &loopError)) {
            TaskResult failed = TaskResult::failed(loopError);
            reportResult(host, task, failed);
            continue;
        }
        for (qsizetype itemIndex = 0; itemIndex < items.size(); ++itemIndex) {
            QVariantMap variables = hostVariables;
            QVariantMap itemVars;
            if (task.hasLoop()) {
                itemVars.insert(task.loopVar, items.at(itemIndex));
                itemVars.insert(QStringLiteral("ansible_loop_var"), task.loopVar);
                if (!task.loopIndexVar.isEmpty())
                    itemVars.insert(task.loopIndexVar, int(itemIndex));
                for (auto it = itemVars.cbegin(); it != itemVars.cend(); ++it)
                    variables.insert(it.key(), it.value());
            }
            bool holds = true;
            QString error;
            TaskResult result;
            if (!TaskExecutor::conditionsHold(task.when, variables, &holds, nullptr, &error)) {
                result = TaskResult::failed(error);
            } else if (!holds) {
                result.status = TaskResult::Status::Skipped;
                result.data = {{QStringLiteral("changed"), false},
                               {QStringLiteral("skip_reason"), QStringLiteral("Conditional result was False")}};
            } else {
                QString file;
                if (!Templar(variables).renderText(task.includeFile, &file, &error)) {
                    result = TaskResult::failed(TaskExecutor::templateError(task, error));
                } else {
                    QString path = file;
                    if (QFileInfo(path).isRelative()) {
                        const QString beside = QFileInfo(task.location.file()).absoluteDir().filePath(file);
                        const QString inRole = task.role.isValid()
                            ? task.role.subfolder(QStringLiteral("tasks")) + QLatin1Char('/') + file
                            : QString();
                        path = !QFileInfo::exists(beside) && !inRole.isEmpty() && QFileInfo::exists(inRole) ? inRole
                                                                                                            : beside;
                    }
                    path = QFileInfo(path).absoluteFilePath();
                    const QString key
                        = task.hasLoop() ? path + QLatin1Char('\n') + Templar::toText(items.at(itemIndex)) : path;
                    if (!hostsByFile.contains(key)) {
                        files.append(key);
                        pathOf.insert(key, path);
                        itemVarsOf.insert(key, itemVars);
                    }
                    hostsByFile[key].append(host);
                    continue;
                }
            }
            reportResult(host, task, result);
        }
    }
    // The files run one after the other, each for its hosts; pushed in
    // reverse so the first one runs first.
    QList<Frame> frames;
    for (const QString &key : std::as_const(files)) {
        const QString path = pathOf.value(key);
        QList<Task> tasks;
        if (path == task.includePath && !task.block.isEmpty()) {
            tasks = task.block;
        } else {
            // Parsed as a play importing the file, so every error keeps its
            // own file:line:column.
            Playbook included;
            QList<PlaybookError> errors;
            const QByteArray wrapper = "- hosts: all\n  gather_facts: false\n  tasks:\n    - import_tasks: \""
                + path.toUtf8().replace('"', "\\\"") + "\"\n";
            if (!PlaybookParser::parseData(wrapper, m_playbook.path, &included, &errors) || included.plays.isEmpty()) {
                const QString message
                    = tr("the tasks of %1 cannot be included: %2").arg(path, PlaybookError::join(errors));
                for (const QString &host : hostsByFile.value(key)) {
                    TaskResult failed = TaskResult::failed(message);
                    count(host, failed, false);
                    PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostResult, task);
                    event.host = host;
                    event.result = failed;
                    emitEvent(event);
                    hostFailed(host);
                }
                continue;
            }
            for (const Task &child : included.plays.first().tasks) {
                if (child.isBlock())
                    tasks.append(child.block);
                else
                    tasks.append(child);
            }
        }
        for (Task &child : tasks) {
            if (task.role.isValid() && !child.role.isValid())
                child.role = task.role;
            for (const QString &tag : task.tags) {
                if (!child.tags.contains(tag))
                    child.tags.append(tag);
            }
        }
        PlaybookEvent included = taskEvent(PlaybookEvent::Type::Included, task);
        included.text = path;
        included.hosts = hostsByFile.value(key);
        if (task.hasLoop()) {
            const QVariantMap itemVars = itemVarsOf.value(key);
            included.result.isItem = true;
            included.result.itemLabel = Templar::toText(itemVars.value(task.loopVar));
        }
        emitEvent(included);
        // ansible-playbook counts every "included:" as ok for its hosts.
        for (const QString &host : hostsByFile.value(key))
            ++m_stats[host].ok;
        Frame frame;
        frame.kind = Frame::Kind::Include;
        frame.tasks = tasks;
        frame.hosts = hostsByFile.value(key);
        frame.vars = m_frames.isEmpty() ? QVariantMap() : m_frames.last().vars;
        for (auto it = task.vars.cbegin(); it != task.vars.cend(); ++it)
            frame.vars.insert(it.key(), it.value());
        const QVariantMap itemVars = itemVarsOf.value(key);
        for (auto it = itemVars.cbegin(); it != itemVars.cend(); ++it)
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
        if (!TaskExecutor::conditionsHold(task.when, variablesFor(host, &task), &holds, nullptr, &error)) {
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
        if (TaskExecutor::conditionsHold(task.when, variablesFor(host, &task), &holds, nullptr, &error) && holds)
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
            m_facts.remove(host);
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
    if (m_task.anyErrorsFatal.value_or(play.anyErrorsFatal.value_or(false))) {
        bool anyFailed = false;
        for (auto it = m_taskResults.cbegin(); it != m_taskResults.cend(); ++it)
            anyFailed = anyFailed || (it->status == TaskResult::Status::Failed && !it->ignored);
        if (anyFailed) {
            for (const QString &host : std::as_const(m_playHosts))
                m_failedHosts.insert(host);
        }
    }
    // run_once: the first host's result is every host's.
    if (m_task.runOnce && !m_task.registerAs.isEmpty() && !m_taskResults.isEmpty()) {
        const TaskResult result = m_taskResults.cbegin().value();
        for (const QString &host : activeHosts(m_frames.isEmpty() ? Frame() : m_frames.last()))
            m_hostVariables[host].insert(m_task.registerAs, result.isLoop ? result.data : result.registered());
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
    const Task &task = m_task;
    const inventory::ConnectionInfo info = m_inventory.connection(host);
    const QVariantMap variables = variablesFor(host, &task);

    ModuleContext context;
    context.host = host;
    context.variables = variables;
    context.become = task.become.value_or(play.become.value_or(info.become));
    context.becomeUser = !task.becomeUser.isEmpty() ? task.becomeUser
        : !play.becomeUser.isEmpty()                ? play.becomeUser
                                                    : info.becomeUser;
    context.checkMode = m_checkMode;
    context.diffMode = m_diffMode;
    context.noLog = task.noLog;
    context.location = task.location;
    const QString playbookDir = QFileInfo(m_playbook.path).absolutePath();
    if (task.role.isValid()) {
        context.searchPaths << task.role.subfolder(QStringLiteral("files"))
                            << task.role.subfolder(QStringLiteral("templates")) << task.role.path;
    }
    context.searchPaths << playbookDir << playbookDir + QStringLiteral("/files")
                        << playbookDir + QStringLiteral("/templates");

    TaskResult early;
    bool failedEarly = false;
    if (!task.environment.isEmpty()) {
        QVariant rendered;
        QString error;
        if (!Templar(variables).renderValue(task.environment, &rendered, &error)) {
            early = TaskResult::failed(TaskExecutor::templateError(task, error));
            failedEarly = true;
        } else {
            const QVariantMap environment = rendered.toMap();
            for (auto it = environment.cbegin(); it != environment.cend(); ++it)
                context.environment.append({it.key().toUtf8(), Templar::toText(it.value()).toUtf8()});
        }
    }
    QString delegatedTo;
    if (!task.delegateTo.isEmpty()) {
        QString error;
        if (!Templar(variables).renderText(task.delegateTo, &delegatedTo, &error)) {
            early = TaskResult::failed(TaskExecutor::templateError(task, error));
            failedEarly = true;
        }
    }
    // Controller-only modules (debug, set_fact, assert…) never open a connection.
    const ModuleSpec *spec = ModuleRegistry::instance().find(task.module);
    const bool needsHost = !spec || !spec->controllerOnly;
    if (!needsHost) {
        context.transport = nullptr;
    } else if (!delegatedTo.isEmpty() && delegatedTo != host) {
        if (isLocalhost(delegatedTo)
            && (!m_inventory.hasHost(delegatedTo)
                || m_inventory.connection(delegatedTo).kind == inventory::ConnectionInfo::Kind::Local))
            context.transport = localTransport();
        else
            context.transport = transportFor(delegatedTo);
    } else {
        context.transport = transportFor(host);
    }
    if (delegatedTo == host)
        delegatedTo.clear();

    auto *executor = new TaskExecutor(task, context, this);
    HostRun &run = m_running[host];
    run = HostRun();
    run.executor = executor;
    executor->setProperty("delegatedTo", delegatedTo);
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
    event.text = m_task.noLog ? TaskResult::censoredMessage() : line;
    event.isStderr = isStderr;
    emitEvent(event);
}

void Runner::onItemResult(const QString &host, const TaskResult &result)
{
    PlaybookEvent event = taskEvent(PlaybookEvent::Type::HostResult, m_task);
    event.host = host;
    event.result = result;
    event.isHandler = m_taskIsHandler;
    if (auto it = m_running.constFind(host); it != m_running.cend() && it->executor)
        event.delegatedTo = it->executor->property("delegatedTo").toString();
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
    QString delegatedTo;
    if (executor) {
        delegatedTo = executor->property("delegatedTo").toString();
        executor->deleteLater();
    }
    m_running.erase(it);
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
    if (!task.registerAs.isEmpty()) {
        QVariantMap value = result.registered();
        if (result.isLoop)
            value.remove(QStringLiteral("unreachable"));
        m_hostVariables[host].insert(task.registerAs, value);
    }
    if (result.status != TaskResult::Status::Failed && result.status != TaskResult::Status::Unreachable) {
        auto store = [&](const QVariantMap &facts) {
            if (facts.isEmpty())
                return;
            // include_vars sits just below set_fact in Ansible's precedence;
            // here the later of the two wins.
            const bool variables
                = task.module == QLatin1String("set_fact") || task.module == QLatin1String("include_vars");
            QVariantMap &target = variables ? m_hostVariables[host] : m_facts[host];
            for (auto it = facts.cbegin(); it != facts.cend(); ++it)
                target.insert(it.key(), it.value());
        };
        store(result.data.value(QStringLiteral("ansible_facts")).toMap());
        for (const QVariant &item : result.data.value(QStringLiteral("results")).toList())
            store(item.toMap().value(QStringLiteral("ansible_facts")).toMap());
    }
    // notify: only a changed result queues handlers.
    if (!failed && result.status != TaskResult::Status::Unreachable
        && result.data.value(QStringLiteral("changed")).toBool() && !task.notify.isEmpty()) {
        const Play &play = m_playbook.plays.at(m_playIndex);
        const QVariantMap variables = variablesFor(host, &task);
        const Templar templar(variables);
        for (const QString &name : task.notify) {
            QString wanted = name;
            QString error;
            templar.renderText(name, &wanted, &error);
            bool found = false;
            for (qsizetype i = 0; i < play.handlers.size(); ++i) {
                const Task &handler = play.handlers.at(i);
                QString handlerName = handler.name;
                templar.renderText(handler.name, &handlerName, &error);
                if (handlerName == wanted || handler.name == wanted || handler.listen.contains(wanted)
                    || (handler.role.isValid() && handler.role.name + QStringLiteral(" : ") + handlerName == wanted)) {
                    m_notified[host].insert(int(i));
                    found = true;
                }
            }
            if (!found) {
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
            if (frame.kind == Frame::Kind::Block && frame.phase == Frame::Phase::Block
                && !frame.block.rescue.isEmpty()) {
                rescued = true;
                break;
            }
        }
        m_hostVariables[host].insert(QStringLiteral("ansible_failed_result"), result.registered());
        m_hostVariables[host].insert(QStringLiteral("ansible_failed_task"),
                                     QVariantMap {{QStringLiteral("name"), templatedName(task.displayName())},
                                                  {QStringLiteral("action"), task.module}});
    }
    count(host, result, rescued);
    if (result.status == TaskResult::Status::Unreachable)
        m_unreachableHosts.insert(host);
    else if (failed)
        hostFailed(host);
}

void Runner::count(const QString &host, const TaskResult &result, bool rescued)
{
    HostStats &stats = m_stats[host];
    const bool changed = result.data.value(QStringLiteral("changed")).toBool();
    switch (result.status) {
    case TaskResult::Status::Ok:
        ++stats.ok;
        break;
    case TaskResult::Status::Changed:
        ++stats.ok;
        ++stats.changed;
        break;
    case TaskResult::Status::Skipped:
        ++stats.skipped;
        break;
    case TaskResult::Status::Failed:
        if (result.ignored) {
            ++stats.ok;
            ++stats.ignored;
            if (changed)
                ++stats.changed;
        } else if (rescued) {
            ++stats.rescued;
        } else {
            ++stats.failed;
        }
        break;
    case TaskResult::Status::Unreachable:
        ++stats.unreachable;
        break;
    }
}

void Runner::writeRetryFile()
{
    QStringList hosts;
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
        if (m_failedHosts.contains(it.key()) || m_unreachableHosts.contains(it.key()))
            hosts.append(it.key());
    }
    if (hosts.isEmpty() || m_playbook.path.isEmpty())
        return;
    const QString path = retryFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(hosts.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (file.commit())
        m_retryFile = path;
}

void Runner::finishRun()
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = m_cancelled ? 99 : !m_unreachableHosts.isEmpty() ? 4 : !m_failedHosts.isEmpty() ? 2 : 0;
    if (!m_cancelled && m_exitCode != 0)
        writeRetryFile();
    PlaybookEvent event;
    event.type = PlaybookEvent::Type::PlaybookFinished;
    event.stats = m_stats;
    event.exitCode = m_exitCode;
    event.retryFile = m_retryFile;
    emitEvent(event);
    for (const QPointer<transport::Transport> &transport : std::as_const(m_transports)) {
        if (transport)
            transport->close();
    }
    if (m_localTransport)
        m_localTransport->close();
    Q_EMIT finished(m_exitCode);
}

transport::Transport *Runner::transportFor(const QString &host)
{
    if (const auto it = m_transports.constFind(host); it != m_transports.cend() && *it)
        return *it;
    if (!m_factory)
        return nullptr;
    transport::Transport *transport = m_factory(host, m_inventory.connection(host));
    if (!transport)
        return nullptr;
    transport->setParent(this);
    transport->setHostName(host);
    m_transports.insert(host, transport);
    return transport;
}

transport::Transport *Runner::localTransport()
{
    if (!m_localTransport) {
        m_localTransport = new transport::LocalTransport(transport::LocalTransport::localSettings(), this);
        m_localTransport->setHostName(QStringLiteral("localhost"));
    }
    return m_localTransport;
}

// The inventory's merge of group and host variables does not change during
// a run, so it is done once per host.
QVariantMap Runner::inventoryVariables(const QString &host) const
{
    auto it = m_inventoryVariables.constFind(host);
    if (it == m_inventoryVariables.cend())
        it = m_inventoryVariables.insert(host, m_inventory.hostVars(host));
    return it.value();
}

// Ansible's precedence, lowest first: role defaults, inventory (group vars,
// then host vars), facts, play vars, vars_files, role vars, block and task
// vars (include vars), set_fact and registered results, role parameters,
// extra vars.
QVariantMap Runner::variablesFor(const QString &host, const Task *task) const
{
    auto merge = [](QVariantMap &into, const QVariantMap &from) {
        for (auto it = from.cbegin(); it != from.cend(); ++it)
            into.insert(it.key(), it.value());
    };
    QVariantMap variables;
    const Play *play
        = m_playIndex >= 0 && m_playIndex < m_playbook.plays.size() ? &m_playbook.plays.at(m_playIndex) : nullptr;
    // Ansible's default private_role_vars=false: every role of the play
    // lends its defaults and vars to the whole play.
    if (play) {
        for (const Role &role : play->roles)
            merge(variables, role.defaults);
    }
    if (task && task->role.isValid())
        merge(variables, task->role.defaults);
    merge(variables, inventoryVariables(host));
    const QVariantMap facts = m_facts.value(host);
    merge(variables, facts);
    QVariantMap namespaced;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        QString key = it.key();
        if (key.startsWith(QLatin1String("ansible_")))
            key = key.mid(8);
        namespaced.insert(key, it.value());
    }
    variables.insert(QStringLiteral("ansible_facts"), namespaced);
    if (play) {
        merge(variables, play->vars);
        merge(variables, play->varsFromFiles);
        for (const Role &role : play->roles)
            merge(variables, role.vars);
    }
    if (task && task->role.isValid()) {
        merge(variables, task->role.vars);
        variables.insert(QStringLiteral("role_name"), task->role.name);
        variables.insert(QStringLiteral("role_path"), task->role.path);
    }
    if (!m_frames.isEmpty())
        merge(variables, m_frames.last().vars);
    if (task)
        merge(variables, task->vars);
    merge(variables, m_hostVariables.value(host));
    if (task && task->role.isValid())
        merge(variables, task->role.params);
    merge(variables, m_extraVariables);

    // Magic variables.
    variables.insert(QStringLiteral("inventory_hostname"), host);
    variables.insert(QStringLiteral("inventory_hostname_short"), host.section(QLatin1Char('.'), 0, 0));
    variables.insert(QStringLiteral("playbook_dir"), QFileInfo(m_playbook.path).absolutePath());
    variables.insert(QStringLiteral("ansible_check_mode"), m_checkMode);
    variables.insert(QStringLiteral("ansible_diff_mode"), m_diffMode);
    variables.insert(QStringLiteral("ansible_verbosity"), m_verbosity);
    variables.insert(QStringLiteral("ansible_run_tags"), m_onlyTags);
    variables.insert(QStringLiteral("ansible_skip_tags"), m_skipTags);
    if (play)
        variables.insert(QStringLiteral("ansible_play_name"), templatedName(play->displayName()));
    QStringList playHosts;
    for (const QString &name : m_playHosts) {
        if (!m_failedHosts.contains(name) && !m_unreachableHosts.contains(name))
            playHosts.append(name);
    }
    variables.insert(QStringLiteral("ansible_play_hosts"), playHosts);
    variables.insert(QStringLiteral("ansible_play_batch"), playHosts);
    variables.insert(QStringLiteral("play_hosts"), playHosts);
    variables.insert(QStringLiteral("ansible_play_hosts_all"), m_playHosts);
    QVariantMap groups;
    for (const QString &group : m_inventory.groupNames())
        groups.insert(group, m_inventory.hostsOf(group));
    variables.insert(QStringLiteral("groups"), groups);
    QStringList groupNames = m_inventory.groupsOf(host);
    groupNames.removeAll(QStringLiteral("all"));
    groupNames.removeAll(QStringLiteral("ungrouped"));
    groupNames.sort();
    variables.insert(QStringLiteral("group_names"), groupNames);
    QVariantMap hostvars;
    for (const QString &name : m_inventory.hostNames()) {
        QVariantMap vars = inventoryVariables(name);
        merge(vars, m_facts.value(name));
        merge(vars, m_hostVariables.value(name));
        vars.insert(QStringLiteral("inventory_hostname"), name);
        hostvars.insert(name, vars);
    }
    variables.insert(QStringLiteral("hostvars"), hostvars);
    return variables;
}

// Task and play names are templated with the play's and the extra variables
// only, since they are printed once for all hosts; a name that cannot be
// templated is printed as written, as Ansible does.
QString Runner::templatedName(const QString &name) const
{
    if (!Templar::isTemplate(name))
        return name;
    QVariantMap variables;
    if (m_playIndex >= 0 && m_playIndex < m_playbook.plays.size())
        variables = m_playbook.plays.at(m_playIndex).vars;
    for (auto it = m_extraVariables.cbegin(); it != m_extraVariables.cend(); ++it)
        variables.insert(it.key(), it.value());
    QString text;
    QString error;
    return Templar(variables).renderText(name, &text, &error) ? text : name;
}

} // namespace antler::playbook
