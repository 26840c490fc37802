#include "transport/SshConnection.h"

#include "transport/SshError.h"
#include "transport/TransportLog.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <algorithm>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace antler::transport {

namespace {

using State = Transport::State;

// OpenSSH's default MaxSessions: more channels at once are refused, so
// further commands wait for a free one.
constexpr int maxChannels = 10;

int onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *userdata)
{
    auto *channel = static_cast<SshChannel *>(userdata);
    channel->owner->onChannelData(channel, static_cast<const char *>(data), len, isStderr != 0);
    return int(len);
}

void onClose(ssh_session, ssh_channel, void *userdata)
{
    static_cast<SshChannel *>(userdata)->remoteClosed = true;
}

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *channel = static_cast<SshChannel *>(userdata);
    channel->exitStatusSeen = true;
    channel->exitStatus = status;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    auto *channel = static_cast<SshChannel *>(userdata);
    channel->exitSignal = QString::fromUtf8(signal);
}

} // namespace

SshConnection::SshConnection(const ConnectionSettings &settings, const QString &hostName)
    : m_settings(settings)
    , m_hostName(hostName)
    , m_login(settings, hostName)
    , m_shells(settings, hostName, m_channels, m_nextInternalId)
{
}

SshConnection::~SshConnection()
{
    shutdown();
}

void SshConnection::setState(State state, const QString &error)
{
    m_state = state;
    qCDebug(lcSsh) << m_hostName << state << error;
    Q_EMIT stateChanged(state, error);
}

void SshConnection::connectToHost()
{
    if (m_state == State::Connecting || m_state == State::Ready)
        return;
    teardownSession();
    m_lastError.clear();
    setState(State::Connecting);

    m_session = ssh_new();
    if (!m_session) {
        failConnecting(tr("Cannot create an SSH session for %1: out of memory.").arg(m_hostName));
        return;
    }
    const QByteArray host = m_settings.host.toUtf8();
    const unsigned int port = unsigned(m_settings.port);
    const long timeoutUsec = long(qMax(1, m_settings.connectTimeoutMs)) * 1000;
    const int no = 0;
    const int yes = 1;
    const QByteArray knownHosts = QFile::encodeName(m_settings.knownHostsFile);
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!m_settings.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_settings.user.toUtf8().constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &timeoutUsec);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &yes);
    // Only to make libssh prefer the key types already known for the host;
    // the check itself is KnownHosts's.
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    // AES-GCM first: hardware-accelerated on x86 and on ARMv8 with crypto extensions.
    const char *ciphers = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                          "aes128-ctr,aes256-ctr";
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    ssh_set_blocking(m_session, 1);

    if (ssh_connect(m_session) != SSH_OK) {
        failConnecting(tr("Cannot connect to %1 (%2 port %3): %4; check that the host is up and "
                          "its SSH server listens on that port.")
                           .arg(m_hostName, m_settings.host)
                           .arg(m_settings.port)
                           .arg(sshError(m_session)));
        return;
    }
    m_cancelled->store(false);
    m_login.setCancelFlag(m_cancelled);
    loginStep(m_login.start(m_session));
}

void SshConnection::loginStep(SshLogin::Outcome outcome)
{
    switch (outcome) {
    case SshLogin::Outcome::LoggedIn:
        finishConnecting();
        return;
    case SshLogin::Outcome::Failed:
        if (!m_login.changedKey().host.isEmpty())
            Q_EMIT hostKeyChanged(m_login.changedKey());
        failConnecting(m_login.error());
        return;
    case SshLogin::Outcome::AwaitingAnswer:
        qCDebug(lcSsh) << m_hostName << "waits for an answer about its host key" << m_login.question().fingerprint;
        Q_EMIT hostKeyQuestion(m_login.question()); // answerHostKey() continues
        return;
    }
}

void SshConnection::answerHostKey(bool accept)
{
    if (!m_login.isAwaitingAnswer() || m_state != State::Connecting)
        return;
    loginStep(m_login.answerHostKey(accept));
}

