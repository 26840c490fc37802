#pragma once

#include "playbook/TaskResult.h"
#include "transport/CommandResult.h"
#include "transport/CommandSpec.h"

#include <QString>
#include <QVariant>

namespace antler::playbook {

// A background job of async + poll: 0 on the host, and what async_status
// reads back. The job lives in ~/.ansible_async/<jid>/ of the user it runs
// as (a folder: cmd, start, end, stdout, stderr, rc once it has ended,
// timeout when it was killed at its time limit), so it outlives the
// connection and the run, as Ansible's does; `setsid` detaches it and a
// watchdog kills its process group at the limit.
class AsyncJob
{
public:
    // "j" + 12 random digits + "." + a number, as Ansible's job ids look.
    static QString newJobId();
    // Letters, digits, dots, dashes and underscores, not starting with a dot:
    // a name inside ~/.ansible_async and nothing else.
    static bool isValidJobId(const QString &jid);

    // The command that starts command (argv or script of a command or shell
    // task, with its become and environment) as job jid, limited to seconds;
    // cmd is the task's "cmd" for the result. It prints the job's folder.
    static transport::CommandSpec launch(const transport::CommandSpec &command, const QString &jid, int seconds,
                                         const QVariant &cmd);
    // What the task of async + poll: 0 returns once the job is started.
    static TaskResult started(const QString &jid, const transport::CommandResult &launched);

    // async_status: the command that reads (mode "status") or removes (mode
    // "cleanup") job jid, and the task's result from its output.
    static transport::CommandSpec status(const transport::CommandSpec &base, const QString &jid, bool cleanup);
    static TaskResult statusResult(const QString &jid, bool cleanup, const transport::CommandResult &result);
};

} // namespace antler::playbook
