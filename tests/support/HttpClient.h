#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <memory>

namespace antler::test {

struct HttpReply
{
    bool complete = false; // a whole response arrived
    int status = 0;
    QByteArray statusLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// A deliberately low-level HTTP/1.x client for tests: it sends exactly the
// bytes it is given, so malformed and oversized requests can be sent, and it
// tells whether the server closed the connection afterwards.
class HttpClient
{
public:
    explicit HttpClient(quint16 port);
    ~HttpClient();

    bool connectToServer(int timeoutMs = 5000);
    bool send(const QByteArray &bytes);
    // Reads one response (Content-Length framed, or until close). A reply to
    // HEAD has headers only: pass headOnly so no body is waited for.
    HttpReply readReply(int timeoutMs = 5000, bool headOnly = false);
    HttpReply request(const QByteArray &bytes, int timeoutMs = 5000);
    // Waits until the server closes the connection; true if it did in time.
    bool waitForClose(int timeoutMs);
    bool isConnected() const;
    QTcpSocket *socket() const { return m_socket.get(); }

    // GET path with HTTP/1.1 and keep-alive on a fresh connection.
    static HttpReply get(quint16 port, const QByteArray &path, const QByteArray &extraHeaders = {});

private:
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace antler::test
