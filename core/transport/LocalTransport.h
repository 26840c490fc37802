#pragma once

#include "transport/Transport.h"

#include <QList>

namespace antler::transport {

// A Transport for this machine (ansible_connection=local, the Local
// profile): each command is a /bin/sh process started with QProcess, built
// by the same CommandBuilder as over SSH, become through the same sudo
// handshake. Commands run in a process group of their own, so a timeout or
// cancel stops everything the command started. Always Ready once opened.
class LocalTransport : public Transport
{
    Q_OBJECT
public:
    explicit LocalTransport(const ConnectionSettings &settings = localSettings(), QObject *parent = nullptr);
    ~LocalTransport() override;

    void open() override;
    void close() override;
    CommandJob *run(const CommandSpec &spec) override;

    // host "localhost", the rest default.
    static ConnectionSettings localSettings();

private:
    struct Command;
    void start(Command *command);
    void readStdout(Command *command);
    void readStderr(Command *command);
    void writeStdin(Command *command);
    void stop(Command *command, CommandResult::Status status, const QString &error);
    void finish(Command *command, CommandResult result);

    QList<Command *> m_commands;
};

} // namespace antler::transport
