#pragma once

#include "transport/BecomeHandshake.h"
#include "transport/CommandBuilder.h"
#include "transport/CommandResult.h"
#include "transport/CommandSpec.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <map>
#include <memory>

namespace antler::transport {

class SshConnection;

// A shared `sh` (CommandSpec::shareShell) kept open on a channel and fed one
// command at a time; see SharedShellPool.
struct SharedShell
{
    QString key; // which commands it runs: BuiltCommand::shellKey
    QByteArray input; // written to the shell as its window allows
    quint64 current = 0; // the command it runs; 0: idle
    QByteArray currentEnd; // that command's end marker (BuiltCommand::shellEnd)
    bool answered = false; // a command has finished in it
    // The current command's BuiltCommand::shellPidMarker and whether its
    // line has been seen (or given up on); stderr waits for it.
    QByteArray currentPidMarker;
    bool pidSeen = true;
};

// One command on an SshConnection, from queued to finished: on a channel of
// its own, in a shared shell, or a shared shell itself. Internal to the SSH
// transport; every field is touched on its worker thread only.
struct SshChannel
{
    Q_DECLARE_TR_FUNCTIONS(antler::transport::SshChannel)

public:
    enum class Phase { Queued, Opening, Exec, Running };
    // The most written to a channel at once.
    static constexpr qsizetype writeChunk = 256 * 1024;

    SshConnection *owner = nullptr;
    quint64 id = 0;
    CommandSpec spec;
    BuiltCommand built;
    Phase phase = Phase::Queued;
    ssh_channel channel = nullptr;
    ssh_channel_callbacks_struct callbacks;
    std::unique_ptr<BecomeHandshake> become;
    QByteArray passwordLine; // written before any stdin
    qsizetype stdinOffset = 0;
    std::unique_ptr<QFile> stdinFile;
    QByteArray fileBuffer;
    bool stdinDone = false;
    QByteArray outPending;
    QByteArray errPending;
    bool exitStatusSeen = false;
    int exitStatus = -1;
    QString exitSignal;
    bool remoteClosed = false;
    QDeadlineTimer deadline {QDeadlineTimer::Forever};
    bool cancelled = false;
    bool becomeFailed = false;
    bool done = false;
    bool internal = false; // a helper command of the transport, not reported
    QByteArray pidBuffer; // stderr until the pid line has been seen
    bool pidSeen = false;
    qint64 remotePid = 0;
    // In a shared shell: a '\n' that ends what was handed over so far is held
    // back (it may begin the end marker); see CommandJob::deliverStdout. Sent:
    // the job has been told.
    bool outBreakHeld = false;
    bool errBreakHeld = false;
    bool outBreakSent = false;
    bool errBreakSent = false;

    // A command waiting for a shared shell (its BuiltCommand has shell input
    // and the shell is usable), and one running in it (then it has no
    // channel: the shell's output is its output).
    bool wantsShell = false;
    bool inShell = false;
    // Set when this channel is a shared shell.
    std::unique_ptr<SharedShell> shell;

    // "The <description> on <host> <what>": the start of every message about this command.
    QString message(const QString &hostName, const QString &what) const;
};

using SshChannels = std::map<quint64, std::unique_ptr<SshChannel>>;

} // namespace antler::transport
