#pragma once

#include "transport/CommandBuilder.h"
#include "transport/CommandResult.h"
#include "transport/CommandSpec.h"
#include "transport/ConnectionSettings.h"
#include "transport/HostKeyInfo.h"
#include "transport/SharedShellPool.h"
#include "transport/SshChannel.h"
#include "transport/SshLogin.h"
#include "transport/Transport.h"

#include <QObject>

class QSocketNotifier;
class QTimer;

struct ssh_session_struct;
struct ssh_event_struct;

namespace antler::transport {

// The libssh half of SshTransport; an implementation detail. It lives on
// the transport's worker thread and every libssh call happens there, since
// a libssh session must only be used from one thread. It keeps one
// authenticated session (SshLogin logs it in) and runs each command on a
// channel of its own or in a shared shell (SharedShellPool); channels are
// read without blocking, woken by a QSocketNotifier on the session's socket
// (and a short timer while uploads wait for the socket). It talks to
// SshTransport only through queued signals and method calls.
class SshConnection : public QObject
{
    Q_OBJECT
public:
    SshConnection(const ConnectionSettings &settings, const QString &hostName);
    ~SshConnection() override;

    // All of these run on the worker thread.
    void connectToHost();
    void answerHostKey(bool accept);
    void startCommand(quint64 id, const antler::transport::CommandSpec &spec,
                      const antler::transport::BuiltCommand &built);
    void cancelCommand(quint64 id);
    // Starts the shared shell a command like spec would run in (Transport::prepare).
    void prepareShell(const antler::transport::CommandSpec &spec, const antler::transport::BuiltCommand &built);
    void disconnectFromHost();
    void shutdown();
    // Safe from any thread: ends a wait for a secret (close, destruction).
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancelled; }

    // Called by libssh callbacks; public only for them.
    void onChannelData(SshChannel *channel, const char *data, quint32 length, bool isStderr);

Q_SIGNALS:
    // error is set when connecting failed or the connection was lost.
    void stateChanged(antler::transport::Transport::State state, const QString &error);
    void hostKeyQuestion(const antler::transport::HostKeyInfo &info);
    // Before stateChanged(Lost…) when the login was refused for a changed key.
    void hostKeyChanged(const antler::transport::HostKeyInfo &info);
    // breakHeld: see CommandJob::deliverStdout.
    void output(quint64 id, const QByteArray &stdoutData, const QByteArray &stderrData, bool stdoutBreakHeld,
                bool stderrBreakHeld);
    void commandFinished(quint64 id, const antler::transport::CommandResult &result);

private:
    void loginStep(SshLogin::Outcome outcome);
    void finishConnecting();
    void failConnecting(const QString &error);
    void setState(Transport::State state, const QString &error = {});

    void pump();
    bool advance(SshChannel &channel);
    bool writeStdin(SshChannel &channel);
    void flushOutput(SshChannel &channel);
    void finishChannel(SshChannel &channel, CommandResult result, bool closeRemote);
    void failAll(CommandResult::Status status, const QString &error);
    void startKiller(qint64 pid, const SshChannel *asBecomeOf = nullptr);
    void connectionLost(const QString &reason);
    void teardownSession();
    void schedule();
    void acknowledgeAtOnce();
    int runningChannels() const;
    CommandResult timedOut(const SshChannel &channel) const;

    ConnectionSettings m_settings;
    QString m_hostName;
    ssh_session_struct *m_session = nullptr;
    ssh_event_struct *m_event = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_keepAliveTimer = nullptr;
    SshChannels m_channels;
    Transport::State m_state = Transport::State::Disconnected;
    QString m_lastError;
    quint64 m_nextInternalId = ~quint64(0); // counts down; the transport's ids count up
    SshLogin m_login;
    // Set by SshTransport (any thread) when nobody waits any more: a secret
    // asked for on this thread gives up.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    bool m_becomePasswordAsked = false;
    bool m_becomePasswordRefused = false;
    SharedShellPool m_shells;
    bool m_progress = false;
    bool m_pumping = false;
};

} // namespace antler::transport
