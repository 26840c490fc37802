#pragma once

#include "HttpResponse.h"

#include <QHash>
#include <QString>

namespace moosefacts {

// Serves files below one root folder. Refuses any path that would leave the
// root: ".." segments (plain or percent-encoded), backslashes, NUL bytes and
// symlinks that resolve outside it. HTML is revalidated on every load
// (Cache-Control: no-cache + ETag) so a new rollout shows at once; files whose
// names carry a content hash are cached for a year.
class StaticFiles
{
public:
    bool setRoot(const QString &dir, QString *error);
    QString root() const { return m_root; }
    bool isEnabled() const { return !m_root.isEmpty(); }

    HttpResponse serve(const QByteArray &encodedPath, const QByteArray &ifNoneMatch) const;

    static QByteArray contentType(const QString &fileName);
    static QByteArray cacheControl(const QString &fileName);

private:
    struct Entry
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        QByteArray content;
        QByteArray etag;
    };

    QString m_root; // canonical, no trailing slash
    mutable QHash<QString, Entry> m_cache;
};

} // namespace moosefacts
