#include "transport/CommandBuilder.h"

#include "transport/ShellQuote.h"

#include <QRandomGenerator>

namespace antler::transport {

namespace {

bool isIdentifier(const QByteArray &name)
{
    if (name.isEmpty() || (name.at(0) >= '0' && name.at(0) <= '9'))
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray randomToken()
{
    quint64 value[2];
    QRandomGenerator::system()->fillRange(value, 2);
    return QByteArray::number(value[0], 16).rightJustified(16, '0') + QByteArray::number(value[1], 16);
}

} // namespace

bool CommandBuilder::build(const CommandSpec &spec, const ConnectionSettings &settings, BuiltCommand *built,
                           QString *error, bool reportPid)
{
    QByteArray command;
    if (!spec.argv.isEmpty())
        command = shellJoin(spec.argv);
    else if (!spec.script.isEmpty())
        command = "sh -c " + shellQuote(spec.script);
    else
        command = spec.rawCommand;
    if (command.trimmed().isEmpty()) {
        *error = tr("The command for %1 is empty; give a program, a script or a raw command.").arg(settings.host);
        return false;
    }

    QByteArray exports;
    for (const auto &[name, value] : spec.environment) {
        if (!isIdentifier(name)) {
            *error = tr("The environment variable name '%1' for %2 is not valid; use letters, "
                        "digits and underscores.")
                         .arg(QString::fromUtf8(name), settings.host);
            return false;
        }
        exports += "export " + name + '=' + shellQuote(value) + "; ";
    }
    // In a shared shell the program replaces the session's `sh`, as the
    // login shell (bash) execs the last command of a channel's command line:
    // the program leads the session, a signal that ends it is its own, and
    // a name that is also a builtin of sh (echo) is the program, as in bash.
    const QByteArray sessionCommand = exports + "exec " + command;
    command = exports + command;

    *built = BuiltCommand();
    // Not for raw commands: they are sent as they are, to whatever shell.
    const bool isRaw = spec.argv.isEmpty() && spec.script.isEmpty();
    const bool withPid = reportPid && !isRaw;
    QByteArray prefix;
    if (withPid) {
        built->pidMarker = "ANTLER-PID-" + randomToken();
        prefix = "printf '%s %s\\n' " + built->pidMarker + " $$ >&2; ";
    }
    if (!spec.become) {
        built->commandLine = prefix + command;
    } else {
        if (!settings.becomeMethod.isEmpty() && settings.becomeMethod != QLatin1String("sudo")) {
            *error = tr("The become method '%1' for %2 is not supported; use sudo.")
                         .arg(settings.becomeMethod, settings.host);
            return false;
        }
        const QByteArray token = randomToken();
        built->become = true;
        built->becomeUser = spec.becomeUser.isEmpty() ? settings.becomeUser : spec.becomeUser;
        if (built->becomeUser.isEmpty())
            built->becomeUser = QStringLiteral("root");
        built->prompt = "[antler-become-" + token + "] ";
        built->marker = "ANTLER-BECOME-SUCCESS-" + token;
        built->commandLine = prefix
            + shellJoin({"sudo", "-H", "-S", "-p", built->prompt, "-u", built->becomeUser.toUtf8(), "--", "sh", "-c",
                         "echo " + built->marker + " >&2; " + command});
    }
    if (canShareShell(spec)) {
        built->shellEnd = "ANTLER-END-" + randomToken();
        if (spec.ownSession) {
            built->shellPidMarker = "ANTLER-PID-" + randomToken();
            built->shellInput = sessionShellInput(spec, sessionCommand, built->shellEnd, built->shellPidMarker);
        } else {
            built->shellInput = sharedShellInput(spec, built->shellEnd);
        }
        if (built->shellInput.isEmpty()) {
            built->shellEnd.clear();
            built->shellPidMarker.clear();
        } else {
            built->shellKey = built->become ? QStringLiteral("become:") + built->becomeUser : QString();
            // User commands have shells of their own (sessionShellStart).
            if (!built->shellPidMarker.isEmpty())
                built->shellKey.prepend(QStringLiteral("session:"));
        }
    }
    return true;
}

bool CommandBuilder::canShareShell(const CommandSpec &spec)
{
    // A here-document cannot carry a NUL, and adds a newline to data that
    // lacks a final one; big uploads stream on a channel of their own.
    constexpr qsizetype maxInline = 256 * 1024;
    const bool stdinFits = spec.stdinData.isEmpty()
        || (spec.stdinData.size() <= maxInline
            && ((spec.stdinAsVariable && !spec.ownSession) || spec.stdinData.endsWith('\n'))
            && !spec.stdinData.contains('\0'));
    return spec.shareShell && (!spec.argv.isEmpty() || !spec.script.isEmpty()) && spec.stdinFile.isEmpty() && stdinFits;
}

QByteArray CommandBuilder::sharedShellInput(const CommandSpec &spec, const QByteArray &endMarker)
{
    if (!canShareShell(spec) || endMarker.isEmpty())
        return {};
    if (spec.noSubshell && spec.argv.isEmpty() && !spec.script.isEmpty() && spec.environment.isEmpty()
        && spec.stdinData.isEmpty() && !spec.ownSession) {
        return "{ eval " + shellQuote(spec.script) + "; } </dev/null\nprintf '\\n%s %d\\n' " + endMarker
            + " $?; printf '\\n%s\\n' " + endMarker + " >&2\n";
    }
    QByteArray text = "( ";
    const bool inVariable = spec.stdinAsVariable;
    if (inVariable)
        text += "ANTLER_STDIN=" + shellQuote(spec.stdinData) + "; ";
    for (const auto &[name, value] : spec.environment) {
        if (!isIdentifier(name))
            return {};
        text += "export " + name + '=' + shellQuote(value) + "; ";
    }
    // eval keeps the script's own syntax (case patterns, here-documents,
    // exit, traps) inside the subshell, as `sh -c` would.
    text += spec.argv.isEmpty() ? "eval " + shellQuote(spec.script) : shellJoin(spec.argv);
    text += " )";
    if (spec.stdinData.isEmpty() || inVariable) {
        text += " </dev/null\n";
    } else {
        const QByteArray delimiter = endMarker + "-IN";
        if (spec.stdinData.startsWith(delimiter + '\n') || spec.stdinData.contains('\n' + delimiter + '\n'))
            return {};
        text += " <<'" + delimiter + "'\n" + spec.stdinData + delimiter + '\n';
    }
    text += "printf '\\n%s %d\\n' " + endMarker + " $?; printf '\\n%s\\n' " + endMarker + " >&2\n";
    return text;
}

namespace {

// The stdin redirection of a command in a shared shell: /dev/null, or a
// here-document (its text follows on the next line); empty when the data
// would end the here-document early.
bool stdinRedirection(const QByteArray &data, const QByteArray &endMarker, QByteArray *redirect, QByteArray *body)
{
    if (data.isEmpty()) {
        *redirect = " </dev/null";
        return true;
    }
    const QByteArray delimiter = endMarker + "-IN";
    if (data.startsWith(delimiter + '\n') || data.contains('\n' + delimiter + '\n'))
        return false;
    *redirect = " <<'" + delimiter + "'";
    *body = '\n' + data + delimiter;
    return true;
}

} // namespace

QByteArray CommandBuilder::sessionShellStart()
{
    // bash where there is one: the shell then has job control (sessionShellInit),
    // so a command is one fork and one exec, in a process group of its own. The
    // login shell's SHLVL is handed over, since bash would count itself in it.
    return "command -v bash >/dev/null 2>&1 && ANTLER_SHLVL=${SHLVL+x$SHLVL} exec bash --norc --noprofile; "
           "exec /bin/sh";
}

QByteArray CommandBuilder::sessionShellInit()
{
    // Job control only in bash 5.1 and later (the versions this was tried
    // with). The shell's own stderr goes to a file, unlinked at once, that
    // only bash's word for a job a signal ended is written to; fd 5 is the
    // channel's stderr, fd 6 reads that file.
    //
    // Then antler_j PIDMARKER END COMMAND, which sessionShellInput calls to
    // run each command: defined once here, so that a command's own text is
    // short (bash reads what comes from a pipe one byte at a time).
    //
    // With job control (bash): a subshell in a process group of its own that
    // execs the command, waited for; anything bash wrote on its own stderr
    // meanwhile is its word for a signal that ended the job. printf, eval and
    // read are built-ins: one fork and one exec in all. With job control,
    // wait also returns when the job stops (128 + SIGSTOP, SIGTSTP, SIGTTIN,
    // SIGTTOU): while it lives, it is waited for again, as sh waits for it
    // until it ends (wait -f is no help: it can report a stop for a job that
    // was continued and has ended since).
    //
    // Without (sh): setsid and an inner sh. The command's own fds 1 and 2 are
    // the shell's (3 and 4 here); its shell's 2 is a pipe, so that "Killed"
    // and the like (the shell's words for a command a signal ended) are
    // caught, not mixed into the output. The last `exit` keeps that shell
    // from exec'ing setsid, which would move those words to the shared shell.
    //
    // Either way the command sees no positional parameters, as at the top.
    return "if [ -n \"${BASH_VERSION-}\" ]; then "
           "case ${ANTLER_SHLVL-} in x*) SHLVL=${ANTLER_SHLVL#x} ;; *) unset SHLVL ;; esac; unset ANTLER_SHLVL; "
           "case $BASH_VERSION in [1-4].*|5.0.*) ;; *) antler_n=$(mktemp 2>/dev/null) && "
           "exec 6<\"$antler_n\" 5>&2 2>\"$antler_n\" && set -m && antler_jobs=1; rm -f \"$antler_n\" ;; esac; fi\n"
           "if [ -n \"${antler_jobs-}\" ]; then antler_j() { "
           "( printf '%s %s\\n' \"$1\" \"$BASHPID\" >&2; antler_e=$3; set --; eval \"$antler_e\" ) 2>&5 5>&- 6>&- & "
           "antler_p=$!; wait $antler_p; antler_c=$?; "
           "while case $antler_c in 14[789]|150) kill -0 $antler_p 2>/dev/null ;; *) false ;; esac; "
           "do sleep 0.1 2>/dev/null; wait $antler_p; antler_c=$?; done; "
           "antler_s=; while IFS= read -r antler_l <&6 || [ -n \"$antler_l\" ]; do antler_s=s; antler_l=; done; "
           "printf '\\n%s %d%s\\n' \"$2\" \"$antler_c\" \"${antler_s:+ s}\"; printf '\\n%s\\n' \"$2\" >&5; }\n"
           "else antler_j() { "
           "if command -v setsid >/dev/null 2>&1; then { antler_s=$( { setsid sh -c "
           "'exec 2>&3 >&4 3>&- 4>&-; printf \"%s %s\\n\" \"$1\" $$ >&2; antler_e=$2; set --; eval \"$antler_e\"' "
           "sh \"$1\" \"$3\"\n} 2>&1; exit ); } 3>&2 4>&1 2>/dev/null; printf '\\n%s %d%s\\n' \"$2\" $? "
           "\"${antler_s:+ s}\"; else printf '\\n%s -\\n' \"$2\"; fi; printf '\\n%s\\n' \"$2\" >&2; }\n"
           "fi\n";
}

QByteArray CommandBuilder::sessionShellInput(const CommandSpec &spec, const QByteArray &command,
                                             const QByteArray &endMarker, const QByteArray &pidMarker)
{
    if (!canShareShell(spec) || !spec.ownSession || endMarker.isEmpty() || pidMarker.isEmpty())
        return {};
    QByteArray redirect;
    QByteArray body;
    if (!stdinRedirection(spec.stdinData, endMarker, &redirect, &body))
        return {};
    // antler_j, defined by sessionShellInit; the redirection is its stdin
    // and so the command's.
    return "antler_j " + pidMarker + ' ' + endMarker + ' ' + shellQuote(command) + redirect + body + '\n';
}

} // namespace antler::transport
