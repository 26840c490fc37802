#include "pipeline/SocketHandover.h"

#include "ControlMessage.h"

#include <QFile>
#include <QHostAddress>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace antler::pipeline {

namespace {

QString systemError()
{
    return qt_error_string(errno);
}

// Sends one request line (with descriptor attached when >= 0) and reads the
// answer line and any descriptor that comes with it.
bool exchange(const QString &controlPath, const QByteArray &request, int descriptor, int timeoutMs, QByteArray *answer,
              int *received, QString *error)
{
    const QByteArray encoded = QFile::encodeName(controlPath);
    sockaddr_un address {};
    if (size_t(encoded.size()) >= sizeof(address.sun_path)) {
        *error = SocketHandover::tr("%1: the control socket path is too long.").arg(controlPath);
        return false;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = SocketHandover::tr("cannot create a Unix socket (%1).").arg(systemError());
        return false;
    }
    timeval timeout {timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        *error = SocketHandover::tr("%1: cannot reach the moosefacts control socket (%2).")
                     .arg(controlPath, systemError());
        ::close(fd);
        return false;
    }
    const moosefacts::ControlMessage sent {request, descriptor};
    if (!sent.send(fd)) {
        *error = SocketHandover::tr("%1: cannot send to the moosefacts control socket (%2).")
                     .arg(controlPath, systemError());
        ::close(fd);
        return false;
    }
    moosefacts::ControlMessage reply;
    const bool got = moosefacts::ControlMessage::receive(fd, &reply);
    const int receiveErrno = errno;
    ::close(fd);
    if (!got) {
        errno = receiveErrno;
        *error = SocketHandover::tr("%1: moosefacts did not answer on its control socket (%2).")
                     .arg(controlPath, receiveErrno == 0 ? SocketHandover::tr("closed") : systemError());
        return false;
    }
    *received = reply.descriptor;
    *answer = reply.line;
    if (reply.isError()) {
        *error = SocketHandover::tr("%1: moosefacts refused “%2”: %3.")
                     .arg(controlPath, QString::fromUtf8(request), QString::fromUtf8(reply.errorText()));
        if (*received >= 0)
            ::close(*received);
        return false;
    }
    return true;
}

} // namespace

quint16 SocketHandover::port(const QString &controlPath, QString *error, int timeoutMs)
{
    QByteArray answer;
    int received = -1;
    if (!exchange(controlPath, moosefacts::ControlMessage::Port, -1, timeoutMs, &answer, &received, error))
        return 0;
    if (received >= 0)
        ::close(received);
    bool ok = false;
    const uint port = answer.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        *error = tr("%1: moosefacts answered “%2” instead of its port.").arg(controlPath, QString::fromUtf8(answer));
        return 0;
    }
    return quint16(port);
}

int SocketHandover::take(const QString &controlPath, QString *error, int timeoutMs)
{
    QByteArray answer;
    int received = -1;
    if (!exchange(controlPath, moosefacts::ControlMessage::Take, -1, timeoutMs, &answer, &received, error))
        return -1;
    if (received < 0)
        *error = tr("%1: moosefacts answered without handing over its socket.").arg(controlPath);
    return received;
}

bool SocketHandover::adopt(const QString &controlPath, int descriptor, QString *error, int timeoutMs)
{
    QByteArray answer;
    int received = -1;
    if (!exchange(controlPath, moosefacts::ControlMessage::Adopt, descriptor, timeoutMs, &answer, &received, error))
        return false;
    if (received >= 0)
        ::close(received);
    return true;
}

int SocketHandover::listen(const QString &host, quint16 port, QString *error)
{
    QHostAddress address;
    if (!address.setAddress(host)) {
        *error = tr("the local runtime needs an IP address as the stage's host, not “%1”; write host: "
                    "127.0.0.1 in antler.yaml.")
                     .arg(host);
        return -1;
    }
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = tr("cannot create a TCP socket (%1).").arg(systemError());
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    int bound = -1;
    if (v6) {
        sockaddr_in6 in6 {};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&in6.sin6_addr, &raw, sizeof(raw));
        bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&in6), sizeof(in6));
    } else {
        sockaddr_in in4 {};
        in4.sin_family = AF_INET;
        in4.sin_port = htons(port);
        in4.sin_addr.s_addr = htonl(address.toIPv4Address());
        bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&in4), sizeof(in4));
    }
    if (bound != 0 || ::listen(fd, 1024) != 0) {
        *error = tr("cannot listen on %1:%2 (%3); another program uses the port: stop it or give the "
                    "stage another port in antler.yaml.")
                     .arg(host)
                     .arg(port)
                     .arg(systemError());
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace antler::pipeline
