#include "transport/SshConnection.h"

#include "transport/BecomeHandshake.h"
#include "transport/KnownHosts.h"
#include "transport/Transport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

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
constexpr qsizetype stdinChunk = 256 * 1024;
// Shared shells a connection starts at most; past that (shells that keep
// dying), commands go back to channels of their own.
constexpr int maxShellStarts = 8;

int toInt(State state)
{
    return int(state);
}

QString sshError(ssh_session session)
{
    const char *text = ssh_get_error(session);
    QString error = text ? QString::fromUtf8(text).trimmed() : QString();
    if (error.endsWith(QLatin1Char('.')))
        error.chop(1);
    return error.isEmpty() ? QStringLiteral("unknown error") : error;
}

int passphraseCallback(const char *prompt, char *buf, size_t len, int echo, int verify, void *userdata)
{
    Q_UNUSED(echo);
    Q_UNUSED(verify);
    const auto *settings = static_cast<const ConnectionSettings *>(userdata);
    if (!settings->passphraseProvider || len == 0)
        return -1;
    QString answer;
    if (!settings->passphraseProvider(QString::fromUtf8(prompt), &answer))
        return -1;
    const QByteArray bytes = answer.toUtf8();
    if (size_t(bytes.size()) >= len)
        return -1;
    std::memcpy(buf, bytes.constData(), size_t(bytes.size()));
    buf[bytes.size()] = '\0';
    return 0;
}

} // namespace

struct SshConnection::Channel
{
    enum class Phase { Queued, Opening, Exec, Running };

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

    // A command that may run in a shared shell, and whether it does now
    // (then it has no channel: the shell's output is its output).
    bool wantsShell = false;
    bool inShell = false;
    QString shellKey;
    // A shared shell: what waits to be written to it, the end marker, the
    // command it runs (0: idle) and whether any command ever finished in it.
    bool shell = false;
    QByteArray shellInput;
    QByteArray shellEnd;
    quint64 shellCurrent = 0;
    bool shellAnswered = false;
    // How far outPending/errPending have been searched for the end marker,
    // so a big output is not searched again from its start on every chunk.
    qsizetype shellOutSearched = 0;
    qsizetype shellErrSearched = 0;
};

namespace {

int onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *userdata)
{
    auto *channel = static_cast<SshConnection::Channel *>(userdata);
    channel->owner->onChannelData(channel, static_cast<const char *>(data), len, isStderr != 0);
    return int(len);
}

void onClose(ssh_session, ssh_channel, void *userdata)
{
    static_cast<SshConnection::Channel *>(userdata)->remoteClosed = true;
}

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *channel = static_cast<SshConnection::Channel *>(userdata);
    channel->exitStatusSeen = true;
    channel->exitStatus = status;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    auto *channel = static_cast<SshConnection::Channel *>(userdata);
    channel->exitSignal = QString::fromUtf8(signal);
}

} // namespace

SshConnection::SshConnection(const ConnectionSettings &settings, const QString &hostName)
    : m_settings(settings)
    , m_hostName(hostName)
    , m_state(toInt(State::Disconnected))
{
}

SshConnection::~SshConnection()
{
    shutdown();
}

void SshConnection::setState(int state, const QString &error)
{
    m_state = state;
    Q_EMIT stateChanged(state, error);
}

void SshConnection::connectToHost()
{
    if (m_state == toInt(State::Connecting) || m_state == toInt(State::Ready))
        return;
    teardownSession();
    m_lastError.clear();
    setState(toInt(State::Connecting));

    m_session = ssh_new();
    if (!m_session) {
        failConnecting(QStringLiteral("Cannot create an SSH session for %1: out of memory.").arg(m_hostName));
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
        failConnecting(QStringLiteral("Cannot connect to %1 (%2 port %3): %4; check that the host is up and "
                                      "its SSH server listens on that port.")
                           .arg(m_hostName, m_settings.host)
                           .arg(m_settings.port)
                           .arg(sshError(m_session)));
        return;
    }
    QString error;
    bool askUser = false;
    if (!checkHostKey(&error, &askUser)) {
        failConnecting(error);
        return;
    }
    if (askUser)
        return; // answerHostKey() continues
    finishConnecting();
}

