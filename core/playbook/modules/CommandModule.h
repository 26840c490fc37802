#pragma once

#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleSpec.h"

#include <QDateTime>
#include <QVariant>

namespace antler::playbook {

// ansible.builtin.command: runs a program with its arguments, no shell in
// between ("cmd" is split like Python's shlex, or "argv" is given). creates
// and removes are checked on the host first, with one `test -e`. In check
// mode the command is not run: it is reported skipped, or changed when
// creates/removes would have let it run, as Ansible's command module does.
// ShellModule and RawModule share this code with a different Kind.
class CommandModule : public Module
{
    Q_OBJECT

public:
    enum class Kind { Command, Shell, Raw };

    explicit CommandModule(const ModuleContext &context, QObject *parent = nullptr);

    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // What command and shell return for a command that ran to its end: rc,
    // stdout and stderr (trailing newlines stripped when strip) with their
    // lines, cmd, start, end, delta and msg; changed, or failed on an exit
    // code other than 0. async_status gives the same for a background job.
    static TaskResult ranResult(const QVariant &cmd, const QByteArray &out, const QByteArray &err, int exitCode,
                                const QDateTime &start, const QDateTime &end, bool strip = true);
    // A command as command and shell run it in context (no raw, no async),
    // for Transport::prepare: it goes to the same shared shell.
    static transport::CommandSpec userCommandLike(const ModuleContext &context);

protected:
    CommandModule(Kind kind, const ModuleContext &context, QObject *parent);
    // The arguments command and shell share.
    static QList<ModuleArgument> commonArguments();

private:
    void checkPrecondition(const transport::CommandSpec &spec);
    void runJob(const transport::CommandSpec &spec);
    void runInBackground(const transport::CommandSpec &spec);
    void onFinished(const transport::CommandResult &result);
    QVariantMap skippedResult(const QString &stdoutText, const QString &msg) const;

    Kind m_kind;
    QVariantMap m_arguments;
    QVariant m_cmd;
    QDateTime m_start;
};

} // namespace antler::playbook
