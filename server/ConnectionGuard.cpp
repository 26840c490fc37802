#include "ConnectionGuard.h"

#include "HttpResponse.h"
#include "ServerConnection.h"

namespace moosefacts {

namespace {
// How long a closing connection keeps reading (and dropping) input after its
// last response, so the peer reads the response instead of a reset. One sweep
// timer enforces it for every connection: a timer per closed connection costs
// Qt a sorted-list scan each, which dominated under Connection: close load.
constexpr int lingerMs = 2000;
// While draining, how long a connection accepted just before the listener
// closed may take to send its first request. Closing it at once would refuse
// a client that connected in time, and a rollout that hands the listening
// socket to the next process must not refuse anyone.
constexpr int firstRequestGraceMs = 1000;

bool awaitingFirstRequest(const ServerConnection *c)
{
    return !c->hasAnswered() && c->msSinceActivity() < firstRequestGraceMs;
}
} // namespace

ConnectionGuard::ConnectionGuard(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Enough to notice an idle timeout within a quarter of its length.
    // Bursts of new connections must queue in the kernel, not be dropped.
    setListenBacklogSize(1024);
    m_sweepTimer.setInterval(qBound(50, m_limits.idleTimeoutMs / 4, 1000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweepTimer.start();
    // Running out of descriptors pauses accepting in QTcpServer; resume once
    // some connection has had a chance to close instead of staying deaf.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        QTimer::singleShot(100, this, [this] {
            if (!m_draining)
                resumeAccepting();
        });
    });
}

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    if (m_draining || openConnections() >= m_limits.maxConnections) {
        reject(socketDescriptor);
        return;
    }
    auto *connection = new ServerConnection(m_limits, this);
    if (!connection->setSocketDescriptor(socketDescriptor)) {
        delete connection;
        return;
    }
    m_connections.insert(connection);
    connect(connection, &QObject::destroyed, this, [this, connection] {
        m_connections.remove(connection);
        if (m_draining)
            checkDrained();
    });
    connect(connection, &ServerConnection::flushed, this, [this] {
        if (m_draining)
            checkDrained();
    });
    connect(connection, &ServerConnection::limitRejected, this, [this](int status) { Q_EMIT requestRejected(status); });
    addPendingConnection(connection);
}

void ConnectionGuard::reject(qintptr socketDescriptor)
{
    ++m_rejected;
    Q_EMIT requestRejected(503);
    // Not handed to QtHttpServer: answered here and deleted when closed.
    auto *connection = new ServerConnection(m_limits, this);
    if (!connection->setSocketDescriptor(socketDescriptor)) {
        delete connection;
        return;
    }
    m_refused.insert(connection);
    connect(connection, &QAbstractSocket::disconnected, connection, &QObject::deleteLater);
    connect(connection, &QObject::destroyed, this, [this, connection] { m_refused.remove(connection); });
    HttpResponse response
        = HttpResponse::error(503,
                              m_draining ? QStringLiteral("The server is shutting down; retry on another instance.")
                                         : QStringLiteral("The server has too many open connections; retry shortly."));
    response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    connection->respondAndClose(response.serialize(false, false));
}

void ConnectionGuard::sweep()
{
    // Copy: closing may delete connections and edit the set.
    const QSet<ServerConnection *> connections = m_connections;
    const QSet<ServerConnection *> refused = m_refused;
    for (ServerConnection *c : refused) {
        if (c->isLingering() && c->msSinceActivity() >= lingerMs)
            c->abort();
    }
    for (ServerConnection *c : connections) {
        if (c->isLingering() && c->msSinceActivity() >= lingerMs) {
            c->abort();
            continue;
        }
        if (c->isClosing() || c->state() != QAbstractSocket::ConnectedState)
            continue;
        if (c->isIdle()) {
            if ((m_draining && !awaitingFirstRequest(c)) || c->msSinceActivity() >= m_limits.idleTimeoutMs)
                c->closeGracefully();
        } else if (c->midRequest() && c->msSinceRequestStart() >= m_limits.requestTimeoutMs) {
            Q_EMIT requestRejected(408);
            c->respondAndClose(HttpResponse::error(408, QStringLiteral("The request did not arrive in time."))
                                   .serialize(false, false));
        }
    }
    // A connection whose first-request grace just ended may have been the
    // last thing the drain waited for.
    if (m_draining)
        checkDrained();
}

void ConnectionGuard::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    close();
    m_sweepTimer.setInterval(50);
    sweep();
    checkDrained();
}

bool ConnectionGuard::isIdle() const
{
    for (ServerConnection *c : std::as_const(m_connections)) {
        if (!c->isIdle() || (m_draining && !c->isClosing() && awaitingFirstRequest(c)))
            return false;
    }
    return true;
}

void ConnectionGuard::checkDrained()
{
    if (!m_draining || !isIdle())
        return;
    Q_EMIT drained();
}

} // namespace moosefacts
