#pragma once

#include "RequestScanner.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace moosefacts {

// One client connection. Every chunk of bytes passes through the
// RequestScanner before QtHttpServer's parser sees it, so limits, malformed
// input and close semantics are handled here; QtHttpServer keeps the parsing
// and request objects.
class ServerConnection : public QTcpSocket
{
    Q_OBJECT

public:
    ServerConnection(const HttpLimits &limits, QObject *parent = nullptr);

    // Writes a complete, final response and closes gracefully: the write side
    // is shut down once the bytes are out, remaining input is read and dropped
    // for a moment so the client sees the response rather than a reset.
    void respondAndClose(const QByteArray &response);
    void closeGracefully();

    // Called by the server when it answers a request: returns whether the
    // connection stays open after the response.
    bool beginResponse();
    void endResponse(bool keepAlive);

    // No request under way, none waiting for its answer, nothing left to send.
    bool isIdle() const;
    bool isClosing() const { return m_closing; }
    // At least one response was sent. A connection that has sent nothing yet
    // was just accepted and its first request is probably on the way.
    bool hasAnswered() const { return m_answered; }
    // The write side is shut down; the peer is given a moment to read the
    // final response before the connection is aborted (ConnectionGuard's sweep).
    bool isLingering() const { return m_writeShutDown; }
    qint64 msSinceActivity() const { return m_activity.elapsed(); }
    bool midRequest() const { return m_scanner.midRequest(); }
    // How long the request under way has been arriving, counted from its
    // first byte: a client sending one byte a second (slowloris) is active
    // all the time but never finishes.
    qint64 msSinceRequestStart() const { return m_requestStart.elapsed(); }

Q_SIGNALS:
    void limitRejected(int status, const QByteArray &reason);
    // Everything written so far has been handed to the kernel.
    void flushed();

private:
    void scanIncoming();
    void onBytesWritten();

    RequestScanner m_scanner;
    QElapsedTimer m_activity;
    QElapsedTimer m_requestStart;
    int m_inFlight = 0;
    bool m_answered = false;
    bool m_closing = false;
    bool m_writeShutDown = false;
};

} // namespace moosefacts
