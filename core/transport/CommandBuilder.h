#pragma once

#include "transport/CommandSpec.h"
#include "transport/ConnectionSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace antler::transport {

// The shell text a transport hands to the remote login shell (or to the
// local /bin/sh) for a CommandSpec: environment exports, the command itself
// and, for become, the sudo wrapper. Built only with shellQuote/shellJoin.
//
// With become the command runs as
//   sudo -H -S -p PROMPT -u USER -- sh -c 'echo MARKER >&2; COMMAND'
// where PROMPT and MARKER are random per command: the transport answers
// PROMPT on stderr with the password on stdin, and everything before MARKER
// on stderr belongs to sudo, not to the command (see BecomeHandshake).
struct BuiltCommand
{
    QByteArray commandLine;
    // With reportPid: the command line first writes "MARKER PID\n" on stderr,
    // PID being the remote shell's process group, so a transport that cannot
    // signal the command otherwise (OpenSSH ignores signal requests in root
    // sessions) can stop it with kill. The transport strips that line.
    QByteArray pidMarker;
    bool become = false;
    QByteArray prompt;
    QByteArray marker;
    QString becomeUser;

    // Whether the command runs in a shared shell is decided here, once: for
    // a spec that may (CommandBuilder::canShareShell), shellInput is the text
    // that runs it there (sharedShellInput with shellEnd, a marker random per
    // command) and shellKey names the shell it needs (one per become user).
    // Empty shellInput: the command runs on a channel of its own.
    QByteArray shellInput;
    QByteArray shellEnd;
    QString shellKey;
    // CommandSpec::ownSession in a shared shell: the command first writes
    // "MARKER PID\n" on stderr, PID being its own process group (stopped with
    // kill when it times out or is cancelled); the reader strips that line.
    QByteArray shellPidMarker;
    bool sharesShell() const { return !shellInput.isEmpty(); }
};

class CommandBuilder
{
    Q_DECLARE_TR_FUNCTIONS(antler::transport::CommandBuilder)

public:
    // Returns false and a sentence in *error for a spec that cannot be run
    // (no command, an environment name that is not a shell identifier).
    static bool build(const CommandSpec &spec, const ConnectionSettings &settings, BuiltCommand *built, QString *error,
                      bool reportPid = false);

    // Whether spec may run in a shared shell (CommandSpec::shareShell).
    static bool canShareShell(const CommandSpec &spec);
    // The text written to a shared `sh` (one reading commands from its
    // standard input) to run spec in a subshell of it (in the shell itself
    // for CommandSpec::noSubshell), with stdin from
    // /dev/null or a here-document of stdinData, followed by
    //   stdout: "\n" END " " EXIT-STATUS "\n"      stderr: "\n" END "\n"
    // so the reader knows where the command's output ends (the "\n" before
    // END is the marker's, not the command's). Empty when spec cannot share
    // a shell (see canShareShell) or its stdin would clash with END.
    static QByteArray sharedShellInput(const CommandSpec &spec, const QByteArray &endMarker);
    // The same for CommandSpec::ownSession, in a shell of their own (the
    // shell key starts with "session:"): command (exports and `exec` of the
    // command, no sudo: the shell already runs as the become user) is handed,
    // quoted, to the shell function sessionShellInit defines,
    //      antler_j PIDMARKER END 'COMMAND'
    // which runs it
    //  - in bash 5.1 or later, which that shell is where there is one
    //    (sessionShellStart, sessionShellInit), with job control:
    //      ( printf "%s %s\n" PIDMARKER "$BASHPID" >&2; eval COMMAND ) 2>&5 5>&- 6>&- & wait $!
    //    in a process group of its own, one fork and one exec;
    //  - in sh, as
    //      setsid sh -c 'exec 2>&3 >&4 3>&- 4>&-; printf "%s %s\n" PIDMARKER $$ >&2; eval COMMAND'
    //    in a session of its own;
    // with stdin as above, and the stdout marker line is
    //   "\n" END " " EXIT-STATUS [" s"] "\n"
    // where " s" says the command was killed by signal EXIT-STATUS - 128 (the
    // shell reports that on its stderr, which is caught for the purpose; sh
    // does not report SIGINT and SIGPIPE: those read as exit statuses there),
    // and EXIT-STATUS is "-" when sh has no setsid (the command did not run).
    static QByteArray sessionShellInput(const CommandSpec &spec, const QByteArray &command, const QByteArray &endMarker,
                                        const QByteArray &pidMarker);
    // The command that starts a shell for those (run by the login shell, or
    // by sudo's sh), and the text written to it first.
    static QByteArray sessionShellStart();
    static QByteArray sessionShellInit();
};

} // namespace antler::transport
