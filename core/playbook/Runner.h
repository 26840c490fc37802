#pragma once

#include "inventory/ConnectionInfo.h"
#include "inventory/Inventory.h"
#include "playbook/HostSchedule.h"
#include "playbook/HostStats.h"
#include "playbook/HostTransports.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookEvent.h"
#include "playbook/PlaybookRunOptions.h"
#include "playbook/RunRecap.h"
#include "playbook/VariableScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include <functional>

namespace antler::transport {
class Transport;
}

namespace antler::playbook {

class TaskExecutor;

// Runs a validated playbook against an inventory with Ansible's linear
// strategy: for each play, every host finishes task N before task N+1 starts,
// with up to forks() hosts working at once. Per play: Gathering Facts, then
// pre_tasks, handlers, tasks (roles first), handlers, post_tasks, handlers.
// Blocks run their rescue for the hosts that failed and their always for all;
// include_tasks reads its file when it runs; include_role evaluates its when
// once; a role that already ran for a host is not run again for it (Ansible's
// de-duplication); notify queues handlers, which run
// once per flush in definition order. A host that fails (without
// ignore_errors or a rescue) or is unreachable leaves the rest of the
// playbook; when no host is left the run ends. Everything is asynchronous:
// start() returns at once, the run reports through event() and ends with
// finished(). Each host gets one transport for the whole run, made by the
// transport factory.
class Runner : public QObject
{
    Q_OBJECT

public:
    // Makes the transport for a host; the Runner owns (and closes) it.
    using TransportFactory = HostTransports::Factory;

    Runner(const Playbook &playbook, const inventory::Inventory &inventory, QObject *parent = nullptr);
    ~Runner() override;

    void setTransportFactory(TransportFactory factory) { m_transports.setFactory(std::move(factory)); }
    // -e: the highest-precedence variables.
    void setExtraVariables(const QVariantMap &variables) { m_scope.setExtraVariables(variables); }
    void setForks(int forks) { m_forks = qMax(1, forks); }
    int forks() const { return m_forks; }
    // A command's output is held back this long and then streamed line by
    // line, so quick commands stay quiet as in Ansible and long ones show
    // their progress. 0 streams everything (the GUI).
    void setLiveOutputDelay(int milliseconds) { m_liveOutputDelayMs = milliseconds; }
    // --check, --diff, -v count (ansible_verbosity, debug's verbosity).
    void setCheckMode(bool on) { m_checkMode = on; }
    void setDiffMode(bool on) { m_diffMode = on; }
    void setVerbosity(int verbosity) { m_verbosity = verbosity; }
    // --tags / --skip-tags, with Ansible's special tags always, never, all,
    // tagged and untagged.
    void setTags(const QStringList &tags) { m_onlyTags = tags; }
    void setSkipTags(const QStringList &tags) { m_skipTags = tags; }
    // --start-at-task: tasks before the first one with this name are skipped.
    void setStartAtTask(const QString &name) { m_startAtTask = name; }
    // --limit: a host pattern, or @FILE with one host per line (a retry file).
    void setLimit(const QString &pattern) { m_limit = pattern; }
    // Every setting a front end's PlaybookRunOptions carries (not the files).
    void setOptions(const PlaybookRunOptions &options);
    // Where a failed run writes its retry file; empty: the default, see
    // retryFilePath().
    void setRetryDirectory(const QString &directory) { m_retryDirectory = directory; }
    // $XDG_CACHE_HOME/antler/retry (or ~/.cache/antler/retry)/BASENAME.retry.
    QString retryFilePath() const;

    void start();
    // Stops every running command and ends the run at once with exit code 99
    // (Ctrl-C); the recap counts what finished before.
    void cancel();
    bool isFinished() const { return m_finished; }
    // ansible-playbook's codes: 0 all ok, 2 a task failed, 4 a host unreachable.
    int exitCode() const { return m_exitCode; }
    const QMap<QString, HostStats> &stats() const { return m_recap.stats(); }

Q_SIGNALS:
    void event(const antler::playbook::PlaybookEvent &event);
    void finished(int exitCode);

private:
    // One list of tasks being worked through: the play's sections, a block
    // (with its rescue and always), an included file, or the handlers.
    struct Frame
    {
        enum class Kind { Section, Block, Include, Handlers };
        Kind kind = Kind::Section;
        Task block;
        QList<Task> tasks;
        int index = -1;
        QStringList hosts;
        // A block's part and who failed in each; see HostSchedule.
        HostSchedule::Progress progress;
        // include_tasks: the include's vars for its tasks.
        QVariantMap vars;
        // Handlers: the hosts each handler runs for.
        QList<QStringList> handlerHosts;
    };
    struct HostRun
    {
        QPointer<TaskExecutor> executor;
        QStringList heldLines;
        QList<bool> heldStderr;
        bool streaming = false;
        QTimer *timer = nullptr;
        // The host the task runs on instead (delegate_to), empty when its own.
        QString delegatedTo;
        // no_log as rendered for this host: its output is censored.
        bool noLog = false;
    };
    enum class Stage { Facts, PreTasks, FlushPre, Tasks, FlushTasks, PostTasks, FlushPost, Done };