bool SshConnection::checkHostKey(QString *error, bool *askUser)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        *error = QStringLiteral("Cannot read the host key of %1: %2.").arg(m_hostName, sshError(m_session));
        return false;
    }
    char *base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (rc != SSH_OK || !base64) {
        *error = QStringLiteral("Cannot read the host key of %1: its type is not supported.").arg(m_hostName);
        return false;
    }
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);

    KnownHosts knownHosts;
    if (!knownHosts.load(m_settings.knownHostsFile, error))
        return false;
    const KnownHosts::Verdict verdict = knownHosts.check(m_settings.host, m_settings.port, blob);
    HostKeyInfo info;
    info.host = m_settings.host;
    info.port = m_settings.port;
    info.keyType = KnownHosts::keyTypeOf(blob);
    info.fingerprint = KnownHosts::fingerprint(blob);
    info.knownHostsFile = m_settings.knownHostsFile;
    info.knownHostsLine = verdict.line;
    info.oldKeyType = verdict.oldKeyType;
    info.oldFingerprint = verdict.oldFingerprint;
    const QByteArray hostField = KnownHosts::hostField(m_settings.host, m_settings.port);

    switch (verdict.status) {
    case KnownHosts::Status::Known:
        return true;
    case KnownHosts::Status::Revoked:
        *error = QStringLiteral("The host key of %1 (%2 %3) is marked @revoked in %4:%5; refusing to connect, "
                                "nothing was run.")
                     .arg(m_hostName, info.keyType, info.fingerprint, info.knownHostsFile)
                     .arg(verdict.line);
        return false;
    case KnownHosts::Status::Changed:
        *error = QStringLiteral("The host key of %1 (%2 port %3) has CHANGED: the server now presents %4 %5, but %6:%7 "
                                "holds %8 %9. Someone may be intercepting the connection, or the host was reinstalled; "
                                "nothing was run. If the new key is right, remove the old one with "
                                "`ssh-keygen -R '%10' -f %6` and connect again.")
                     .arg(m_hostName, m_settings.host)
                     .arg(m_settings.port)
                     .arg(info.keyType, info.fingerprint, info.knownHostsFile)
                     .arg(verdict.line)
                     .arg(info.oldKeyType, info.oldFingerprint, QString::fromUtf8(hostField));
        return false;
    case KnownHosts::Status::Unknown:
        break;
    }
    switch (m_settings.hostKeyPolicy) {
    case ConnectionSettings::HostKeyPolicy::Strict:
        *error = QStringLiteral("The host key of %1 is not known: the server presents %2 %3, which is not in %4. "
                                "Compare it with `ssh-keygen -lf` of the host's key on the host itself, then "
                                "accept it with --accept-new-host-keys (or add it to %4).")
                     .arg(m_hostName, info.keyType, info.fingerprint, info.knownHostsFile);
        return false;
    case ConnectionSettings::HostKeyPolicy::AcceptNew:
        return KnownHosts::append(m_settings.knownHostsFile, m_settings.host, m_settings.port, blob, error);
    case ConnectionSettings::HostKeyPolicy::Ask:
        m_pendingHostKey = blob;
        *askUser = true;
        Q_EMIT hostKeyQuestion(info);
        return true;
    }
    return false;
}

void SshConnection::answerHostKey(bool accept)
{
    if (m_pendingHostKey.isEmpty() || m_state != toInt(State::Connecting))
        return;
    const QByteArray blob = m_pendingHostKey;
    m_pendingHostKey.clear();
    if (!accept) {
        failConnecting(QStringLiteral("The host key of %1 (%2) was not accepted; nothing was run.")
                           .arg(m_hostName, KnownHosts::fingerprint(blob)));
        return;
    }
    QString error;
    if (!KnownHosts::append(m_settings.knownHostsFile, m_settings.host, m_settings.port, blob, &error)) {
        failConnecting(error);
        return;
    }
    finishConnecting();
}

