#pragma once

#include "HttpLimits.h"

#include <QSet>
#include <QTcpServer>
#include <QTimer>

namespace moosefacts {

class ServerConnection;

// The listening socket handed to QtHttpServer with bind(). It creates every
// connection as a ServerConnection, caps how many are open (answering 503
// beyond the cap instead of running out of file descriptors), closes idle
// keep-alive connections and stalled requests, and drains on shutdown.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT

public:
    explicit ConnectionGuard(const HttpLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return int(m_connections.size()); }
    quint64 rejectedConnections() const { return m_rejected; }

    // Stops accepting, closes idle connections and emits drained() once no
    // request is in flight any more.
    void drain();
    bool isDraining() const { return m_draining; }
    void checkDrained();
    // No request in flight on any connection.
    bool isIdle() const;

Q_SIGNALS:
    void drained();
    void requestRejected(int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void sweep();
    void reject(qintptr socketDescriptor);

    HttpLimits m_limits;
    QSet<ServerConnection *> m_connections;
    QSet<ServerConnection *> m_refused; // answered 503, closing, not counted as open
    QTimer m_sweepTimer;
    quint64 m_rejected = 0;
    bool m_draining = false;
};

} // namespace moosefacts