void SshConnection::finishConnecting()
{
    ssh_set_blocking(m_session, 0);
    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK) {
        failConnecting(tr("Cannot watch the SSH session to %1: %2.").arg(m_hostName, sshError(m_session)));
        return;
    }
    const int fd = ssh_get_fd(m_session);
    // Notice a dead peer without a FIN (a host that lost power): keep-alive
    // probes while idle, and a limit on unacknowledged data while sending.
    if (m_settings.keepAliveIntervalS > 0) {
        const int on = 1;
        const int idle = m_settings.keepAliveIntervalS;
        const int count = 3;
        const unsigned int userTimeoutMs = unsigned(idle * count * 1000);
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof idle);
        ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
        ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
    }
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SshConnection::pump);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pollTimer, &QTimer::timeout, this, &SshConnection::pump);
    if (m_settings.keepAliveIntervalS > 0) {
        m_keepAliveTimer = new QTimer(this);
        m_keepAliveTimer->setInterval(m_settings.keepAliveIntervalS * 1000);
        connect(m_keepAliveTimer, &QTimer::timeout, this, [this] {
            if (m_session)
                ssh_send_ignore(m_session, "");
            pump();
        });
        m_keepAliveTimer->start();
    }
    setState(State::Ready);
    pump();
}

void SshConnection::failConnecting(const QString &error)
{
    m_lastError = error;
    teardownSession();
    failAll(CommandResult::Status::Unreachable, error);
    setState(State::Disconnected, error);
}

void SshConnection::startCommand(quint64 id, const CommandSpec &spec, const BuiltCommand &built)
{
    if (m_state == State::Lost)
        connectToHost(); // the next command reconnects
    if (m_state != State::Connecting && m_state != State::Ready) {
        CommandResult result;
        result.status = CommandResult::Status::Unreachable;
        result.error = m_lastError.isEmpty()
            ? tr("Cannot run a command on %1: the connection is closed; open it again.").arg(m_hostName)
            : m_lastError;
        Q_EMIT commandFinished(id, result);
        return;
    }
    auto channel = std::make_unique<SshChannel>();
    channel->owner = this;
    channel->id = id;
    channel->spec = spec;
    channel->built = built;
    if (spec.timeoutMs > 0)
        channel->deadline = QDeadlineTimer(spec.timeoutMs);
    if (built.become)
        channel->become
            = std::make_unique<BecomeHandshake>(built, m_settings.becomePassword, bool(m_settings.secretProvider));
    if (!spec.stdinFile.isEmpty()) {
        channel->stdinFile = std::make_unique<QFile>(spec.stdinFile);
        if (!channel->stdinFile->open(QIODevice::ReadOnly)) {
            CommandResult result;
            result.status = CommandResult::Status::Failed;
            result.error = tr("Cannot read %1 to send it to %2: %3.")
                               .arg(spec.stdinFile, m_hostName, channel->stdinFile->errorString());
            Q_EMIT commandFinished(id, result);
            return;
        }
    }
    channel->wantsShell = m_shells.wantsShell(built);
    if (channel->wantsShell)
        m_shells.ensureShell(*channel);
    m_channels.emplace(id, std::move(channel));
    if (m_state == State::Ready)
        pump();
}

void SshConnection::prepareShell(const CommandSpec &spec, const BuiltCommand &built)
{
    if (m_state != State::Connecting && m_state != State::Ready)
        return;
    SshChannel like;
    like.owner = this;
    like.spec = spec;
    like.built = built;
    if (!m_shells.wantsShell(built))
        return;
    m_shells.ensureShell(like);
    if (m_state == State::Ready)
        pump();
}

void SshConnection::cancelCommand(quint64 id)
{
    const auto it = m_channels.find(id);
    if (it == m_channels.end())
        return;
    it->second->cancelled = true;
    if (m_state == State::Ready)
        pump();
    else
        finishChannel(*it->second, CommandResult {CommandResult::Status::Cancelled}, false);
    // finishChannel() on a queued channel during Connecting leaves it done.
    for (auto i = m_channels.begin(); i != m_channels.end();)
        i = i->second->done ? m_channels.erase(i) : std::next(i);
}

