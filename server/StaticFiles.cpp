#include "StaticFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace moosefacts {

bool StaticFiles::setRoot(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (!info.isDir()) {
        *error = QStringLiteral("The static directory %1 does not exist or is not a folder; pass the frontend folder "
                                "with --static-dir.")
                     .arg(dir);
        return false;
    }
    m_root = info.canonicalFilePath();
    m_cache.clear();
    return true;
}

QByteArray StaticFiles::contentType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QHash<QString, QByteArray> types {
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("htm"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("map"), "application/json"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
    };
    return types.value(suffix, QByteArrayLiteral("application/octet-stream"));
}

QByteArray StaticFiles::cacheControl(const QString &fileName)
{
    // app.3f2a9c1d.js, style-3f2a9c1d8e.css: the name changes with the content.
    static const QRegularExpression hashed(QStringLiteral("[.-][0-9a-f]{8,}\\.[a-z0-9]+$"));
    if (hashed.match(fileName).hasMatch())
        return QByteArrayLiteral("public, max-age=31536000, immutable");
    return QByteArrayLiteral("no-cache");
}

HttpResponse StaticFiles::serve(const QByteArray &encodedPath, const QByteArray &ifNoneMatch) const
{
    const QByteArray decoded = QByteArray::fromPercentEncoding(encodedPath);
    if (decoded.contains('\0') || decoded.contains('\\'))
        return HttpResponse::error(400, QStringLiteral("The path contains a character that is not allowed."));
    const QList<QByteArray> segments = decoded.split('/');
    QStringList parts;
    for (const QByteArray &segment : segments) {
        if (segment == ".." || segment == ".")
            return HttpResponse::error(403, QStringLiteral("Paths with dot segments are refused."));
        if (!segment.isEmpty())
            parts.append(QString::fromUtf8(segment));
    }
    QString path = m_root + QLatin1Char('/') + parts.join(QLatin1Char('/'));
    QFileInfo info(path);
    if (info.isDir()) {
        // Like nginx: a folder without its trailing slash is redirected, so
        // relative links in its index.html resolve against the folder.
        if (!encodedPath.endsWith('/')) {
            HttpResponse redirect
                = HttpResponse::error(301, QStringLiteral("The folder lives at its path with a trailing slash."));
            redirect.addHeader(QByteArrayLiteral("Location"), encodedPath + '/');
            return redirect;
        }
        info.setFile(path + QStringLiteral("/index.html"));
    }
    if (!info.exists() || !info.isFile())
        return HttpResponse::error(404, QStringLiteral("No such file."));
    // Symlinks may point anywhere: the resolved file must still be inside the root.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_root + QLatin1Char('/')))
        return HttpResponse::error(403, QStringLiteral("The file lies outside the static folder."));

    Entry &entry = m_cache[canonical];
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    if (entry.size != info.size() || entry.modifiedMs != modified) {
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly)) {
            m_cache.remove(canonical);
            return HttpResponse::error(403, QStringLiteral("The file cannot be read."));
        }
        entry.content = file.readAll();
        entry.size = info.size();
        entry.modifiedMs = modified;
        entry.etag = '"' + QCryptographicHash::hash(entry.content, QCryptographicHash::Sha256).toHex().left(24) + '"';
    }

    HttpResponse r;
    r.addHeader(QByteArrayLiteral("ETag"), entry.etag);
    r.addHeader(QByteArrayLiteral("Cache-Control"), cacheControl(info.fileName()));
    r.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (!ifNoneMatch.isEmpty()
        && (ifNoneMatch == entry.etag || ifNoneMatch == "*" || ifNoneMatch.split(',').contains(entry.etag)
            || ifNoneMatch.contains(entry.etag))) {
        r.status = 304;
        return r;
    }
    r.status = 200;
    r.contentType = contentType(info.fileName());
    r.body = entry.content;
    return r;
}

} // namespace moosefacts
