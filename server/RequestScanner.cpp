#include "RequestScanner.h"

#include <QList>

#include <cctype>
#include <cstring>
#include <iterator>

namespace moosefacts {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(const char *p, qsizetype n)
{
    if (n <= 0)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (!isTokenChar(p[i]))
            return false;
    }
    return true;
}

// Methods QtHttpServer's parser knows and this server answers (with 405 where a
// route does not allow them). Anything else is answered 501 by the scanner.
bool isKnownMethod(const QByteArray &m)
{
    static const char *const known[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    for (const char *k : known) {
        if (m == k)
            return true;
    }
    return false;
}

QByteArray trimmed(const char *p, qsizetype n)
{
    while (n > 0 && (*p == ' ' || *p == '\t')) {
        ++p;
        --n;
    }
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        --n;
    return QByteArray(p, n);
}

bool hasToken(const QByteArray &list, const char *token)
{
    const QList<QByteArray> parts = list.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

RequestScanner::RequestScanner(const HttpLimits &limits)
    : m_limits(limits)
{
}

RequestScanner::Request RequestScanner::takeRequest()
{
    if (m_queueCount == 0)
        return {};
    const Request r = m_queue[m_queueHead];
    m_queueHead = (m_queueHead + 1) % int(std::size(m_queue));
    --m_queueCount;
    return r;
}

RequestScanner::Result RequestScanner::fail(Result result, int status, const char *reason)
{
    m_state = State::Failed;
    result.errorStatus = status;
    result.errorReason = reason;
    return result;
}

// Collects bytes up to and including '\n' into m_line. Returns true when a
// whole line is in m_line (without the line end).
bool RequestScanner::lineComplete(const char *&p, const char *end, int limit, bool *tooLong)
{
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const char *stop = nl ? nl : end;
    m_line.append(p, stop - p);
    p = nl ? nl + 1 : end;
    // +1 allows the '\r' that precedes '\n'.
    if (m_line.size() > limit + 1) {
        *tooLong = true;
        return false;
    }
    if (!nl)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_line.size() > limit) {
        *tooLong = true;
        return false;
    }
    return true;
}

// What the current header (or trailer) line may hold. A line split across
// reads is partly in m_line already, and those bytes were counted in
// m_headerBytes when they arrived: counting them again made a request split
// in the middle of a long header fail with 431 where the same bytes in one
// read passed (found by fuzz_requestscanner).
int RequestScanner::headerRoom() const
{
    return m_limits.maxHeaderBytes - m_headerBytes + int(m_line.size());
}

void RequestScanner::resetRequest()
{
    m_line.clear();
    m_headerBytes = 0;
    m_bodyRemaining = 0;
    m_bodyTotal = 0;
    m_http10 = false;
    m_connectionClose = false;
    m_connectionKeepAlive = false;
    m_hasHost = false;
    m_chunked = false;
    m_hasTransferEncoding = false;
    m_contentLength = -1;
}

void RequestScanner::completeRequest(Result *result)
{
    Request r;
    r.http10 = m_http10;
    r.keepAlive = m_http10 ? (m_connectionKeepAlive && !m_connectionClose) : !m_connectionClose;
    if (m_queueCount < int(std::size(m_queue))) {
        m_queue[(m_queueHead + m_queueCount) % int(std::size(m_queue))] = r;
        ++m_queueCount;
    }
    ++result->requestsCompleted;
    resetRequest();
    m_state = State::Start;
}

bool RequestScanner::parseRequestLine(const QByteArray &line, Result *result)
{
    const int sp1 = line.indexOf(' ');
    const int sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0) {
        *result = fail(*result, 400, "malformed request line");
        return false;
    }
    const QByteArray method = line.left(sp1);
    if (!isToken(method.constData(), method.size())) {
        *result = fail(*result, 400, "malformed method");
        return false;
    }
    for (int i = sp1 + 1; i < sp2; ++i) {
        const auto c = static_cast<unsigned char>(line.at(i));
        if (c <= 0x20 || c == 0x7f) {
            *result = fail(*result, 400, "invalid character in request target");
            return false;
        }
    }
    if (line.at(sp1 + 1) != '/' && !(sp2 == sp1 + 2 && line.at(sp1 + 1) == '*')) {
        *result = fail(*result, 400, "request target must be an absolute path");
        return false;
    }
    const QByteArray version = line.mid(sp2 + 1);
    if (version == "HTTP/1.1") {
        m_http10 = false;
    } else if (version == "HTTP/1.0") {
        m_http10 = true;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.'
               && std::isdigit(static_cast<unsigned char>(version.at(5)))
               && std::isdigit(static_cast<unsigned char>(version.at(7)))) {
        *result = fail(*result, 505, "HTTP version not supported");
        return false;
    } else {
        *result = fail(*result, 400, "malformed HTTP version");
        return false;
    }
    if (!isKnownMethod(method)) {
        *result = fail(*result, 501, "method not implemented");
        return false;
    }
    return true;
}

