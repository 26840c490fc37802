#pragma once

#include "transport/CommandResult.h"
#include "transport/ConnectionSettings.h"
#include "transport/SshChannel.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <optional>

namespace antler::transport {

// The shared shells of one SSH connection (CommandSpec::shareShell): one
// `sh` per become user for Antler's own scripts and one for user commands
// (CommandSpec::ownSession: bash with job control where there is one, see
// CommandBuilder::sessionShellInput), kept open on a channel and fed one
// command at a time, which saves a channel, a login shell and an `sh` per
// command. Which
// commands may use a shell is decided when the command is built
// (BuiltCommand::shellInput); the pool decides which shell a command goes
// to and when, reads where its output ends, and what a shell that dies
// means for the command in it. When shells cannot be used (refused, a forced
// command, sudo failing, shells that keep dying) commands go back to
// channels of their own.
//
// The connection owns every channel, shells included (they are internal
// channels in its table); the pool keeps which of them are shells. Output
// is handed to the command in the shell as it arrives, holding back only
// what may begin its end marker. Worker thread only, like SshConnection.
class SharedShellPool
{
    Q_DECLARE_TR_FUNCTIONS(antler::transport::SharedShellPool)

public:
    // How a command in a shell ended, for the connection to finish it with.
    struct Ending
    {
        SshChannel *command = nullptr;
        CommandResult result;
    };

    // Shell channels take their ids from nextInternalId (counting down, as
    // the connection's own helper channels do).
    SharedShellPool(const ConnectionSettings &settings, const QString &hostName, SshChannels &channels,
                    quint64 &nextInternalId);

    // Whether a command built for a shared shell should still wait for one
    // (false once its shell could not be used).
    bool wantsShell(const BuiltCommand &built) const;
    // Starts the shell command would run in, unless it runs or cannot be started.
    void ensureShell(const SshChannel &command);
    // Hands a queued command to its shell. False: not now; command.wantsShell
    // then says whether it waits for the shell or takes a channel of its own.
    bool place(SshChannel &command);

    // Writes what waits for the shell as far as its window allows.
    bool writeInput(SshChannel &shell);
    // Looks for the end of the current command's output in the shell's
    // pending output; returns the command's ending when it is there.
    std::optional<Ending> service(SshChannel &shell);
    // command, in its shell, is being stopped (cancelled, timed out): a '\n'
    // held back as a possible end marker is its own after all.
    void abandon(SshChannel &command);
    // The shell channel ended with result: forgets it and says what becomes
    // of the command in it (a failure to report, or nothing: the command was
    // put back in the queue to run on a channel of its own).
    std::optional<Ending> release(SshChannel &shell, const CommandResult &result);

    // The running shell for key, or nullptr.
    SshChannel *shellFor(const QString &key) const;
    // The connection dropped every channel.
    void clear() { m_shells.clear(); }

    // A become password asked for after the pool was made (secretProvider).
    void setBecomePassword(const QString &password) { m_settings.becomePassword = password; }

private:
    void start(const SshChannel &like);
    void markUnusable(const QString &key);

    ConnectionSettings m_settings;
    QString m_hostName;
    SshChannels &m_channels;
    quint64 &m_nextInternalId;
    std::map<QString, quint64> m_shells; // shell key → its channel id
    QStringList m_unusable; // keys whose shell could not start or died: their commands use channels
    QStringList m_noSessions; // keys whose shell has no setsid: their CommandSpec::ownSession commands use channels
    int m_started = 0;
};

} // namespace antler::transport