void SshConnection::disconnectFromHost()
{
    failAll(CommandResult::Status::Cancelled,
            tr("The command on %1 was cancelled: the connection was closed.").arg(m_hostName));
    teardownSession();
    setState(State::Closed);
}

void SshConnection::shutdown()
{
    failAll(CommandResult::Status::Cancelled,
            tr("The command on %1 was cancelled: the transport was shut down.").arg(m_hostName));
    teardownSession();
}

void SshConnection::onChannelData(SshChannel *channel, const char *data, quint32 length, bool isStderr)
{
    m_progress = true;
    QByteArray chunk(data, qsizetype(length));
    if (isStderr && !channel->pidSeen && !channel->built.pidMarker.isEmpty()) {
        channel->pidBuffer += chunk;
        const qsizetype at = channel->pidBuffer.indexOf(channel->built.pidMarker + ' ');
        const qsizetype end = at < 0 ? -1 : channel->pidBuffer.indexOf('\n', at);
        if (end < 0 && channel->pidBuffer.size() < 4096)
            return;
        channel->pidSeen = true;
        if (end >= 0) {
            const qsizetype from = at + channel->built.pidMarker.size() + 1;
            channel->remotePid = channel->pidBuffer.mid(from, end - from).toLongLong();
            channel->pidBuffer.remove(at, end + 1 - at);
        }
        chunk.swap(channel->pidBuffer);
        channel->pidBuffer.clear();
        if (chunk.isEmpty())
            return;
    }
    if (!channel->become) {
        (isStderr ? channel->errPending : channel->outPending) += chunk;
        return;
    }
    BecomeHandshake &become = *channel->become;
    if (!isStderr) {
        channel->outPending += become.feedStdout(chunk);
        return;
    }
    const bool wasDone = become.isDone();
    QByteArray passOn;
    switch (become.feedStderr(chunk, &passOn)) {
    case BecomeHandshake::Action::SendPassword:
        qCDebug(lcSsh) << m_hostName << "sudo prompt seen for" << channel->spec.description << "- answering it";
        channel->passwordLine = become.password() + '\n';
        break;
    case BecomeHandshake::Action::NeedPassword: {
        qCDebug(lcSsh) << m_hostName << "sudo prompt seen for" << channel->spec.description
                       << "- asking for the become password";
        SecretRequest request = m_login.secretRequest(SecretRequest::Kind::BecomePassword);
        request.becomeUser = channel->built.becomeUser.isEmpty() ? m_settings.becomeUser : channel->built.becomeUser;
        request.retry = m_becomePasswordRefused;
        QString answer;
        // Blocks this worker thread (only) until a person or the keyring answers.
        if (m_settings.secretProvider(request, &answer) && !answer.isEmpty()) {
            m_settings.becomePassword = answer;
            m_becomePasswordAsked = true;
            m_becomePasswordRefused = false;
            m_shells.setBecomePassword(answer);
            become.providePassword(answer);
            channel->passwordLine = become.password() + '\n';
        } else {
            become.giveUp();
            channel->becomeFailed = true;
        }
        break;
    }
    case BecomeHandshake::Action::Failed:
        qCDebug(lcSsh) << m_hostName << "sudo refused" << channel->spec.description;
        channel->becomeFailed = true;
        // A password that was asked for and refused is asked for again.
        if (become.wasPasswordRefused() && m_becomePasswordAsked) {
            m_settings.becomePassword.clear();
            m_shells.setBecomePassword(QString());
            m_becomePasswordRefused = true;
        }
        break;
    case BecomeHandshake::Action::None:
        break;
    }
    if (!wasDone && become.isDone())
        channel->outPending += become.takeHeldStdout();
    channel->errPending += passOn;
}