bool SshConnection::authenticate(QString *error)
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR) {
        *error = QStringLiteral("Cannot log in to %1: %2.").arg(m_settings.displayName(), sshError(m_session));
        return false;
    }
    const int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (m_settings.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS)
                return true;
            tried << QStringLiteral("the keys in ssh-agent");
        }
        QStringList keyFiles;
        if (!m_settings.privateKeyFile.isEmpty()) {
            keyFiles << m_settings.privateKeyFile;
        } else {
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString path = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
                if (QFileInfo::exists(path))
                    keyFiles << path;
            }
        }
        for (const QString &path : std::as_const(keyFiles)) {
            if (!QFileInfo::exists(path)) {
                tried << QStringLiteral("the key file %1 (it does not exist)").arg(path);
                continue;
            }
            ssh_key key = nullptr;
            rc = ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr, passphraseCallback,
                                             &m_settings, &key);
            if (rc != SSH_OK) {
                tried << QStringLiteral("the key file %1 (cannot read it: not a private key, or the passphrase "
                                        "is wrong)")
                             .arg(path);
                continue;
            }
            rc = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
            if (rc == SSH_AUTH_SUCCESS)
                return true;
            if (rc == SSH_AUTH_ERROR) {
                *error = QStringLiteral("Cannot log in to %1: %2.").arg(m_settings.displayName(), sshError(m_session));
                return false;
            }
            tried << QStringLiteral("the key file %1").arg(path);
        }
    }
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && !m_settings.password.isEmpty()) {
        rc = ssh_userauth_password(m_session, nullptr, m_settings.password.toUtf8().constData());
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        tried << QStringLiteral("the password");
    }

    QStringList accepted;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        accepted << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        accepted << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        accepted << QStringLiteral("keyboard-interactive");
    *error = QStringLiteral("Cannot log in to %1: the server refused %2 (it accepts %3); check the user name, "
                            "the key (ansible_ssh_private_key_file) or the password.")
                 .arg(m_settings.displayName(),
                      tried.isEmpty() ? QStringLiteral("every method Antler could offer")
                                      : tried.join(QStringLiteral(", ")),
                      accepted.isEmpty() ? QStringLiteral("nothing") : accepted.join(QStringLiteral(", ")));
    return false;
}

void SshConnection::finishConnecting()
{
    QString error;
    if (!authenticate(&error)) {
        failConnecting(error);
        return;
    }
    ssh_set_blocking(m_session, 0);
    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK) {
        failConnecting(QStringLiteral("Cannot watch the SSH session to %1: %2.").arg(m_hostName, sshError(m_session)));
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
    setState(toInt(State::Ready));
    pump();
}

void SshConnection::failConnecting(const QString &error)
{
    m_lastError = error;
    teardownSession();
    failAll(CommandResult::Status::Unreachable, error);
    setState(toInt(State::Disconnected), error);
}

void SshConnection::startCommand(quint64 id, const CommandSpec &spec, const BuiltCommand &built)
{
    if (m_state == toInt(State::Lost))
        connectToHost(); // the next command reconnects
    if (m_state != toInt(State::Connecting) && m_state != toInt(State::Ready)) {
        CommandResult result;
        result.status = CommandResult::Status::Unreachable;
        result.errorText = m_lastError.isEmpty()
            ? QStringLiteral("Cannot run a command on %1: the connection is closed; open it again.").arg(m_hostName)
            : m_lastError;
        Q_EMIT commandFinished(id, result);
        return;
    }
    auto channel = std::make_unique<Channel>();
    channel->owner = this;
    channel->id = id;
    channel->spec = spec;
    channel->built = built;
    if (spec.timeoutMs > 0)
        channel->deadline = QDeadlineTimer(spec.timeoutMs);
    if (built.become)
        channel->become = std::make_unique<BecomeHandshake>(built, m_settings.becomePassword);
    if (!spec.stdinFile.isEmpty()) {
        channel->stdinFile = std::make_unique<QFile>(spec.stdinFile);
        if (!channel->stdinFile->open(QIODevice::ReadOnly)) {
            CommandResult result;
            result.status = CommandResult::Status::Failed;
            result.errorText = QStringLiteral("Cannot read %1 to send it to %2: %3.")
                                   .arg(spec.stdinFile, m_hostName, channel->stdinFile->errorString());
            Q_EMIT commandFinished(id, result);
            return;
        }
    }
    if (CommandBuilder::canShareShell(spec)) {
        channel->shellKey = shellKey(built);
        channel->wantsShell = !m_unusableShells.contains(channel->shellKey);
    }
    const bool wantsShell = channel->wantsShell;
    const QString key = channel->shellKey;
    m_channels.emplace(id, std::move(channel));
    if (wantsShell && !shellFor(key))
        startShell(key, spec);
    if (m_state == toInt(State::Ready))
        pump();
}

