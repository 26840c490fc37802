#include "transport/SharedShellPool.h"

#include "transport/BecomeHandshake.h"
#include "transport/CommandBuilder.h"
#include "transport/TransportLog.h"

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
    return built.sharesShell() && !m_unusable.contains(built.shellKey);
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
    CommandSpec spec;
    spec.argv = {"exec", "/bin/sh"};
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

std::optional<SharedShellPool::Ending> SharedShellPool::service(SshChannel &shell)
{
    SharedShell &state = *shell.shell;
    if (state.current == 0)
        return std::nullopt;
    const QByteArray outEnd = '\n' + state.currentEnd + ' ';
    const QByteArray errEnd = '\n' + state.currentEnd + '\n';
    const qsizetype outAt = shell.outPending.indexOf(outEnd, qMax<qsizetype>(0, state.outSearched - outEnd.size()));
    const qsizetype outLineEnd = outAt < 0 ? -1 : shell.outPending.indexOf('\n', outAt + outEnd.size());
    const qsizetype errAt = shell.errPending.indexOf(errEnd, qMax<qsizetype>(0, state.errSearched - errEnd.size()));
    if (outLineEnd < 0 || errAt < 0) {
        // Search again from where a marker could still begin.
        state.outSearched = outAt >= 0 ? outAt : shell.outPending.size();
        state.errSearched = errAt >= 0 ? errAt : shell.errPending.size();
        return std::nullopt;
    }
    state.outSearched = 0;
    state.errSearched = 0;
    Ending ending;
    ending.result.status = CommandResult::Status::Finished;
    ending.result.exitCode = shell.outPending.mid(outAt + outEnd.size(), outLineEnd - outAt - outEnd.size()).toInt();
    const auto it = m_channels.find(state.current);
    state.current = 0;
    state.currentEnd.clear();
    state.answered = true;
    if (it != m_channels.end() && !it->second->done) {
        ending.command = it->second.get();
        ending.command->outPending = shell.outPending.left(outAt);
        ending.command->errPending = shell.errPending.left(errAt);
    }
    shell.outPending.remove(0, outLineEnd + 1);
    shell.errPending.remove(0, errAt + errEnd.size());
    return ending;
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
    const auto it = m_channels.find(current);
    if (current == 0 || it == m_channels.end() || it->second->done) {
        const bool stopped = result.status == CommandResult::Status::Cancelled;
        if (!state.answered && !stopped)
            markUnusable(state.key);
        return std::nullopt;
    }
    SshChannel &command = *it->second;
    if (!state.answered) {
        // The shell never ran a command (refused, a forced command, a failed
        // sudo): this one did not start either; it runs on a channel of its
        // own, and so do the ones after it.
        markUnusable(state.key);
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