bool RequestScanner::parseHeaderLine(const QByteArray &line, Result *result)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        *result = fail(*result, 400, "obsolete header line folding");
        return false;
    }
    const int colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.constData(), colon)) {
        *result = fail(*result, 400, "malformed header line");
        return false;
    }
    for (int i = colon + 1; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line.at(i));
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            *result = fail(*result, 400, "invalid character in header value");
            return false;
        }
    }
    const QByteArray name = line.left(colon);
    const QByteArray value = trimmed(line.constData() + colon + 1, line.size() - colon - 1);
    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
        if (value.isEmpty() || value.size() > 18) {
            *result = fail(*result, value.isEmpty() ? 400 : 413, "bad Content-Length");
            return false;
        }
        qint64 n = 0;
        for (char c : value) {
            if (c < '0' || c > '9') {
                *result = fail(*result, 400, "bad Content-Length");
                return false;
            }
            n = n * 10 + (c - '0');
        }
        if (m_contentLength >= 0 && m_contentLength != n) {
            *result = fail(*result, 400, "conflicting Content-Length headers");
            return false;
        }
        m_contentLength = n;
    } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
        m_hasTransferEncoding = true;
        const QList<QByteArray> codings = value.split(',');
        m_chunked = codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) == 0;
        if (!m_chunked || codings.size() != 1) {
            *result = fail(*result, 501, "unsupported Transfer-Encoding");
            return false;
        }
    } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
        if (hasToken(value, "close"))
            m_connectionClose = true;
        if (hasToken(value, "keep-alive"))
            m_connectionKeepAlive = true;
    } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
        if (m_hasHost) {
            *result = fail(*result, 400, "more than one Host header");
            return false;
        }
        m_hasHost = true;
    }
    return true;
}

bool RequestScanner::finishHeaders(Result *result)
{
    if (!m_http10 && !m_hasHost) {
        *result = fail(*result, 400, "HTTP/1.1 request without Host header");
        return false;
    }
    if (m_hasTransferEncoding && m_contentLength >= 0) {
        *result = fail(*result, 400, "both Content-Length and Transfer-Encoding");
        return false;
    }
    if (m_contentLength > m_limits.maxBodyBytes) {
        *result = fail(*result, 413, "request body too large");
        return false;
    }
    if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (m_contentLength > 0) {
        m_bodyRemaining = m_contentLength;
        m_state = State::Body;
    } else {
        completeRequest(result);
    }
    return true;
}

RequestScanner::Result RequestScanner::feed(const char *data, qsizetype size)
{
    Result result;
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        switch (m_state) {
        case State::Failed:
            return result;
        case State::Start:
            // Tolerate empty lines between requests (RFC 9112 section 2.2).
            if (*p == '\r' || *p == '\n') {
                ++p;
                break;
            }
            m_state = State::RequestLine;
            [[fallthrough]];
        case State::RequestLine: {
            bool tooLong = false;
            if (!lineComplete(p, end, m_limits.maxRequestLineBytes, &tooLong)) {
                if (tooLong)
                    return fail(result, 414, "request line too long");
                break;
            }
            const QByteArray line = m_line;
            m_line.clear();
            if (!parseRequestLine(line, &result))
                return result;
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            bool tooLong = false;
            const char *start = p;
            const bool complete = lineComplete(p, end, headerRoom(), &tooLong);
            m_headerBytes += int(p - start);
            if (tooLong || m_headerBytes > m_limits.maxHeaderBytes + 2)
                return fail(result, 431, "request header fields too large");
            if (!complete)
                break;
            const QByteArray line = m_line;
            m_line.clear();
            if (line.isEmpty()) {
                if (!finishHeaders(&result))
                    return result;
            } else if (!parseHeaderLine(line, &result)) {
                return result;
            }
            break;
        }
        case State::Body: {
            const qint64 n = qMin<qint64>(m_bodyRemaining, end - p);
            p += n;
            m_bodyRemaining -= n;
            if (m_bodyRemaining == 0)
                completeRequest(&result);
            break;
        }
        case State::ChunkSize: {
            bool tooLong = false;
            if (!lineComplete(p, end, 64, &tooLong)) {
                if (tooLong)
                    return fail(result, 400, "malformed chunk size");
                break;
            }
            QByteArray sizeText = m_line;
            m_line.clear();
            const int ext = sizeText.indexOf(';');
            if (ext >= 0)
                sizeText.truncate(ext);
            sizeText = sizeText.trimmed();
            bool ok = false;
            const qint64 chunk = sizeText.toLongLong(&ok, 16);
            if (!ok || chunk < 0 || sizeText.isEmpty() || sizeText.size() > 15)
                return fail(result, 400, "malformed chunk size");
            m_bodyTotal += chunk;
            if (m_bodyTotal > m_limits.maxBodyBytes)
                return fail(result, 413, "request body too large");
            if (chunk == 0) {
                m_state = State::Trailers;
            } else {
                m_bodyRemaining = chunk;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qint64 n = qMin<qint64>(m_bodyRemaining, end - p);
            p += n;
            m_bodyRemaining -= n;
            if (m_bodyRemaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            bool tooLong = false;
            if (!lineComplete(p, end, 0, &tooLong)) {
                if (tooLong)
                    return fail(result, 400, "malformed chunk end");
                break;
            }
            m_line.clear();
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            bool tooLong = false;
            const char *start = p;
            const bool complete = lineComplete(p, end, headerRoom(), &tooLong);
            m_headerBytes += int(p - start);
            if (tooLong)
                return fail(result, 431, "request trailer fields too large");
            if (!complete)
                break;
            const bool last = m_line.isEmpty();
            m_line.clear();
            if (last)
                completeRequest(&result);
            break;
        }
        }
    }
    return result;
}

} // namespace moosefacts
