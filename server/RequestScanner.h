#pragma once

#include "HttpLimits.h"

#include <QByteArray>

namespace moosefacts {

// Incremental HTTP/1.x framing check that sees every byte before QtHttpServer's
// parser does. It finds request boundaries (so pipelined and keep-alive
// requests are accounted for one by one), enforces the size limits and
// rejects malformed input with a status code, because QtHttpServer 6.4 drops
// such connections silently.
class RequestScanner
{
public:
    struct Request
    {
        bool keepAlive = true;
        bool http10 = false;
    };

    struct Result
    {
        int requestsCompleted = 0;
        int errorStatus = 0; // 0: fine; otherwise 400, 413, 414, 431, 501, 505
        QByteArray errorReason;
    };

    explicit RequestScanner(const HttpLimits &limits = {});

    // Scans the next chunk of bytes; completed requests are queued and can be
    // taken with takeRequest() in order.
    Result feed(const char *data, qsizetype size);
    Result feed(const QByteArray &data) { return feed(data.constData(), data.size()); }

    bool hasPendingRequest() const { return m_queueCount > 0; }
    Request takeRequest();

    // True while a request has started arriving but is not complete yet.
    bool midRequest() const { return m_state != State::Start; }
    bool failed() const { return m_state == State::Failed; }

private:
    enum class State { Start, RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Failed };

    Result fail(Result result, int status, const char *reason);
    bool lineComplete(const char *&p, const char *end, int limit, bool *tooLong);
    bool parseRequestLine(const QByteArray &line, Result *result);
    bool parseHeaderLine(const QByteArray &line, Result *result);
    bool finishHeaders(Result *result);
    void completeRequest(Result *result);
    int headerRoom() const;
    void resetRequest();

    HttpLimits m_limits;
    State m_state = State::Start;
    QByteArray m_line;
    int m_headerBytes = 0;
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyTotal = 0;

    // Per-request facts gathered from the request line and headers.
    bool m_http10 = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_hasHost = false;
    bool m_chunked = false;
    bool m_hasTransferEncoding = false;
    qint64 m_contentLength = -1;

    // Completed requests not yet answered, oldest first (a ring buffer: a
    // client pipelining more than this is answered for the first 64 only).
    Request m_queue[64];
    int m_queueHead = 0;
    int m_queueCount = 0;
};

} // namespace moosefacts