CommandResult SshConnection::timedOut(const SshChannel &channel) const
{
    CommandResult result;
    result.status = CommandResult::Status::TimedOut;
    result.error = channel.message(m_hostName,
                                   tr("did not finish within %1 ms and was stopped; "
                                      "raise its timeout or check why it hangs.")
                                       .arg(channel.spec.timeoutMs));
    return result;
}

int SshConnection::runningChannels() const
{
    int count = 0;
    for (const auto &[id, channel] : m_channels) {
        if (channel->phase != SshChannel::Phase::Queued && !channel->inShell)
            ++count;
    }
    return count;
}

void SshConnection::pump()
{
    if (!m_session || !m_event || m_pumping || m_state != State::Ready)
        return;
    m_pumping = true;
    for (int round = 0; round < 256; ++round) {
        m_progress = false;
        const int rc = ssh_event_dopoll(m_event, 0);
        if (rc == SSH_OK)
            m_progress = true;
        if (rc == SSH_ERROR || !ssh_is_connected(m_session)) {
            m_pumping = false;
            connectionLost(sshError(m_session));
            return;
        }
        int running = runningChannels();
        for (auto &[id, channel] : m_channels) {
            if (channel->phase == SshChannel::Phase::Queued) {
                if (running >= maxChannels)
                    continue;
                ++running;
            }
            if (advance(*channel))
                m_progress = true;
        }
        for (auto it = m_channels.begin(); it != m_channels.end();)
            it = it->second->done ? m_channels.erase(it) : std::next(it);
        if (!ssh_is_connected(m_session)) {
            m_pumping = false;
            connectionLost(sshError(m_session));
            return;
        }
        if (!m_progress)
            break;
    }
    for (auto &[id, channel] : m_channels)
        flushOutput(*channel);
    acknowledgeAtOnce();
    m_pumping = false;
    schedule();
}

