#include "ControlSocket.h"

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

namespace {

void sendLine(int connection, const QByteArray &line, int descriptor = -1)
{
    msghdr message {};
    iovec part {const_cast<char *>(line.constData()), size_t(line.size())};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    if (descriptor >= 0) {
        message.msg_control = control;
        message.msg_controllen = sizeof(control);
        cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(header), &descriptor, sizeof(int));
    }
    [[maybe_unused]] const ssize_t sent = ::sendmsg(connection, &message, MSG_NOSIGNAL);
}

} // namespace

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
        *error
            = QStringLiteral("cannot create the control socket: %1.").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::unlink(encoded.constData());
    // Only the owner may take the stage's socket away.
    const mode_t previous = ::umask(0077);
    const int bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
    ::umask(previous);
    if (bound != 0 || ::listen(m_fd, 8) != 0) {
        *error
            = QStringLiteral("cannot listen on the control socket '%1': %2; check the folder exists and is writable.")
                  .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
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
    char buffer[64] = {};
    msghdr message {};
    iovec part {buffer, sizeof(buffer) - 1};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    message.msg_control = control;
    message.msg_controllen = sizeof(control);
    const ssize_t got = ::recvmsg(connection, &message, MSG_CMSG_CLOEXEC);
    if (got <= 0)
        return;
    int received = -1;
    for (cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS)
            std::memcpy(&received, CMSG_DATA(header), sizeof(int));
    }
    const QByteArray request = QByteArray(buffer, int(got)).trimmed();
    if (request == "port") {
        sendLine(connection, QByteArray::number(m_server->port()) + '\n');
    } else if (request == "take") {
        const qintptr shared = m_server->sharedDescriptor();
        if (shared < 0 || m_server->isDraining())
            sendLine(connection, "error: no listening socket to hand over\n");
        else
            sendLine(connection, "ok\n", int(shared));
    } else if (request == "adopt") {
        QString error;
        if (received < 0) {
            sendLine(connection, "error: no socket attached\n");
        } else if (!m_server->adoptListener(received, &error)) {
            ::close(received);
            sendLine(connection, "error: " + error.toUtf8() + '\n');
        } else {
            received = -1; // the server owns it now
            sendLine(connection, "ok\n");
        }
    } else {
        sendLine(connection, "error: unknown request; use port, take or adopt\n");
    }
    if (received >= 0)
        ::close(received);
}

} // namespace moosefacts
