#pragma once

#include "transport/CommandBuilder.h"
#include "transport/CommandResult.h"
#include "transport/CommandSpec.h"
#include "transport/ConnectionSettings.h"
#include "transport/HostKeyInfo.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QSocketNotifier;
class QTimer;

struct ssh_session_struct;
struct ssh_event_struct;

namespace antler::transport {

// The libssh half of SshTransport; an implementation detail. It lives on
// the transport's worker thread and every libssh call happens there, since
// a libssh session must only be used from one thread. It keeps one
// authenticated session and runs each command on a channel of its own;
// channels are read without blocking, woken by a QSocketNotifier on the
// session's socket (and a short timer while uploads wait for the socket).
// It talks to SshTransport only through queued signals and method calls.
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
    void disconnectFromHost();
    void shutdown();

    struct Channel;
    // Called by libssh callbacks; public only for them.
    void onChannelData(Channel *channel, const char *data, quint32 length, bool isStderr);

Q_SIGNALS:
    // state is a Transport::State; error is set when connecting failed.
    void stateChanged(int state, const QString &error);
    void hostKeyQuestion(const antler::transport::HostKeyInfo &info);
    void output(quint64 id, const QByteArray &stdoutData, const QByteArray &stderrData);
    void commandFinished(quint64 id, const antler::transport::CommandResult &result);

private:
    bool checkHostKey(QString *error, bool *askUser);
    bool authenticate(QString *error);
    void finishConnecting();
    void failConnecting(const QString &error);
    void setState(int state, const QString &error = {});

    void pump();
    bool advance(Channel &channel);
    bool writeStdin(Channel &channel);
    void flushOutput(Channel &channel);
    void finishChannel(Channel &channel, CommandResult result, bool closeRemote);
    void failAll(CommandResult::Status status, const QString &error);
    void startKiller(qint64 pid);
    void connectionLost(const QString &reason);
    void teardownSession();
    void schedule();
    int runningChannels() const;
    QString commandError(const Channel &channel, const QString &what) const;
    CommandResult timedOut(const Channel &channel) const;

    // The shared shells (CommandSpec::shareShell): one `sh` per become user,
    // kept open on a channel and fed one command at a time.
    static QString shellKey(const BuiltCommand &built);
    Channel *shellFor(const QString &key);
    void startShell(const QString &key, const CommandSpec &like);
    bool runInShell(Channel &command);
    bool serviceShell(Channel &shell);
    bool writeShellInput(Channel &shell);
    void releaseShell(Channel &shell, const CommandResult &result);

    ConnectionSettings m_settings;
    QString m_hostName;
    ssh_session_struct *m_session = nullptr;
    ssh_event_struct *m_event = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_keepAliveTimer = nullptr;
    std::map<quint64, std::unique_ptr<Channel>> m_channels;
    QByteArray m_pendingHostKey; // Ask: the key waiting for an answer
    int m_state = 0;
    QString m_lastError;
    quint64 m_nextInternalId = ~quint64(0); // counts down; the transport's ids count up
    std::map<QString, quint64> m_shells; // shell key → its channel id
    QStringList m_unusableShells; // keys whose shell could not start: their commands use channels
    int m_shellsStarted = 0;
    bool m_progress = false;
    bool m_pumping = false;
};

} // namespace antler::transport
