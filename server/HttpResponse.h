#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace moosefacts {

// A complete HTTP/1.1 response, serialized in one buffer so a reply is one
// socket write.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QByteArray &body);
    // {"status":404,"error":"Not Found","message":"..."}
    static HttpResponse error(int status, const QString &message);

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    bool hasHeader(const QByteArray &name) const;
    QByteArray serialize(bool keepAlive, bool headOnly) const;

    static const char *reasonPhrase(int status);
    // The current time as an IMF-fixdate, recomputed at most once a second.
    static QByteArray httpDate();
};

} // namespace moosefacts
