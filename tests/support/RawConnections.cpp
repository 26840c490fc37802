#include "RawConnections.h"

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace antler::test {

RawConnections::RawConnections(quint16 port)
    : m_port(port)
{
}

RawConnections::~RawConnections()
{
    for (const Connection &c : std::as_const(m_connections))
        ::close(c.fd);
}

bool RawConnections::open(int count, QString *error)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            *error = QStringLiteral("connection %1 of %2: no socket (%3)")
                         .arg(i + 1)
                         .arg(count)
                         .arg(qt_error_string(errno));
            return false;
        }
        // Blocking connect: on loopback it returns once the kernel has queued
        // the connection for the server, which keeps the backlog from overflowing.
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            *error = QStringLiteral("connection %1 of %2: connect failed (%3)")
                         .arg(i + 1)
                         .arg(count)
                         .arg(qt_error_string(errno));
            ::close(fd);
            return false;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        m_connections.append({fd, false, {}});
    }
    return true;
}

int RawConnections::sendToOpen(const QByteArray &bytes)
{
    int sent = 0;
    for (Connection &c : m_connections) {
        if (c.closed)
            continue;
        const ssize_t n = ::send(c.fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n == bytes.size())
            ++sent;
        else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            c.closed = true;
    }
    return sent;
}

void RawConnections::collect(int waitMs)
{
    std::vector<pollfd> fds;
    std::vector<int> which;
    for (int i = 0; i < m_connections.size(); ++i) {
        if (!m_connections.at(i).closed) {
            fds.push_back({m_connections.at(i).fd, POLLIN, 0});
            which.push_back(i);
        }
    }
    if (fds.empty())
        return;
    if (::poll(fds.data(), nfds_t(fds.size()), waitMs) <= 0)
        return;
    char buffer[4096];
    for (size_t k = 0; k < fds.size(); ++k) {
        if (fds[k].revents == 0)
            continue;
        Connection &c = m_connections[which[k]];
        for (;;) {
            const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                c.received.append(buffer, n);
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                c.closed = true;
            break;
        }
    }
}

int RawConnections::collectResponses(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    auto answered = [this] {
        int count = 0;
        for (const Connection &c : std::as_const(m_connections))
            count += c.received.contains("\r\n\r\n") ? 1 : 0;
        return count;
    };
    auto pending = [this] {
        for (const Connection &c : std::as_const(m_connections)) {
            if (!c.closed && !c.received.contains("\r\n\r\n"))
                return true;
        }
        return false;
    };
    while (pending() && !deadline.hasExpired())
        collect(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
    return answered();
}

int RawConnections::closedCount() const
{
    int count = 0;
    for (const Connection &c : std::as_const(m_connections))
        count += c.closed ? 1 : 0;
    return count;
}

int RawConnections::receivedStartingWith(const QByteArray &prefix) const
{
    int count = 0;
    for (const Connection &c : std::as_const(m_connections))
        count += c.received.startsWith(prefix) ? 1 : 0;
    return count;
}

void RawConnections::clearReceived()
{
    for (Connection &c : m_connections)
        c.received.clear();
}

rlim_t RawConnections::raiseDescriptorLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur;
}

} // namespace antler::test
