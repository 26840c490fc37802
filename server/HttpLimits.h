#pragma once

#include <QtGlobal>

namespace moosefacts {

// Limits QtHttpServer 6.4 does not enforce by itself. Defaults follow common
// reverse proxies: 8 KiB request line, 16 KiB of headers, 1 MiB of body.
struct HttpLimits
{
    int maxRequestLineBytes = 8 * 1024;
    int maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 1024 * 1024;
    int maxConnections = 10000;
    int idleTimeoutMs = 15000;
    int requestTimeoutMs = 30000;
};

} // namespace moosefacts
