// The static-file path resolver turns a request path into a file below the
// root. Whatever the path, a 200 must carry one of the files inside the root:
// never the secret beside it, reached through "..", encodings or a symlink.
#include "FuzzInput.h"
#include "StaticFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using moosefacts::StaticFiles;

namespace {

const QByteArray secret = QByteArrayLiteral("SECRET-OUTSIDE-THE-ROOT");

struct Site
{
    QTemporaryDir dir;
    StaticFiles files;
    Site()
    {
        const QString base = dir.path();
        QDir(base).mkpath(QStringLiteral("root/assets"));
        QDir(base).mkpath(QStringLiteral("root/docs"));
        auto write = [](const QString &path, const QByteArray &content) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                antler::fuzz::broken("cannot write the fuzz site");
        };
        write(base + QStringLiteral("/secret.txt"), secret);
        write(base + QStringLiteral("/root/index.html"), "<h1>index</h1>");
        write(base + QStringLiteral("/root/docs/index.html"), "<h1>docs</h1>");
        write(base + QStringLiteral("/root/assets/app.0123abcd.js"), "console.log(1)");
        write(base + QStringLiteral("/root/a b%.css"), "body{}");
        QFile::link(base + QStringLiteral("/secret.txt"), base + QStringLiteral("/root/escape.txt"));
        QFile::link(base, base + QStringLiteral("/root/up"));
        QFile::link(QStringLiteral("assets/app.0123abcd.js"), base + QStringLiteral("/root/inside.js"));
        QString error;
        if (!files.setRoot(base + QStringLiteral("/root"), &error))
            antler::fuzz::broken("cannot set the fuzz site's root");
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Site site;
    // The first line is the path, the rest If-None-Match.
    const QByteArray input = antler::fuzz::rawBytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray path = newline < 0 ? input : input.left(newline);
    const QByteArray etag = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const moosefacts::HttpResponse response = site.files.serve(path, etag);
    FUZZ_ASSERT(!response.body.contains(secret));
    FUZZ_ASSERT(response.status == 200 || response.status == 301 || response.status == 304 || response.status == 400
                || response.status == 403 || response.status == 404);
    return 0;
}
