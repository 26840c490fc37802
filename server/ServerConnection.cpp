#include "ServerConnection.h"

#include "HttpResponse.h"

#include <sys/socket.h>

namespace moosefacts {

ServerConnection::ServerConnection(const HttpLimits &limits, QObject *parent)
    : QTcpSocket(parent)
    , m_scanner(limits)
{
    m_activity.start();
    m_requestStart.start();
    // Connected before QtHttpServer connects its own slot, so it runs first.
    connect(this, &QIODevice::readyRead, this, &ServerConnection::scanIncoming);
    connect(this, &QIODevice::bytesWritten, this, &ServerConnection::onBytesWritten);
}

void ServerConnection::scanIncoming()
{
    if (m_closing) {
        // Input after the final response is dropped; QtHttpServer sees nothing.
        // It does not extend the linger period: a client cannot keep us open.
        skip(bytesAvailable());
        return;
    }
    m_activity.restart();
    if (!m_scanner.midRequest())
        m_requestStart.restart();
    const QByteArray incoming = peek(bytesAvailable());
    const RequestScanner::Result result = m_scanner.feed(incoming);
    if (result.errorStatus == 0)
        return;
    skip(bytesAvailable());
    Q_EMIT limitRejected(result.errorStatus, result.errorReason);
    HttpResponse response = HttpResponse::error(
        result.errorStatus,
        QStringLiteral("The request was refused: %1.").arg(QString::fromLatin1(result.errorReason)));
    respondAndClose(response.serialize(false, false));
}

bool ServerConnection::beginResponse()
{
    ++m_inFlight;
    return m_scanner.takeRequest().keepAlive;
}

void ServerConnection::endResponse(bool keepAlive)
{
    m_activity.restart();
    m_answered = true;
    if (m_inFlight > 0)
        --m_inFlight;
    if (!keepAlive)
        closeGracefully();
}

bool ServerConnection::isIdle() const
{
    return m_inFlight == 0 && !m_scanner.midRequest() && !m_scanner.hasPendingRequest() && bytesToWrite() == 0;
}

void ServerConnection::respondAndClose(const QByteArray &response)
{
    if (state() != ConnectedState)
        return;
    write(response);
    closeGracefully();
}

void ServerConnection::closeGracefully()
{
    if (m_closing && m_writeShutDown)
        return;
    m_closing = true;
    if (state() != ConnectedState) {
        abort();
        return;
    }
    if (bytesToWrite() > 0)
        return; // onBytesWritten finishes the job
    m_writeShutDown = true;
    m_activity.restart(); // the linger period counts from here
    ::shutdown(int(socketDescriptor()), SHUT_WR);
}

void ServerConnection::onBytesWritten()
{
    if (bytesToWrite() > 0)
        return;
    if (m_closing && !m_writeShutDown)
        closeGracefully();
    Q_EMIT flushed();
}

} // namespace moosefacts
