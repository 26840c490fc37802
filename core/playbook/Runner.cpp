#include "playbook/Runner.h"

#include "playbook/TaskExecutor.h"
#include "playbook/Templar.h"
#include "transport/Transport.h"

#include <QFileInfo>

namespace antler::playbook {

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
}

void Runner::emitEvent(PlaybookEvent event)
{
    event.playbookPath = m_playbook.path;
    Q_EMIT this->event(event);
}

void Runner::start()
{
    if (m_started)
        return;
    m_started = true;
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
    if (m_cancelled)
        return;
    ++m_playIndex;
    if (m_playIndex >= m_playbook.plays.size()) {
        finishRun();
        return;
    }
    const Play &play = m_playbook.plays.at(m_playIndex);
    QString warning;
    const QStringList matched = m_inventory.match(play.hosts, &warning);
    PlaybookEvent started;
    started.type = PlaybookEvent::Type::PlayStarted;
    started.play = templatedName(play.displayName());
    started.location = play.location;
    started.text = play.hosts;
    if (!warning.isEmpty()) {
        PlaybookEvent event;
        event.type = PlaybookEvent::Type::Warning;
        event.text = warning;
        emitEvent(event);
    }
    emitEvent(started);
    m_playHosts.clear();
    for (const QString &host : matched) {
        // Hosts that failed in an earlier play sit out the rest of the run, as in Ansible.
        if (!m_failedHosts.contains(host) && !m_unreachableHosts.contains(host))
            m_playHosts.append(host);
        if (!m_stats.contains(host))
            m_stats.insert(host, HostStats());
    }
    if (matched.isEmpty()) {
        PlaybookEvent event;
        event.type = PlaybookEvent::Type::Warning;
        event.text = tr("no hosts matched “%1”, so the play “%2” was skipped.")
                         .arg(play.hosts, play.displayName());
        emitEvent(event);
        QTimer::singleShot(0, this, [this] { startPlay(); });
        return;
    }
    if (play.gatherFacts && !m_warnedAboutFacts) {
        m_warnedAboutFacts = true;
        PlaybookEvent event;
        event.type = PlaybookEvent::Type::Warning;
        event.text = tr("facts are not gathered by this version of Antler yet, so gather_facts is "
                        "ignored; set “gather_facts: false” to silence this warning.");
        emitEvent(event);
    }
    m_taskIndex = -1;
    startTask();
}

void Runner::startTask()
{
    if (m_cancelled)
        return;
    const Play &play = m_playbook.plays.at(m_playIndex);
    ++m_taskIndex;
    if (m_taskIndex >= play.tasks.size()) {
        QTimer::singleShot(0, this, [this] { startPlay(); });
        return;
    }
    QStringList active;
    for (const QString &host : std::as_const(m_playHosts)) {
        if (!m_failedHosts.contains(host) && !m_unreachableHosts.contains(host))
            active.append(host);
    }
    if (active.isEmpty()) {
        // ansible-playbook ends the whole run when a play has no host left.
        PlaybookEvent event;
        event.type = PlaybookEvent::Type::NoHostsLeft;
        event.play = templatedName(play.displayName());
        emitEvent(event);
        finishRun();
        return;
    }
    const Task &task = play.tasks.at(m_taskIndex);
    PlaybookEvent started;
    started.type = PlaybookEvent::Type::TaskStarted;
    started.play = templatedName(play.displayName());
    started.task = templatedName(task.displayName());
    started.module = task.module;
    started.location = task.location;
    emitEvent(started);
    m_pending = active;
    launchHosts();
}

void Runner::launchHosts()
{
    while (m_running.size() < m_forks && !m_pending.isEmpty())
        startHost(m_pending.takeFirst());
    if (m_running.isEmpty() && m_pending.isEmpty())
        startTask();
}

void Runner::startHost(const QString &host)
{
    const Play &play = m_playbook.plays.at(m_playIndex);
    const Task &task = play.tasks.at(m_taskIndex);
    const inventory::ConnectionInfo info = m_inventory.connection(host);
    TaskExecutor::Privilege privilege;
    privilege.become = task.become.value_or(play.become.value_or(info.become));
    privilege.becomeUser = !task.becomeUser.isEmpty() ? task.becomeUser
        : !play.becomeUser.isEmpty()                  ? play.becomeUser
                                                      : info.becomeUser;
    transport::Transport *transport = task.module == QLatin1String("debug") ? nullptr : transportFor(host);

    auto *executor = new TaskExecutor(task, host, variablesFor(host), transport, privilege, this);
    HostRun &run = m_running[host];
    run = HostRun();
    run.executor = executor;
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
    connect(executor, &TaskExecutor::finished, this, &Runner::onHostFinished, Qt::QueuedConnection);
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
    event.text = line;
    event.isStderr = isStderr;
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
    m_running.erase(it);
    if (executor)
        executor->deleteLater();

    const Play &play = m_playbook.plays.at(m_playIndex);
    const Task &task = play.tasks.at(m_taskIndex);
    if (!task.registerAs.isEmpty())
        m_registered[host].insert(task.registerAs, result.registered());
    count(host, result);

    PlaybookEvent event;
    event.type = PlaybookEvent::Type::HostResult;
    event.play = templatedName(play.displayName());
    event.task = templatedName(task.displayName());
    event.module = task.module;
    event.location = task.location;
    event.host = host;
    event.result = result;
    emitEvent(event);
    launchHosts();
}

void Runner::count(const QString &host, const TaskResult &result)
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
        } else {
            ++stats.failed;
            m_failedHosts.insert(host);
        }
        break;
    case TaskResult::Status::Unreachable:
        ++stats.unreachable;
        m_unreachableHosts.insert(host);
        break;
    }
}

void Runner::finishRun()
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = m_cancelled                     ? 99
        : !m_unreachableHosts.isEmpty()           ? 4
        : !m_failedHosts.isEmpty()                ? 2
                                                  : 0;
    PlaybookEvent event;
    event.type = PlaybookEvent::Type::PlaybookFinished;
    event.stats = m_stats;
    event.exitCode = m_exitCode;
    emitEvent(event);
    for (const QPointer<transport::Transport> &transport : std::as_const(m_transports)) {
        if (transport)
            transport->close();
    }
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

// Ansible's precedence for the sources of this slice, lowest first:
// inventory variables, play vars, registered results, extra vars.
QVariantMap Runner::variablesFor(const QString &host) const
{
    QVariantMap variables = m_inventory.hostVars(host);
    variables.insert(QStringLiteral("inventory_hostname"), host);
    variables.insert(QStringLiteral("inventory_hostname_short"), host.section(QLatin1Char('.'), 0, 0));
    variables.insert(QStringLiteral("playbook_dir"), QFileInfo(m_playbook.path).absolutePath());
    if (m_playIndex >= 0 && m_playIndex < m_playbook.plays.size()) {
        const QVariantMap &vars = m_playbook.plays.at(m_playIndex).vars;
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            variables.insert(it.key(), it.value());
    }
    const QVariantMap registered = m_registered.value(host);
    for (auto it = registered.cbegin(); it != registered.cend(); ++it)
        variables.insert(it.key(), it.value());
    for (auto it = m_extraVariables.cbegin(); it != m_extraVariables.cend(); ++it)
        variables.insert(it.key(), it.value());
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
