#include "StaticFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using moosefacts::StaticFiles;

class TestStaticFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serves_data();
    void serves();
    void refuses_data();
    void refuses();
    void etagRevalidation();
    void contentChangeChangesEtag();
    void missingRoot();

private:
    void write(const QString &relative, const QByteArray &content);
    QTemporaryDir m_outside;
    QTemporaryDir m_dir;
    StaticFiles m_files;
};

void TestStaticFiles::write(const QString &relative, const QByteArray &content)
{
    QFile f(m_dir.filePath(relative));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

void TestStaticFiles::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_outside.isValid());
    QDir(m_dir.path()).mkpath(QStringLiteral("assets"));
    write(QStringLiteral("index.html"), "<html>moose</html>");
    write(QStringLiteral("app.js"), "console.log(1)");
    write(QStringLiteral("style.css"), "body{}");
    write(QStringLiteral("assets/app.3f2a9c1d.js"), "hashed");
    write(QStringLiteral("assets/logo.svg"), "<svg/>");
    write(QStringLiteral("assets/index.html"), "<html>sub</html>");
    write(QStringLiteral("space name.txt"), "spaced");
    QFile secret(m_outside.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("top secret");
    secret.close();
    QVERIFY(
        QFile::link(m_outside.filePath(QStringLiteral("secret.txt")), m_dir.filePath(QStringLiteral("escape.txt"))));
    QVERIFY(QFile::link(m_outside.path(), m_dir.filePath(QStringLiteral("outside"))));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("app.js")), m_dir.filePath(QStringLiteral("inside-link.js"))));
    QString error;
    QVERIFY2(m_files.setRoot(m_dir.path(), &error), qPrintable(error));
}

void TestStaticFiles::serves_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("cache");

    QTest::newRow("root is index") << QByteArray("/") << QByteArray("<html>moose</html>")
                                   << QByteArray("text/html; charset=utf-8") << QByteArray("no-cache");
    QTest::newRow("index") << QByteArray("/index.html") << QByteArray("<html>moose</html>")
                           << QByteArray("text/html; charset=utf-8") << QByteArray("no-cache");
    QTest::newRow("js") << QByteArray("/app.js") << QByteArray("console.log(1)")
                        << QByteArray("text/javascript; charset=utf-8") << QByteArray("no-cache");
    QTest::newRow("css") << QByteArray("/style.css") << QByteArray("body{}") << QByteArray("text/css; charset=utf-8")
                         << QByteArray("no-cache");
    QTest::newRow("svg") << QByteArray("/assets/logo.svg") << QByteArray("<svg/>") << QByteArray("image/svg+xml")
                         << QByteArray("no-cache");
    QTest::newRow("hashed asset") << QByteArray("/assets/app.3f2a9c1d.js") << QByteArray("hashed")
                                  << QByteArray("text/javascript; charset=utf-8")
                                  << QByteArray("public, max-age=31536000, immutable");
    QTest::newRow("sub folder index") << QByteArray("/assets/") << QByteArray("<html>sub</html>")
                                      << QByteArray("text/html; charset=utf-8") << QByteArray("no-cache");
    QTest::newRow("encoded space") << QByteArray("/space%20name.txt") << QByteArray("spaced")
                                   << QByteArray("text/plain; charset=utf-8") << QByteArray("no-cache");
    QTest::newRow("symlink inside root") << QByteArray("/inside-link.js") << QByteArray("console.log(1)")
                                         << QByteArray("text/javascript; charset=utf-8") << QByteArray("no-cache");
    QTest::newRow("double slash") << QByteArray("//app.js") << QByteArray("console.log(1)")
                                  << QByteArray("text/javascript; charset=utf-8") << QByteArray("no-cache");
}

void TestStaticFiles::serves()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, cache);
    const auto r = m_files.serve(path, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, body);
    QCOMPARE(r.contentType, type);
    QByteArray cacheControl, etag;
    for (const auto &[k, v] : r.headers) {
        if (k == "Cache-Control")
            cacheControl = v;
        if (k == "ETag")
            etag = v;
    }
    QCOMPARE(cacheControl, cache);
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10);
}

void TestStaticFiles::refuses_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("dot dot") << QByteArray("/../secret.txt") << 403;
    QTest::newRow("nested dot dot") << QByteArray("/assets/../../secret.txt") << 403;
    QTest::newRow("encoded dot dot") << QByteArray("/%2e%2e/secret.txt") << 403;
    QTest::newRow("upper encoded dot dot") << QByteArray("/%2E%2E/%2E%2E/etc/passwd") << 403;
    QTest::newRow("encoded slash dot dot") << QByteArray("/assets%2f..%2f..%2fsecret.txt") << 403;
    QTest::newRow("single dot") << QByteArray("/./index.html") << 403;
    QTest::newRow("backslash") << QByteArray("/..%5csecret.txt") << 400;
    QTest::newRow("nul byte") << QByteArray("/index.html%00.js") << 400;
    QTest::newRow("symlink to file outside") << QByteArray("/escape.txt") << 403;
    QTest::newRow("symlink to folder outside") << QByteArray("/outside/secret.txt") << 403;
    QTest::newRow("missing") << QByteArray("/nope.html") << 404;
    QTest::newRow("folder without slash redirects") << QByteArray("/assets") << 301;
}

void TestStaticFiles::refuses()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    const auto r = m_files.serve(path, {});
    QCOMPARE(r.status, status);
    QVERIFY(!r.body.contains("top secret"));
    if (status == 301) {
        QCOMPARE(r.headers.constFirst().first, QByteArray("Cache-Control"));
        QVERIFY(r.hasHeader("Location"));
        QCOMPARE(r.headers.constLast().second, path + '/');
    }
}

void TestStaticFiles::etagRevalidation()
{
    const auto first = m_files.serve("/app.js", {});
    QByteArray etag;
    for (const auto &[k, v] : first.headers) {
        if (k == "ETag")
            etag = v;
    }
    const auto second = m_files.serve("/app.js", etag);
    QCOMPARE(second.status, 304);
    QVERIFY(second.body.isEmpty());
    QCOMPARE(m_files.serve("/app.js", "\"other\"").status, 200);
    QCOMPARE(m_files.serve("/app.js", "\"other\", " + etag).status, 304);
}

void TestStaticFiles::contentChangeChangesEtag()
{
    auto etagOf = [this](const QByteArray &path) {
        for (const auto &[k, v] : m_files.serve(path, {}).headers) {
            if (k == "ETag")
                return v;
        }
        return QByteArray();
    };
    write(QStringLiteral("changing.txt"), "one");
    const QByteArray before = etagOf("/changing.txt");
    write(QStringLiteral("changing.txt"), "two, longer");
    const QByteArray after = etagOf("/changing.txt");
    QVERIFY(!before.isEmpty());
    QVERIFY(before != after);
    QCOMPARE(m_files.serve("/changing.txt", {}).body, QByteArray("two, longer"));
}

void TestStaticFiles::missingRoot()
{
    StaticFiles files;
    QString error;
    QVERIFY(!files.setRoot(QStringLiteral("/nonexistent/frontend"), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/frontend")) && error.contains(QLatin1String("--static-dir")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStaticFiles)
#include "tst_staticfiles.moc"
