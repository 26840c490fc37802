#include "HttpClient.h"

#include <QDeadlineTimer>

namespace antler::test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(quint16 port)
    : m_port(port)
    , m_socket(std::make_unique<QTcpSocket>())
{
}

HttpClient::~HttpClient() = default;

bool HttpClient::connectToServer(int timeoutMs)
{
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket->waitForConnected(timeoutMs);
}

bool HttpClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpClient::send(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !connectToServer())
        return false;
    m_socket->write(bytes);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(5000))
            return false;
    }
    return true;
}

HttpReply HttpClient::readReply(int timeoutMs, bool headOnly)
{
    HttpReply reply;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headerEnd = -1;
    qint64 contentLength = -1;
    for (;;) {
        m_buffer += m_socket->readAll();
        if (headerEnd < 0) {
            headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
                reply.statusLine = lines.value(0).trimmed();
                reply.status = reply.statusLine.split(' ').value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                }
                const QByteArray cl = reply.header("Content-Length");
                contentLength = cl.isEmpty() ? -1 : cl.toLongLong();
                if (headOnly || reply.status == 204 || reply.status == 304)
                    contentLength = 0;
            }
        }
        if (headerEnd >= 0 && contentLength >= 0 && m_buffer.size() >= headerEnd + 4 + contentLength) {
            reply.body = m_buffer.mid(headerEnd + 4, contentLength);
            m_buffer.remove(0, headerEnd + 4 + contentLength);
            reply.complete = true;
            return reply;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState || deadline.hasExpired()) {
            if (headerEnd >= 0 && contentLength < 0) {
                reply.body = m_buffer.mid(headerEnd + 4);
                reply.complete = m_socket->state() != QAbstractSocket::ConnectedState;
                m_buffer.clear();
            }
            return reply;
        }
        m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 100))));
    }
}

HttpReply HttpClient::request(const QByteArray &bytes, int timeoutMs)
{
    if (!send(bytes))
        return {};
    return readReply(timeoutMs, bytes.startsWith("HEAD "));
}

bool HttpClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired())
            return false;
        m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 100))));
        m_buffer += m_socket->readAll();
    }
    return true;
}

HttpReply HttpClient::get(quint16 port, const QByteArray &path, const QByteArray &extraHeaders)
{
    HttpClient client(port);
    if (!client.connectToServer())
        return {};
    return client.request("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
}

} // namespace antler::test
