#include "transport/SharedShellPool.h"

#include "transport/BecomeHandshake.h"
#include "transport/CommandBuilder.h"
#include "transport/TransportLog.h"

#include <QByteArrayView>

#include <iterator>

namespace antler::transport {

namespace {

// Shared shells a connection starts at most; past that (shells that keep
// dying), commands go back to channels of their own.
constexpr int maxShellStarts = 8;

} // namespace

SharedShellPool::SharedShellPool(const ConnectionSettings &settings, const QString &hostName, SshChannels &channels,
                                 quint64 &nextInternalId)
    : m_settings(settings)
    , m_hostName(hostName)
    , m_channels(channels)
    , m_nextInternalId(nextInternalId)
{
}

bool SharedShellPool::wantsShell(const BuiltCommand &built) const
{
    if (!built.sharesShell() || m_unusable.contains(built.shellKey))
        return false;
    return built.shellPidMarker.isEmpty() || !m_noSessions.contains(built.shellKey);
}

void SharedShellPool::markUnusable(const QString &key)
{
    if (m_unusable.contains(key))
        return;
    qCDebug(lcSsh) << m_hostName << "cannot use a shared shell" << key << "- its commands take channels of their own";
    m_unusable.append(key);
}

SshChannel *SharedShellPool::shellFor(const QString &key) const
{
    const auto it = m_shells.find(key);
    if (it == m_shells.end())
        return nullptr;
    const auto channel = m_channels.find(it->second);
    if (channel == m_channels.end() || channel->second->done)
        return nullptr;
    return channel->second.get();
}

void SharedShellPool::ensureShell(const SshChannel &command)
{
    if (!shellFor(command.built.shellKey))
        start(command);
}

void SharedShellPool::start(const SshChannel &like)
{
    const QString &key = like.built.shellKey;
    if (m_started >= maxShellStarts) {
        markUnusable(key);
        return;
    }
    const bool forSessions = !like.built.shellPidMarker.isEmpty();
    CommandSpec spec;
    spec.argv = {"exec", "/bin/sh"};
    if (forSessions)
        spec.argv = {"exec", "sh", "-c", CommandBuilder::sessionShellStart()};
    spec.become = like.spec.become;
    spec.becomeUser = like.spec.becomeUser;
    spec.description = tr("shared shell");
    BuiltCommand built;
    QString error;
    if (!CommandBuilder::build(spec, m_settings, &built, &error, true)) {
        markUnusable(key);
        return;
    }
    auto shell = std::make_unique<SshChannel>();
    shell->owner = like.owner;
    shell->internal = true;
    shell->shell = std::make_unique<SharedShell>();
    shell->shell->key = key;
    if (forSessions)
        shell->shell->input = CommandBuilder::sessionShellInit();
    shell->id = m_nextInternalId--;
    shell->spec = spec;
    shell->built = built;
    if (built.become)
        shell->become
            = std::make_unique<BecomeHandshake>(built, m_settings.becomePassword, bool(m_settings.secretProvider));
    ++m_started;
    qCDebug(lcSsh) << m_hostName << "starts shared shell" << m_started << (key.isEmpty() ? tr("(login user)") : key);
    m_shells[key] = shell->id;
    m_channels.emplace(shell->id, std::move(shell));
}

bool SharedShellPool::place(SshChannel &command)
{
    const QString &key = command.built.shellKey;
    SshChannel *shell = shellFor(key);
    if (!shell) {
        if (m_unusable.contains(key) || m_started >= maxShellStarts) {
            command.wantsShell = false;
            return false;
        }
        start(command);
        shell = shellFor(key);
        if (!shell) {
            command.wantsShell = false;
            return false;
        }
    }
    if (!command.built.shellPidMarker.isEmpty() && m_noSessions.contains(key)) {
        command.wantsShell = false;
        return false;
    }
    SharedShell &state = *shell->shell;
    if (state.current != 0) {
        // Busy: a command of its own runs beside it, unless the shell has
        // not answered yet (the commands after the first wait for it).
        if (state.answered)
            command.wantsShell = false;
        return false;
    }
    state.input += command.built.shellInput;
    state.current = command.id;
    state.currentEnd = command.built.shellEnd;
    state.currentPidMarker = command.built.shellPidMarker;
    state.pidSeen = state.currentPidMarker.isEmpty();
    command.inShell = true;
    command.stdinDone = true;
    command.phase = SshChannel::Phase::Running;
    return true;
}

bool SharedShellPool::writeInput(SshChannel &shell)
{
    QByteArray &input = shell.shell->input;
    bool progress = false;
    while (!input.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(shell.channel);
        if (window == 0)
            break;
        const uint32_t size = uint32_t(qMin<qsizetype>(qMin<qsizetype>(input.size(), window), SshChannel::writeChunk));
        const int written = ssh_channel_write(shell.channel, input.constData(), size);
        if (written <= 0)
            break;
        input.remove(0, written);
        progress = true;
    }
    return progress;
}

namespace {

// Splits what a shared shell wrote into what is the current command's
// (*part) and what may begin its end marker and stays in pending; *held
// says that pending begins with a '\n' that may be the marker's. found: the
// marker's position in pending, or -1.
void takeOutput(QByteArray &pending, const QByteArray &marker, qsizetype found, QByteArray *part, bool *held)
{
    qsizetype keep = found;
    *held = false;
    if (keep < 0) {
        // The marker has no '\n' but its first: only a tail from the last
        // '\n' on can be the start of it.
        const qsizetype newline = pending.lastIndexOf('\n');
        keep = newline >= 0 && marker.startsWith(QByteArrayView(pending).sliced(newline)) ? newline : pending.size();
        *held = keep < pending.size();
    }
    *part = pending.left(keep);
    pending.remove(0, keep);
}

// Linux's numbers (the same on x86, ARM and RISC-V), named as SSH names them.
QString signalName(int number)
{
    static const char *const names[]
        = {"HUP",  "INT",  "QUIT", "ILL",    "TRAP",   "ABRT",  "BUS",  "FPE",  "KILL", "USR1", "SEGV",
           "USR2", "PIPE", "ALRM", "TERM",   "STKFLT", "CHLD",  "CONT", "STOP", "TSTP", "TTIN", "TTOU",
           "URG",  "XCPU", "XFSZ", "VTALRM", "PROF",   "WINCH", "IO",   "PWR",  "SYS"};
    if (number >= 1 && number <= int(std::size(names)))
        return QString::fromLatin1(names[number - 1]);
    return QString::number(number);
}

} // namespace

std::optional<SharedShellPool::Ending> SharedShellPool::service(SshChannel &shell)
{
    SharedShell &state = *shell.shell;
    if (state.current == 0)
        return std::nullopt;
    const auto it = m_channels.find(state.current);
    // Null once the command was cancelled or timed out: the rest of its
    // output is dropped until its end marker frees the shell.
    SshChannel *command = it != m_channels.end() && !it->second->done ? it->second.get() : nullptr;
    const QByteArray outEnd = '\n' + state.currentEnd + ' ';
    const QByteArray errEnd = '\n' + state.currentEnd + '\n';

    if (!state.pidSeen) {
        const qsizetype at = shell.errPending.indexOf(state.currentPidMarker + ' ');
        const qsizetype end = at < 0 ? -1 : shell.errPending.indexOf('\n', at);
        if (end >= 0) {
            const qsizetype from = at + state.currentPidMarker.size() + 1;
            if (command)
                command->remotePid = shell.errPending.mid(from, end - from).toLongLong();
            shell.errPending.remove(at, end + 1 - at);
            state.pidSeen = true;
        } else if (shell.errPending.contains(errEnd) || shell.errPending.size() > 4096) {
            state.pidSeen = true; // it never started (no sh?): its words are output
        }
    }

    QByteArray part;
    bool held = false;
    qsizetype outAt = shell.outPending.indexOf(outEnd);
    takeOutput(shell.outPending, outEnd, outAt, &part, &held);
    if (command) {
        command->outPending += part;
        command->outBreakHeld = held;
    }
    qsizetype errAt = -1;
    if (state.pidSeen) {
        errAt = shell.errPending.indexOf(errEnd);
        takeOutput(shell.errPending, errEnd, errAt, &part, &held);
        if (command) {
            command->errPending += part;
            command->errBreakHeld = held;
        }
    }
    outAt = outAt >= 0 ? 0 : -1;
    errAt = errAt >= 0 ? 0 : -1;
    const qsizetype outLineEnd = outAt < 0 ? -1 : shell.outPending.indexOf('\n', outEnd.size());
    if (outLineEnd < 0 || errAt < 0)
        return std::nullopt;

    const QByteArray status = shell.outPending.mid(outEnd.size(), outLineEnd - outEnd.size());
    shell.outPending.remove(0, outLineEnd + 1);
    shell.errPending.remove(0, errEnd.size());
    const QString key = state.key;
    state.current = 0;
    state.currentEnd.clear();
    state.currentPidMarker.clear();
    state.pidSeen = true;
    state.answered = true;
    Ending ending;
    if (!command)
        return ending;
    command->outBreakHeld = false;
    command->errBreakHeld = false;
    if (status == "-") {
        // No setsid on the host: the command did not run; it and the user
        // commands after it take channels of their own.
        qCDebug(lcSsh) << m_hostName << "has no setsid: user commands take channels of their own";
        if (!m_noSessions.contains(key))
            m_noSessions.append(key);
        command->inShell = false;
        command->wantsShell = false;
        command->stdinDone = false;
        command->phase = SshChannel::Phase::Queued;
        return ending;
    }
    const QList<QByteArray> words = status.split(' ');
    const int code = words.value(0).toInt();
    ending.command = command;
    ending.result.status = CommandResult::Status::Finished;
    if (words.value(1) == "s" && code > 128) {
        ending.result.exitSignal = signalName(code - 128);
        ending.result.exitCode = -1;
    } else {
        ending.result.exitCode = code;
    }
    return ending;
}

void SharedShellPool::abandon(SshChannel &command)
{
    SshChannel *shell = shellFor(command.built.shellKey);
    if (!shell || shell->shell->current != command.id)
        return;
    if (command.outBreakHeld && shell->outPending == "\n")
        command.outPending += '\n';
    if (command.errBreakHeld && shell->errPending == "\n")
        command.errPending += '\n';
    command.outBreakHeld = false;
    command.errBreakHeld = false;
}

std::optional<SharedShellPool::Ending> SharedShellPool::release(SshChannel &shell, const CommandResult &result)
{
    SharedShell &state = *shell.shell;
    const auto mine = m_shells.find(state.key);
    if (mine != m_shells.end() && mine->second == shell.id)
        m_shells.erase(mine);
    const quint64 current = state.current;
    state.current = 0;
    qCDebug(lcSsh) << m_hostName << "lost shared shell" << state.key << CommandResult::statusName(result.status)
                   << (current != 0 ? "while running a command" : "while idle");
    // A shell that died (rather than one the connection closed) is not
    // started again: the commands after it take channels of their own.
    const bool stopped
        = result.status == CommandResult::Status::Cancelled || result.status == CommandResult::Status::ConnectionLost;
    if (!stopped)
        markUnusable(state.key);
    const auto it = m_channels.find(current);
    if (current == 0 || it == m_channels.end() || it->second->done)
        return std::nullopt;
    SshChannel &command = *it->second;
    if (!state.answered) {
        // The shell never ran a command (refused, a forced command, a failed
        // sudo): this one did not start either; it runs on a channel of its
        // own, and so do the ones after it.
        command.inShell = false;
        command.wantsShell = false;
        command.stdinDone = false;
        command.phase = SshChannel::Phase::Queued;
        return std::nullopt;
    }
    QString why = result.error;
    if (why.isEmpty())
        why = result.exitSignal.isEmpty() ? tr("exit code %1").arg(result.exitCode)
                                          : tr("signal %1").arg(result.exitSignal);
    Ending ending;
    ending.command = &command;
    ending.result.status = CommandResult::Status::Failed;
    ending.result.error = command.message(m_hostName,
                                          tr("stopped with the shell that ran it (%1); it may or may "
                                             "not have completed. Run it again.")
                                              .arg(why));
    return ending;
}

} // namespace antler::transport