void SshConnection::cancelCommand(quint64 id)
{
    const auto it = m_channels.find(id);
    if (it == m_channels.end())
        return;
    it->second->cancelled = true;
    if (m_state == toInt(State::Ready))
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
            QStringLiteral("The command on %1 was cancelled: the connection was closed.").arg(m_hostName));
    teardownSession();
    m_pendingHostKey.clear();
    setState(toInt(State::Closed));
}

void SshConnection::shutdown()
{
    failAll(CommandResult::Status::Cancelled,
            QStringLiteral("The command on %1 was cancelled: the transport was shut down.").arg(m_hostName));
    teardownSession();
}

void SshConnection::onChannelData(Channel *channel, const char *data, quint32 length, bool isStderr)
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
        channel->passwordLine = become.password() + '\n';
        break;
    case BecomeHandshake::Action::Failed:
        channel->becomeFailed = true;
        break;
    case BecomeHandshake::Action::None:
        break;
    }
    if (!wasDone && become.isDone())
        channel->outPending += become.takeHeldStdout();
    channel->errPending += passOn;
}

QString SshConnection::commandError(const Channel &channel, const QString &what) const
{
    const QString description
        = channel.spec.description.isEmpty() ? QStringLiteral("command") : channel.spec.description;
    return QStringLiteral("The %1 on %2 %3").arg(description, m_hostName, what);
}

CommandResult SshConnection::timedOut(const Channel &channel) const
{
    CommandResult result;
    result.status = CommandResult::Status::TimedOut;
    result.errorText = commandError(channel,
                                    QStringLiteral("did not finish within %1 ms and was stopped; "
                                                   "raise its timeout or check why it hangs.")
                                        .arg(channel.spec.timeoutMs));
    return result;
}

int SshConnection::runningChannels() const
{
    int count = 0;
    for (const auto &[id, channel] : m_channels) {
        if (channel->phase != Channel::Phase::Queued && !channel->inShell)
            ++count;
    }
    return count;
}

