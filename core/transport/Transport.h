#pragma once

#include "transport/CommandJob.h"
#include "transport/CommandSpec.h"
#include "transport/ConnectionSettings.h"
#include "transport/FileJob.h"
#include "transport/FileSpec.h"
#include "transport/HostKeyInfo.h"

#include <QObject>

namespace antler::transport {

// The way Antler reaches a host: run commands, move files. Implemented by
// SshTransport (libssh) and LocalTransport (QProcess).
//
// Everything is asynchronous and nothing blocks the calling thread; signals
// and job results are delivered on the thread that owns the transport.
// run()/putFile()/getFile()/stat() may be called in any state: when the
// transport is not Ready they open it first (reconnecting after Lost), and
// the jobs end with Status::Unreachable if that fails. Several jobs may run
// at once.
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected, // not opened yet
        Connecting, // connecting, checking the host key, logging in
        Ready, // commands run
        Lost, // the connection broke; open() (or the next job) reconnects
        Closed, // close() was called; open() opens again
    };
    Q_ENUM(State)

    explicit Transport(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Transport() override;

    State state() const { return m_state; }
    const ConnectionSettings &settings() const { return m_settings; }
    // The inventory name, or the host name when none was set; used in messages.
    QString hostName() const;
    void setHostName(const QString &name) { m_hostName = name; }
    // The last connection error: one sentence (what, which host, what to do).
    QString lastError() const { return m_lastError; }

    // Connects and logs in; opened() or failed() follows. Does nothing when
    // Connecting or Ready.
    virtual void open() = 0;
    // Ends every job with Status::Cancelled and disconnects.
    virtual void close() = 0;

    virtual CommandJob *run(const CommandSpec &spec) = 0;
    // A command like spec will probably run soon: start now, beside whatever
    // runs, what it would otherwise wait for (the shared shell it would run
    // in), so that it is ready by then. Nothing runs and nothing is reported;
    // opens the transport when it is not open. Does nothing by default.
    virtual void prepare(const CommandSpec &spec);

    // Built on run(): the content streams over the command's standard input
    // into a temporary file beside the target, which is then renamed, so
    // nobody ever sees a partial file.
    virtual FileJob *putFile(const FileSpec &spec);
    // `cat` of the file, streamed back.
    virtual FileJob *getFile(const FileSpec &spec);
    // exists, type, size, mode, owner and group of remotePath (not following a symlink).
    virtual FileJob *stat(const FileSpec &spec);

    // The answer to unknownHostKey() (HostKeyPolicy::Ask): true trusts the
    // key (and appends it to known_hosts), false refuses the connection.
    virtual void answerHostKey(bool accept);

Q_SIGNALS:
    void stateChanged(antler::transport::Transport::State state);
    // HostKeyPolicy::Ask and the server's key is not in known_hosts.
    void unknownHostKey(const antler::transport::HostKeyInfo &info);
    // The server's key differs from the one known_hosts holds (info.kind is
    // Changed): the connection was refused whatever the policy, and failed()
    // follows. Lets a window explain the refusal with both fingerprints.
    void hostKeyChanged(const antler::transport::HostKeyInfo &info);
    void opened();
    void failed(const QString &error);

protected:
    void setState(State state);
    void setLastError(const QString &error) { m_lastError = error; }

private:
    ConnectionSettings m_settings;
    QString m_hostName;
    QString m_lastError;
    State m_state = State::Disconnected;
};

} // namespace antler::transport
