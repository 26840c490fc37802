#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <sys/resource.h>

namespace antler::test {

// Many plain TCP connections to one loopback port, driven without an event
// loop (non-blocking sockets and poll()), for load tests that need more
// connections than QTcpSocket objects comfortably give: thousands of
// keep-alive clients, or slowloris clients that send a request one byte at
// a time and never finish it. Every connection is closed when the object
// goes away.
class RawConnections
{
public:
    explicit RawConnections(quint16 port);
    ~RawConnections();
    RawConnections(const RawConnections &) = delete;
    RawConnections &operator=(const RawConnections &) = delete;

    // Opens count more connections; false with the reason on the first that fails.
    bool open(int count, QString *error);
    // Sends bytes on every connection the server has not closed. Returns how
    // many took all of them.
    int sendToOpen(const QByteArray &bytes);
    // Reads whatever the server sent within waitMs, noting closed connections.
    void collect(int waitMs);
    // Reads until every open connection has received at least one whole
    // response header ("\r\n\r\n" after what was read before the call) or
    // was closed, or until timeoutMs passed. Returns how many received one.
    int collectResponses(int timeoutMs);

    int size() const { return int(m_connections.size()); }
    // Connections the server closed (end of stream or reset).
    int closedCount() const;
    // Connections whose received bytes start with prefix.
    int receivedStartingWith(const QByteArray &prefix) const;
    // Forgets what was received so far (keeps the connections).
    void clearReceived();

    // Raises this process's soft RLIMIT_NOFILE to the hard limit (children
    // started afterwards inherit it) and returns the limit now in force.
    static rlim_t raiseDescriptorLimit();

private:
    struct Connection
    {
        int fd = -1;
        bool closed = false;
        QByteArray received;
    };
    quint16 m_port;
    QList<Connection> m_connections;
};

} // namespace antler::test