void SshConnection::pump()
{
    if (!m_session || !m_event || m_pumping || m_state != toInt(State::Ready))
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
            if (channel->phase == Channel::Phase::Queued) {
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
    m_pumping = false;
    schedule();
}

void SshConnection::schedule()
{
    if (!m_pollTimer)
        return;
    int wait = -1;
    for (const auto &[id, channel] : m_channels) {
        int mine = 200; // a safety net; the socket notifier does the real work
        const bool uploading = channel->phase == Channel::Phase::Running && !channel->stdinDone
            && (!channel->shell || !channel->shellInput.isEmpty() || !channel->passwordLine.isEmpty())
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

bool SshConnection::advance(Channel &channel)
{
    if (channel.done)
        return false;
    if (channel.inShell) {
        if (!channel.cancelled && !channel.deadline.hasExpired())
            return false; // the shell's output finishes it (serviceShell)
        // The shell is in the middle of this command: end both; the next
        // command that wants a shell starts a new one.
        const CommandResult result
            = channel.cancelled ? CommandResult {CommandResult::Status::Cancelled} : timedOut(channel);
        finishChannel(channel, result, false);
        if (Channel *shell = shellFor(channel.shellKey))
            finishChannel(*shell, CommandResult {CommandResult::Status::Cancelled}, true);
        return true;
    }
    if (channel.wantsShell && channel.phase == Channel::Phase::Queued && !channel.cancelled) {
        if (runInShell(channel))
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
    case Channel::Phase::Queued: {
        channel.channel = ssh_channel_new(m_session);
        if (!channel.channel) {
            CommandResult result;
            result.errorText = commandError(channel, QStringLiteral("could not start: %1.").arg(sshError(m_session)));
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
        channel.phase = Channel::Phase::Opening;
        progress = true;
        [[fallthrough]];
    }
    case Channel::Phase::Opening: {
        const int rc = ssh_channel_open_session(channel.channel);
        if (rc == SSH_AGAIN)
            return progress;
        if (rc != SSH_OK) {
            CommandResult result;
            result.errorText = commandError(channel,
                                            QStringLiteral("could not start: the server refused a new "
                                                           "channel (%1).")
                                                .arg(sshError(m_session)));
            finishChannel(channel, result, false);
            return true;
        }
        channel.phase = Channel::Phase::Exec;
        progress = true;
        [[fallthrough]];
    }
    case Channel::Phase::Exec: {
        const int rc = ssh_channel_request_exec(channel.channel, channel.built.commandLine.constData());
        if (rc == SSH_AGAIN)
            return progress;
        if (rc != SSH_OK) {
            CommandResult result;
            result.errorText = commandError(channel,
                                            QStringLiteral("could not start: the server refused to "
                                                           "run it (%1).")
                                                .arg(sshError(m_session)));
            finishChannel(channel, result, true);
            return true;
        }
        channel.phase = Channel::Phase::Running;
        progress = true;
        [[fallthrough]];
    }
    case Channel::Phase::Running:
        break;
    }

    if (channel.becomeFailed) {
        CommandResult result;
        result.status = CommandResult::Status::Failed;
        result.errorText = channel.become->failure(m_hostName);
        finishChannel(channel, result, true);
        return true;
    }
    if (writeStdin(channel))
        progress = true;
    if (channel.shell && serviceShell(channel))
        progress = true;
    if (channel.remoteClosed) {
        CommandResult result;
        if (channel.become && !channel.become->isDone()) {
            result.status = CommandResult::Status::Failed;
            result.errorText = channel.become->failure(m_hostName);
        } else if (channel.exitStatusSeen) {
            result.status = CommandResult::Status::Finished;
            result.exitCode = channel.exitStatus;
        } else if (!channel.exitSignal.isEmpty()) {
            result.status = CommandResult::Status::Finished;
            result.exitSignal = channel.exitSignal;
        } else {
            result.status = CommandResult::Status::Failed;
            result.errorText = commandError(channel,
                                            QStringLiteral("ended without an exit status; the SSH "
                                                           "server may have stopped it."));
        }
        finishChannel(channel, result, false);
        return true;
    }
    return progress;
}

bool SshConnection::writeStdin(Channel &channel)
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
        return writeShellInput(channel) || progress;

    for (;;) {
        const uint32_t window = ssh_channel_window_size(channel.channel);
        if (window == 0)
            return progress;
        const char *data = nullptr;
        qsizetype available = 0;
        if (channel.stdinFile) {
            if (channel.stdinOffset >= channel.fileBuffer.size()) {
                channel.fileBuffer = channel.stdinFile->read(stdinChunk);
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
        const uint32_t size = uint32_t(qMin<qsizetype>(qMin<qsizetype>(available, window), stdinChunk));
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

void SshConnection::flushOutput(Channel &channel)
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
    if (channel.outPending.isEmpty() && channel.errPending.isEmpty())
        return;
    QByteArray out;
    QByteArray err;
    out.swap(channel.outPending);
    err.swap(channel.errPending);
    Q_EMIT output(channel.id, out, err);
}

void SshConnection::finishChannel(Channel &channel, CommandResult result, bool closeRemote)
{
    if (channel.done)
        return;
    channel.done = true;
    if (result.status == CommandResult::Status::Cancelled && result.errorText.isEmpty())
        result.errorText = commandError(channel, QStringLiteral("was cancelled."));
    flushOutput(channel);
    if (channel.channel) {
        ssh_remove_channel_callbacks(channel.channel, &channel.callbacks);
        // A channel still opening has no remote number yet: closing it would
        // address someone else's channel.
        const bool open = channel.phase == Channel::Phase::Exec || channel.phase == Channel::Phase::Running;
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
    if (channel.shell)
        releaseShell(channel, result);
    if (!channel.internal)
        Q_EMIT commandFinished(channel.id, result);
}

QString SshConnection::shellKey(const BuiltCommand &built)
{
    return built.become ? QStringLiteral("become:") + built.becomeUser : QString();
}

SshConnection::Channel *SshConnection::shellFor(const QString &key)
{
    const auto it = m_shells.find(key);
    if (it == m_shells.end())
        return nullptr;
    const auto channel = m_channels.find(it->second);
    if (channel == m_channels.end() || channel->second->done)
        return nullptr;
    return channel->second.get();
}

void SshConnection::startShell(const QString &key, const CommandSpec &like)
{
    if (m_shellsStarted >= maxShellStarts) {
        m_unusableShells.append(key);
        return;
    }
    CommandSpec spec;
    spec.argv = {"exec", "/bin/sh"};
    spec.become = like.become;
    spec.becomeUser = like.becomeUser;
    spec.description = QStringLiteral("shared shell");
    BuiltCommand built;
    QString error;
    if (!CommandBuilder::build(spec, m_settings, &built, &error, true)) {
        m_unusableShells.append(key);
        return;
    }
    quint64 token[2];
    QRandomGenerator::system()->fillRange(token, 2);
    auto shell = std::make_unique<Channel>();
    shell->owner = this;
    shell->internal = true;
    shell->shell = true;
    shell->shellKey = key;
    shell->id = m_nextInternalId--;
    shell->spec = spec;
    shell->built = built;
    shell->shellEnd = "ANTLER-END-" + QByteArray::number(token[0], 16) + QByteArray::number(token[1], 16);
    if (built.become)
        shell->become = std::make_unique<BecomeHandshake>(built, m_settings.becomePassword);
    ++m_shellsStarted;
    m_shells[key] = shell->id;
    m_channels.emplace(shell->id, std::move(shell));
}

bool SshConnection::runInShell(Channel &command)
{
    Channel *shell = shellFor(command.shellKey);
    if (!shell) {
        if (m_unusableShells.contains(command.shellKey) || m_shellsStarted >= maxShellStarts) {
            command.wantsShell = false;
            return false;
        }
        startShell(command.shellKey, command.spec);
        shell = shellFor(command.shellKey);
        if (!shell) {
            command.wantsShell = false;
            return false;
        }
    }
    if (shell->shellCurrent != 0) {
        // Busy: a command of its own runs beside it, unless the shell has
        // not answered yet (the commands after the first wait for it).
        if (shell->shellAnswered)
            command.wantsShell = false;
        return false;
    }
    const QByteArray input = CommandBuilder::sharedShellInput(command.spec, shell->shellEnd);
    if (input.isEmpty()) {
        command.wantsShell = false;
        return false;
    }
    shell->shellInput += input;
    shell->shellCurrent = command.id;
    command.inShell = true;
    command.stdinDone = true;
    command.phase = Channel::Phase::Running;
    return true;
}

bool SshConnection::writeShellInput(Channel &shell)
{
    bool progress = false;
    while (!shell.shellInput.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(shell.channel);
        if (window == 0)
            break;
        const uint32_t size = uint32_t(qMin<qsizetype>(qMin<qsizetype>(shell.shellInput.size(), window), stdinChunk));
        const int written = ssh_channel_write(shell.channel, shell.shellInput.constData(), size);
        if (written <= 0)
            break;
        shell.shellInput.remove(0, written);
        progress = true;
    }
    return progress;
}

bool SshConnection::serviceShell(Channel &shell)
{
    if (shell.shellCurrent == 0)
        return false;
    const QByteArray outEnd = '\n' + shell.shellEnd + ' ';
    const QByteArray errEnd = '\n' + shell.shellEnd + '\n';
    const qsizetype outAt
        = shell.outPending.indexOf(outEnd, qMax<qsizetype>(0, shell.shellOutSearched - outEnd.size()));
    const qsizetype outLineEnd = outAt < 0 ? -1 : shell.outPending.indexOf('\n', outAt + outEnd.size());
    const qsizetype errAt
        = shell.errPending.indexOf(errEnd, qMax<qsizetype>(0, shell.shellErrSearched - errEnd.size()));
    if (outLineEnd < 0 || errAt < 0) {
        // Search again from where a marker could still begin.
        shell.shellOutSearched = outAt >= 0 ? outAt : shell.outPending.size();
        shell.shellErrSearched = errAt >= 0 ? errAt : shell.errPending.size();
        return false;
    }
    shell.shellOutSearched = 0;
    shell.shellErrSearched = 0;
    CommandResult result;
    result.status = CommandResult::Status::Finished;
    result.exitCode = shell.outPending.mid(outAt + outEnd.size(), outLineEnd - outAt - outEnd.size()).toInt();
    const auto it = m_channels.find(shell.shellCurrent);
    shell.shellCurrent = 0;
    shell.shellAnswered = true;
    if (it != m_channels.end() && !it->second->done) {
        Channel &command = *it->second;
        command.outPending = shell.outPending.left(outAt);
        command.errPending = shell.errPending.left(errAt);
        finishChannel(command, result, false);
    }
    shell.outPending.remove(0, outLineEnd + 1);
    shell.errPending.remove(0, errAt + errEnd.size());
    return true;
}

void SshConnection::releaseShell(Channel &shell, const CommandResult &result)
{
    const auto mine = m_shells.find(shell.shellKey);
    if (mine != m_shells.end() && mine->second == shell.id)
        m_shells.erase(mine);
    const quint64 current = shell.shellCurrent;
    shell.shellCurrent = 0;
    const auto it = m_channels.find(current);
    if (current == 0 || it == m_channels.end() || it->second->done) {
        const bool stopped = result.status == CommandResult::Status::Cancelled;
        if (!shell.shellAnswered && !stopped && !m_unusableShells.contains(shell.shellKey))
            m_unusableShells.append(shell.shellKey);
        return;
    }
    Channel &command = *it->second;
    if (!shell.shellAnswered) {
        // The shell never ran a command (refused, a forced command, a failed
        // sudo): this one did not start either; it runs on a channel of its
        // own, and so do the ones after it.
        if (!m_unusableShells.contains(shell.shellKey))
            m_unusableShells.append(shell.shellKey);
        command.inShell = false;
        command.wantsShell = false;
        command.stdinDone = false;
        command.phase = Channel::Phase::Queued;
        return;
    }
    CommandResult failed;
    failed.status = CommandResult::Status::Failed;
    QString why = result.errorText;
    if (why.isEmpty())
        why = result.exitSignal.isEmpty() ? QStringLiteral("exit code %1").arg(result.exitCode)
                                          : QStringLiteral("signal %1").arg(result.exitSignal);
    failed.errorText = commandError(command,
                                    QStringLiteral("stopped with the shell that ran it (%1); it may or may "
                                                   "not have completed. Run it again.")
                                        .arg(why));
    finishChannel(command, failed, false);
}

void SshConnection::startKiller(qint64 pid)
{
    auto killer = std::make_unique<Channel>();
    killer->owner = this;
    killer->internal = true;
    killer->id = m_nextInternalId--;
    killer->spec.description = QStringLiteral("stop of process group %1").arg(pid);
    killer->built.commandLine = "kill -TERM -- -" + QByteArray::number(pid) + " 2>/dev/null; true";
    killer->deadline = QDeadlineTimer(30000);
    m_channels.emplace(killer->id, std::move(killer));
}

void SshConnection::failAll(CommandResult::Status status, const QString &error)
{
    for (auto &[id, channel] : m_channels) {
        CommandResult result;
        result.status = status;
        result.errorText = error;
        finishChannel(*channel, result, status == CommandResult::Status::Cancelled);
    }
    m_channels.clear();
    m_shells.clear();
}

void SshConnection::connectionLost(const QString &reason)
{
    const QString error = QStringLiteral("The connection to %1 was lost (%2); commands that were running may or "
                                         "may not have completed. Check the host and run them again.")
                              .arg(m_hostName, reason);
    m_lastError = error;
    // The session is dead: close nothing remotely, just let go.
    for (auto &[id, channel] : m_channels)
        channel->remoteClosed = true;
    failAll(CommandResult::Status::ConnectionLost, error);
    teardownSession();
    setState(toInt(State::Lost), error);
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
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

} // namespace antler::transport
