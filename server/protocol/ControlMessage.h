#pragma once

#include <QByteArray>

namespace moosefacts {

// One message of the moosefacts --control protocol (see ControlSocket): a
// line of text, with at most one file descriptor attached (SCM_RIGHTS).
// Both ends use this definition, the server (ControlSocket) and the
// deployer (antler's pipeline/SocketHandover), so the words and the framing
// cannot drift apart. Plain POSIX calls on a connected Unix socket; the
// caller sets any timeouts on the socket.
struct ControlMessage
{
    // The requests.
    static constexpr const char *Port = "port"; // answer: the port number
    static constexpr const char *Take = "take"; // answer: Ok with the listening socket attached
    static constexpr const char *Adopt = "adopt"; // with a listening socket attached; answer: Ok
    // The answers besides a port number.
    static constexpr const char *Ok = "ok";
    static constexpr const char *ErrorPrefix = "error: ";
    // The longest line either end sends.
    static constexpr int MaxLine = 500;

    QByteArray line; // without the final newline
    int descriptor = -1; // attached: sent as is, received close-on-exec (the receiver owns it)

    static ControlMessage error(const QByteArray &why) { return {ErrorPrefix + why, -1}; }
    bool isError() const { return line.startsWith(ErrorPrefix); }
    // The reason of an error answer.
    QByteArray errorText() const { return isError() ? line.mid(qsizetype(qstrlen(ErrorPrefix))) : QByteArray(); }

    // Writes line + '\n' with descriptor attached when >= 0; false with errno set.
    bool send(int socket) const;
    // Reads one message (up to MaxLine bytes); false with errno set, or with
    // errno 0 when the peer closed the connection.
    static bool receive(int socket, ControlMessage *message);
};

} // namespace moosefacts
