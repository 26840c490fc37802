#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace antler::transport {

// One command to run on a host. Exactly one of argv, script and rawCommand is
// used, in that order of preference:
//  - argv: a program and its arguments, quoted with shellJoin() (command module);
//  - script: shell text run by `sh -c` (shell module);
//  - rawCommand: sent to the login shell as it is (raw module).
struct CommandSpec
{
    QList<QByteArray> argv;
    QByteArray script;
    QByteArray rawCommand;

    // Written to the command's standard input, then closed. stdinFile (a local
    // path) is streamed instead when it is set, for large uploads.
    QByteArray stdinData;
    QString stdinFile;

    // Run through `sudo -u becomeUser`; the transport's becomePassword is fed
    // on the channel's standard input, never on a command line.
    bool become = false;
    QString becomeUser; // empty: ConnectionSettings::becomeUser

    // Exported before the command runs (after sudo, so sudo cannot drop them).
    // Names must be shell identifiers.
    QList<QPair<QByteArray, QByteArray>> environment;

    int timeoutMs = 0; // 0: no limit

    // false: output is only delivered line by line, not kept in the result
    // (for commands whose output is larger than memory should hold).
    bool captureOutput = true;

    // A few words for messages ("command", "upload of /etc/motd").
    QString description;

    // The command may run in a shell the connection keeps open instead of on
    // a channel of its own, which saves a channel, a login shell and an `sh`
    // per command. Honoured only where it is safe: argv or script, no
    // stdinFile, small text stdin (see CommandBuilder::canShareShell);
    // otherwise the command runs on a channel as usual. Output arrives as it
    // is written, as on a channel.
    //  - Without ownSession (Antler's own short scripts: a probe, a file
    //    write): a subshell of the shared shell, the cheapest; a timeout or
    //    cancel ends that shell too.
    //  - With ownSession (the user's commands: command and shell modules): a
    //    `sh` in a session of its own (setsid), so a timeout or cancel stops
    //    that process group only and the shell lives on; `$$`, signals and
    //    exit codes are the command's own, as on a channel.
    bool shareShell = false;
    bool ownSession = false;
    // In a shared shell, stdinData (text without NUL) is handed over as the
    // shell variable ANTLER_STDIN instead of on standard input, so the script
    // can write it with a built-in; elsewhere the variable is unset and the
    // data arrives on standard input as usual. Never on a command line.
    bool stdinAsVariable = false;
    // In a shared shell (without ownSession, environment or stdinData), the
    // script runs in the shell itself rather than in a subshell: one fork
    // less. Only for Antler's own scripts that merely look (the file probes):
    // they must not exit, exec, set options or traps, change the folder or
    // read standard input, and the functions and variables they set stay in
    // the shell for the next command.
    bool noSubshell = false;
};

} // namespace antler::transport