    void startPlay();
    // One serial batch of the play: the whole play on those hosts.
    void startBatch();
    void nextStage();
    void advance();
    void popFrame();
    bool noHostsLeft();
    void runTask(const Task &task, const QStringList &hosts, bool isHandler);
    void runInclude(const Task &task, const QStringList &hosts);
    void runIncludeRole(const Task &task, const QStringList &hosts);
    QStringList roleNotRunYet(const Task &task, const QStringList &hosts) const;
    void runMeta(const Task &task, const QStringList &hosts);
    void pushHandlers();
    void launchHosts();
    void startHost(const QString &host);
    void onOutput(const QString &host, const QString &line, bool isStderr);
    void onItemResult(const QString &host, const TaskResult &result);
    void onRetry(const QString &host, const TaskResult &result);
    void onHostFinished(const QString &host, const TaskResult &result);
    void taskDone();
    void applyResult(const QString &host, const Task &task, const TaskResult &result);
    void hostFailed(const QString &host);
    // A result decided here, not by a module (an include, a loop error, a
    // false condition): counted, reported, and a failure ends the host
    // unless the task ignores errors.
    void reportResult(const QString &host, const Task &task, const TaskResult &result);
    void finishRun();
    void emitEvent(PlaybookEvent event);

    QStringList activeHosts(const Frame &frame) const;
    // Failed, unreachable and, with endedToo, ended by meta: end_host.
    QSet<QString> outOfPlay(bool endedToo) const;
    bool isSelected(const Task &task) const;
    QVariantMap variablesFor(const QString &host, const Task *task) const;
    QString templatedName(const QString &name) const;
    PlaybookEvent taskEvent(PlaybookEvent::Type type, const Task &task) const;

    Playbook m_playbook;
    inventory::Inventory m_inventory;
    VariableScope m_scope;
    HostTransports m_transports;
    int m_forks = 5;
    int m_liveOutputDelayMs = 1000;
    bool m_checkMode = false;
    bool m_diffMode = false;
    int m_verbosity = 0;
    QStringList m_onlyTags {QStringLiteral("all")};
    QStringList m_skipTags;
    QString m_startAtTask;
    bool m_startReached = true;
    QString m_limit;
    QString m_retryDirectory;
    QString m_retryFile;

    int m_playIndex = -1;
    Stage m_stage = Stage::Done;
    // The hosts of the batch running now (all of the play's without serial).
    QStringList m_playHosts;
    // Every host the play matched, and its serial batches still to run.
    QStringList m_playHostsAll;
    QList<QStringList> m_batches;
    // With serial: the batch as computed (hosts failed in earlier plays
    // included, as ansible-playbook counts them) and who was out before it.
    bool m_serialPlay = false;
    // The play gathers facts and has command or shell tasks (Transport::prepare).
    bool m_prepareUserShell = false;
    QStringList m_batch;
    QSet<QString> m_outBeforeBatch;
    QList<Frame> m_frames;
    // The task running now, on which hosts.
    Task m_task;
    bool m_taskIsHandler = false;
    QStringList m_pending;
    QMap<QString, HostRun> m_running;
    QHash<QString, TaskResult> m_taskResults;
    QSet<QString> m_failedHosts;
    QSet<QString> m_unreachableHosts;
    QSet<QString> m_endedHosts;
    QHash<QString, QSet<int>> m_notified; // handler indices per host
    QHash<QString, QSet<QString>> m_completedRoles; // Role::identity per host, this play
    RunRecap m_recap;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_endPlay = false;
    int m_exitCode = 0;
};

} // namespace antler::playbook
