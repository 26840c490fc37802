#pragma once

#include "transport/Transport.h"

#include <QHash>
#include <QPointer>
#include <QThread>

namespace antler::transport {

class SshConnection;

// A Transport over SSH (libssh). One authenticated session per host, reused
// for every command, each command on a channel of its own; several run at
// once. All libssh work happens on a worker thread owned by the transport,
// so no call here ever blocks the caller. Host keys are checked against
// ConnectionSettings::knownHostsFile before logging in: a changed key stops
// the connection before anything runs. A lost session (host rebooted, sshd
// killed) ends running commands with ConnectionLost and moves to Lost; the
// next open() or command reconnects.
class SshTransport : public Transport
{
    Q_OBJECT
public:
    explicit SshTransport(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~SshTransport() override;

    void open() override;
    void close() override;
    CommandJob *run(const CommandSpec &spec) override;
    void prepare(const CommandSpec &spec) override;
    void answerHostKey(bool accept) override;

private:
    void onStateChanged(antler::transport::Transport::State state, const QString &error);
    void onOutput(quint64 id, const QByteArray &stdoutData, const QByteArray &stderrData, bool stdoutBreakHeld,
                  bool stderrBreakHeld);
    void onFinished(quint64 id, const antler::transport::CommandResult &result);

    QThread m_thread;
    SshConnection *m_connection = nullptr;
    QHash<quint64, QPointer<CommandJob>> m_jobs;
    quint64 m_nextId = 1;
};

} // namespace antler::transport
