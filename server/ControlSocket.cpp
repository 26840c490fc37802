#include "ControlSocket.h"

#include "ControlMessage.h"
#include "HttpLog.h"
#include "MooseServer.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace moosefacts {

ControlSocket::ControlSocket(MooseServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
}

ControlSocket::~ControlSocket()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        QFile::remove(m_path);
    }
}

bool ControlSocket::listen(const QString &path, QString *error)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address {};
    if (size_t(encoded.size()) >= sizeof(address.sun_path)) {
        *error = QStringLiteral("--control path '%1' is too long for a Unix socket; use a shorter one.").arg(path);
        return false;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_fd < 0) {
        *error = QStringLiteral("cannot create the control socket: %1.").arg(qt_error_string(errno));
        return false;
    }
    ::unlink(encoded.constData());
    // Only the owner may take the stage's socket away.
    // A socket file gets 0777 less the umask: 0177 leaves 0600 (0077 would
    // leave an executable bit, harmless but not what the modes promise).
    const mode_t previous = ::umask(0177);
    const int bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    ::umask(previous);
    if (bound != 0 || ::listen(m_fd, 8) != 0) {
        *error
            = QStringLiteral("cannot listen on the control socket '%1': %2; check the folder exists and is writable.")
                  .arg(path, qt_error_string(errno));
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_path = path;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ControlSocket::onActivated);
    return true;
}

void ControlSocket::onActivated()
{
    for (;;) {
        const int connection = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            return;
        serve(connection);
        ::close(connection);
    }
}

void ControlSocket::serve(int connection)
{
    // The peer is a deployer on this machine sending one short line at once;
    // a bounded wait keeps a stuck peer from stalling the server for long.
    timeval timeout {1, 0};
    ::setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    ControlMessage request;
    if (!ControlMessage::receive(connection, &request))
        return;
    // The socket file is 0600 in a 0700 folder; should either be loosened,
    // another local user still cannot take the stage's socket or hand it one.
    ucred peer {};
    socklen_t length = sizeof peer;
    if (::getsockopt(connection, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0 || peer.uid != ::geteuid()) {
        qCDebug(lcHttp) << "control request refused: peer uid" << peer.uid << "is not the owner";
        // Closed before the answer: once answered, the peer may rely on this
        // server holding nothing of its own (a socket it offered).
        if (request.descriptor >= 0)
            ::close(request.descriptor);
        ControlMessage::error("refused: this control socket answers only its owner").send(connection);
        return;
    }
    int received = request.descriptor;
    ControlMessage answer;
    if (request.line == ControlMessage::Port) {
        answer.line = QByteArray::number(m_server->port());
    } else if (request.line == ControlMessage::Take) {
        const qintptr shared = m_server->sharedDescriptor();
        if (shared < 0 || m_server->isDraining()) {
            answer = ControlMessage::error("no listening socket to hand over");
        } else {
            answer.line = ControlMessage::Ok;
            answer.descriptor = int(shared);
        }
    } else if (request.line == ControlMessage::Adopt) {
        QString error;
        if (received < 0) {
            answer = ControlMessage::error("no socket attached");
        } else if (!m_server->adoptListener(received, &error)) {
            answer = ControlMessage::error(error.toUtf8());
        } else {
            received = -1; // the server owns it now
            answer.line = ControlMessage::Ok;
        }
    } else {
        answer = ControlMessage::error("unknown request; use port, take or adopt");
    }
    if (request.line != ControlMessage::Port) // a deployer polls for the port while the server starts
        qCDebug(lcHttp) << "control request" << request.line << "answered" << answer.line;
    if (received >= 0)
        ::close(received);
    answer.send(connection);
}

} // namespace moosefacts
