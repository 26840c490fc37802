#pragma once

#include <QCoreApplication>
#include <QString>

namespace antler::pipeline {

// The deployer's side of moosefacts --control (server/ControlSocket.h): asks
// a running moosefacts for its port, takes its listening socket, or gives
// one to it. The peer is a process on this machine answering a one-line
// request at once; every call waits at most timeoutMs.
class SocketHandover
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::SocketHandover)

public:
    static constexpr int DefaultTimeoutMs = 2000;

    // The port of the process's own listener; 0 with *error.
    static quint16 port(const QString &controlPath, QString *error, int timeoutMs = DefaultTimeoutMs);
    // A duplicate of the process's shared listening socket (close it when
    // done); -1 with *error.
    static int take(const QString &controlPath, QString *error, int timeoutMs = DefaultTimeoutMs);
    // Hands descriptor to the process, which accepts on it from then on.
    static bool adopt(const QString &controlPath, int descriptor, QString *error, int timeoutMs = DefaultTimeoutMs);
    // A new listening TCP socket on host:port (SO_REUSEADDR, backlog 1024,
    // close-on-exec); -1 with *error.
    static int listen(const QString &host, quint16 port, QString *error);
};

} // namespace antler::pipeline