void SshConnection::acknowledgeAtOnce()
{
    // Until a channel has been opened and its command started, sshd writes
    // with Nagle's algorithm on (it turns it off for a session only then).
    // Right after the login it sends its host keys (hostkeys-00@openssh.com),
    // and the confirmation of the channel opened next waits behind them for
    // their acknowledgement, which Linux delays by 40 ms when the reader has
    // nothing to send: every connection's first command started 40 ms late.
    // Acknowledging what was read at once while a channel is being set up
    // lets the answer through.
    const bool settingUp = std::any_of(m_channels.begin(), m_channels.end(), [](const auto &entry) {
        return entry.second->phase == SshChannel::Phase::Opening || entry.second->phase == SshChannel::Phase::Exec;
    });
    if (!settingUp)
        return;
    const int on = 1;
    ::setsockopt(ssh_get_fd(m_session), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}

void SshConnection::schedule()
{
    if (!m_pollTimer)
        return;
    int wait = -1;
    for (const auto &[id, channel] : m_channels) {
        int mine = 200; // a safety net; the socket notifier does the real work
        const bool uploading = channel->phase == SshChannel::Phase::Running && !channel->stdinDone
            && (!channel->shell || !channel->shell->input.isEmpty() || !channel->passwordLine.isEmpty())
            && (!channel->become || channel->become->isDone() || !channel->passwordLine.isEmpty());
        if (uploading)
            mine = 1;
        if (!channel->deadline.isForever())
            mine = int(qMin<qint64>(mine, qMax<qint64>(0, channel->deadline.remainingTime())));
        wait = wait < 0 ? mine : qMin(wait, mine);
    }
    if (wait < 0)
        m_pollTimer->stop();
    else
        m_pollTimer->start(wait);
}

bool SshConnection::advance(SshChannel &channel)
{
    if (channel.done)
        return false;
    if (channel.inShell) {
        if (!channel.cancelled && !channel.deadline.hasExpired())
            return false; // the shell's output finishes it (serviceShell)
        const CommandResult result
            = channel.cancelled ? CommandResult {CommandResult::Status::Cancelled} : timedOut(channel);
        SshChannel *shell = m_shells.shellFor(channel.built.shellKey);
        const qint64 group = channel.remotePid;
        m_shells.abandon(channel);
        finishChannel(channel, result, false);
        if (shell && group > 1) {
            // The command runs in a session of its own: stop that process
            // group; the shell then ends it with its marker (its output
            // is dropped) and lives on for the next one.
            startKiller(group, shell->built.become ? shell : nullptr);
        } else if (shell) {
            // A subshell of the shell itself: end both; the next command
            // that wants a shell starts a new one.
            finishChannel(*shell, CommandResult {CommandResult::Status::Cancelled}, true);
        }
        return true;
    }
    if (channel.wantsShell && channel.phase == SshChannel::Phase::Queued && !channel.cancelled) {
        if (m_shells.place(channel))
            return true;
        if (channel.wantsShell)
            return false; // waits for the shell to become free
    }
    if (channel.cancelled) {
        finishChannel(channel, CommandResult {CommandResult::Status::Cancelled}, true);
        return true;
    }
    if (channel.deadline.hasExpired()) {
        finishChannel(channel, timedOut(channel), true);
        return true;
    }
    bool progress = false;
    switch (channel.phase) {
    case SshChannel::Phase::Queued: {
        channel.channel = ssh_channel_new(m_session);
        if (!channel.channel) {
            CommandResult result;
            result.error = channel.message(m_hostName, tr("could not start: %1.").arg(sshError(m_session)));
            finishChannel(channel, result, false);
            return true;
        }
        std::memset(&channel.callbacks, 0, sizeof channel.callbacks);
        channel.callbacks.userdata = &channel;
        channel.callbacks.channel_data_function = onData;
        channel.callbacks.channel_close_function = onClose;
        channel.callbacks.channel_exit_status_function = onExitStatus;
        channel.callbacks.channel_exit_signal_function = onExitSignal;
        ssh_callbacks_init(&channel.callbacks);
        ssh_set_channel_callbacks(channel.channel, &channel.callbacks);
        channel.phase = SshChannel::Phase::Opening;
        progress = true;
        [[fallthrough]];
    }
    case SshChannel::Phase::Opening: {
        const int rc = ssh_channel_open_session(channel.channel);
        if (rc == SSH_AGAIN)
            return progress;
        if (rc != SSH_OK) {
            CommandResult result;
            result.error = channel.message(m_hostName,
                                           tr("could not start: the server refused a new "
                                              "channel (%1).")
                                               .arg(sshError(m_session)));
            finishChannel(channel, result, false);
            return true;
        }
        channel.phase = SshChannel::Phase::Exec;
        progress = true;
        [[fallthrough]];
    }
    case SshChannel::Phase::Exec: {
        const int rc = ssh_channel_request_exec(channel.channel, channel.built.commandLine.constData());
        if (rc == SSH_AGAIN)
            return progress;
        if (rc != SSH_OK) {
            CommandResult result;
            result.error = channel.message(m_hostName,
                                           tr("could not start: the server refused to "
                                              "run it (%1).")
                                               .arg(sshError(m_session)));
            finishChannel(channel, result, true);
            return true;
        }
        channel.phase = SshChannel::Phase::Running;
        progress = true;
        [[fallthrough]];
    }
    case SshChannel::Phase::Running:
        break;
    }

    if (channel.becomeFailed) {
        CommandResult result;
        result.status = CommandResult::Status::Failed;
        result.error = channel.become->failure(m_hostName);
        finishChannel(channel, result, true);
        return true;
    }
    if (writeStdin(channel))
        progress = true;
    if (channel.shell) {
        if (const auto ending = m_shells.service(channel)) {
            if (ending->command)
                finishChannel(*ending->command, ending->result, false);
            progress = true;
        }
    }
    if (channel.remoteClosed) {
        CommandResult result;
        if (channel.become && !channel.become->isDone()) {
            result.status = CommandResult::Status::Failed;
            result.error = channel.become->failure(m_hostName);
        } else if (channel.exitStatusSeen) {
            result.status = CommandResult::Status::Finished;
            result.exitCode = channel.exitStatus;
        } else if (!channel.exitSignal.isEmpty()) {
            result.status = CommandResult::Status::Finished;
            result.exitSignal = channel.exitSignal;
        } else {
            result.status = CommandResult::Status::Failed;
            result.error = channel.message(m_hostName,
                                           tr("ended without an exit status; the SSH "
                                              "server may have stopped it."));
        }
        finishChannel(channel, result, false);
        return true;
    }
    return progress;
}

bool SshConnection::writeStdin(SshChannel &channel)
{
    if (channel.stdinDone)
        return false;
    bool progress = false;
    if (!channel.passwordLine.isEmpty()) {
        const int written = ssh_channel_write(channel.channel, channel.passwordLine.constData(),
                                              uint32_t(channel.passwordLine.size()));
        if (written > 0) {
            channel.passwordLine.remove(0, written);
            progress = true;
        }
        if (!channel.passwordLine.isEmpty())
            return progress;
    }
    if (channel.become && !channel.become->isDone())
        return progress; // stdin belongs to sudo until the command starts
    if (channel.shell)
        return m_shells.writeInput(channel) || progress;

    for (;;) {
        const uint32_t window = ssh_channel_window_size(channel.channel);
        if (window == 0)
            return progress;
        const char *data = nullptr;
        qsizetype available = 0;
        if (channel.stdinFile) {
            if (channel.stdinOffset >= channel.fileBuffer.size()) {
                channel.fileBuffer = channel.stdinFile->read(SshChannel::writeChunk);
                channel.stdinOffset = 0;
                if (channel.fileBuffer.isEmpty())
                    break;
            }
            data = channel.fileBuffer.constData() + channel.stdinOffset;
            available = channel.fileBuffer.size() - channel.stdinOffset;
        } else {
            data = channel.spec.stdinData.constData() + channel.stdinOffset;
            available = channel.spec.stdinData.size() - channel.stdinOffset;
            if (available <= 0)
                break;
        }
        const uint32_t size = uint32_t(qMin<qsizetype>(qMin<qsizetype>(available, window), SshChannel::writeChunk));
        const int written = ssh_channel_write(channel.channel, data, size);
        if (written == SSH_ERROR)
            return progress;
        if (written <= 0)
            return progress;
        channel.stdinOffset += written;
        progress = true;
        if (uint32_t(written) < size)
            return progress;
    }
    ssh_channel_send_eof(channel.channel);
    channel.stdinDone = true;
    channel.stdinFile.reset();
    channel.fileBuffer.clear();
    return true;
}

void SshConnection::flushOutput(SshChannel &channel)
{
    if (channel.shell && !channel.done)
        return; // serviceShell() hands it to the commands
    if (channel.internal) {
        channel.outPending.clear();
        channel.errPending.clear();
        return;
    }
    if (!channel.pidSeen && !channel.pidBuffer.isEmpty() && (channel.remoteClosed || channel.done)) {
        channel.errPending += channel.pidBuffer;
        channel.pidBuffer.clear();
    }
    const bool breakNews
        = (channel.outBreakHeld && !channel.outBreakSent) || (channel.errBreakHeld && !channel.errBreakSent);
    if (channel.outPending.isEmpty() && channel.errPending.isEmpty() && !breakNews)
        return;
    QByteArray out;
    QByteArray err;
    out.swap(channel.outPending);
    err.swap(channel.errPending);
    channel.outBreakSent = channel.outBreakHeld;
    channel.errBreakSent = channel.errBreakHeld;
    Q_EMIT output(channel.id, out, err, channel.outBreakHeld, channel.errBreakHeld);
}

void SshConnection::finishChannel(SshChannel &channel, CommandResult result, bool closeRemote)
{
    if (channel.done)
        return;
    channel.done = true;
    if (result.status == CommandResult::Status::Cancelled && result.error.isEmpty())
        result.error = channel.message(m_hostName, tr("was cancelled."));
    flushOutput(channel);
    if (channel.channel) {
        ssh_remove_channel_callbacks(channel.channel, &channel.callbacks);
        // A channel still opening has no remote number yet: closing it would
        // address someone else's channel.
        const bool open = channel.phase == SshChannel::Phase::Exec || channel.phase == SshChannel::Phase::Running;
        const bool alive = m_session && ssh_is_connected(m_session);
        if (closeRemote && alive && open && !channel.remoteClosed) {
            ssh_channel_request_send_signal(channel.channel, "TERM");
            // OpenSSH ignores signal requests in root sessions: kill the
            // command's process group from a helper command as well.
            if (channel.remotePid > 1)
                startKiller(channel.remotePid);
        }
        if (alive && open)
            ssh_channel_close(channel.channel);
        ssh_channel_free(channel.channel);
        channel.channel = nullptr;
    }
    if (channel.shell) {
        if (const auto ending = m_shells.release(channel, result); ending && ending->command)
            finishChannel(*ending->command, ending->result, false);
    }
    if (!channel.internal)
        Q_EMIT commandFinished(channel.id, result);
}

void SshConnection::startKiller(qint64 pid, const SshChannel *asBecomeOf)
{
    auto killer = std::make_unique<SshChannel>();
    killer->owner = this;
    killer->internal = true;
    killer->id = m_nextInternalId--;
    killer->spec.description = tr("stop of process group %1").arg(pid);
    killer->deadline = QDeadlineTimer(30000);
    // Not `kill -TERM -- -PID`: dash (sh on Debian, and a login shell at
    // times) knows no `--`; a negative pid after the signal is a group in both.
    const QByteArray kill = "kill -TERM -" + QByteArray::number(pid) + " 2>/dev/null; true";
    if (asBecomeOf) {
        // The group belongs to the become user: only sudo may signal it.
        killer->spec.script = kill;
        killer->spec.become = true;
        killer->spec.becomeUser = asBecomeOf->built.becomeUser;
        QString error;
        if (!CommandBuilder::build(killer->spec, m_settings, &killer->built, &error))
            return;
        killer->become = std::make_unique<BecomeHandshake>(killer->built, m_settings.becomePassword, false);
    } else {
        killer->built.commandLine = kill;
    }
    m_channels.emplace(killer->id, std::move(killer));
}

void SshConnection::failAll(CommandResult::Status status, const QString &error)
{
    for (auto &[id, channel] : m_channels) {
        CommandResult result;
        result.status = status;
        result.error = error;
        finishChannel(*channel, result, status == CommandResult::Status::Cancelled);
    }
    m_channels.clear();
    m_shells.clear();
}

void SshConnection::connectionLost(const QString &reason)
{
    const QString error = tr("The connection to %1 was lost (%2); commands that were running may or "
                             "may not have completed. Check the host and run them again.")
                              .arg(m_hostName, reason);
    m_lastError = error;
    // The session is dead: close nothing remotely, just let go.
    for (auto &[id, channel] : m_channels)
        channel->remoteClosed = true;
    failAll(CommandResult::Status::ConnectionLost, error);
    teardownSession();
    setState(State::Lost, error);
}

void SshConnection::teardownSession()
{
    delete m_notifier;
    m_notifier = nullptr;
    delete m_pollTimer;
    m_pollTimer = nullptr;
    delete m_keepAliveTimer;
    m_keepAliveTimer = nullptr;
    for (auto &[id, channel] : m_channels) {
        if (channel->channel) {
            ssh_remove_channel_callbacks(channel->channel, &channel->callbacks);
            ssh_channel_free(channel->channel);
            channel->channel = nullptr;
        }
    }
    if (m_event) {
        if (m_session)
            ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    m_login.reset();
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

} // namespace antler::transport
