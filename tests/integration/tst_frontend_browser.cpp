// The frontend in a real browser: headless Chromium loads the page through
// nginx (the project's nginx.conf) in front of a real moosefacts, and straight
// from moosefacts --static-dir (the local runtime).

#include "ChromiumSession.h"
#include "FreePort.h"
#include "HttpClient.h"
#include "NginxProcess.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

using namespace antler::test;

namespace {

QString frontendDir()
{
    return QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend");
}

QString nginxConfig()
{
    return frontendDir() + QStringLiteral("/nginx.conf");
}

// JavaScript predicates and probes, evaluated in the page.
const QString factShown = QStringLiteral("document.body.dataset.state === 'ready' && "
                                         "document.getElementById('fact-id').textContent !== ''");
const QString errorShown = QStringLiteral("(() => { const e = document.getElementById('error'); "
                                          "return !e.hidden && e.checkVisibility(); })()");
const QString readPageScript = QStringLiteral(R"JS((() => {
  const $ = (id) => document.getElementById(id);
  const visible = (e) => !e.hidden && e.checkVisibility();
  return {
    id: $('fact-id').textContent.trim(),
    text: $('fact-text').textContent,
    live: $('fact-text').getAttribute('aria-live'),
    stage: $('stage').textContent.trim(),
    stageKey: $('stage').dataset.stage,
    version: $('version').textContent.trim(),
    state: document.body.dataset.state,
    errorVisible: visible($('error')),
    errorText: $('error').innerText,
    retryVisible: visible($('retry')),
    anotherUsable: visible($('another')) && !$('another').disabled,
    sameOrigin: performance.getEntriesByType('resource')
      .every((entry) => new URL(entry.name).origin === location.origin),
  };
})())JS");

struct PageView
{
    int id = 0;
    QString text;
    QString live;
    QString stage;
    QString stageKey;
    QString version;
    QString state;
    bool errorVisible = false;
    QString errorText;
    bool retryVisible = false;
    bool anotherUsable = false;
    bool sameOrigin = false;
};

PageView readPage(ChromiumSession &browser)
{
    const QJsonObject o = browser.evaluate(readPageScript).toObject();
    PageView view;
    view.id = o.value(QStringLiteral("id")).toString().toInt();
    view.text = o.value(QStringLiteral("text")).toString();
    view.live = o.value(QStringLiteral("live")).toString();
    view.stage = o.value(QStringLiteral("stage")).toString();
    view.stageKey = o.value(QStringLiteral("stageKey")).toString();
    view.version = o.value(QStringLiteral("version")).toString();
    view.state = o.value(QStringLiteral("state")).toString();
    view.errorVisible = o.value(QStringLiteral("errorVisible")).toBool();
    view.errorText = o.value(QStringLiteral("errorText")).toString();
    view.retryVisible = o.value(QStringLiteral("retryVisible")).toBool();
    view.anotherUsable = o.value(QStringLiteral("anotherUsable")).toBool();
    view.sameOrigin = o.value(QStringLiteral("sameOrigin")).toBool();
    return view;
}

// Successful GET /api/facts/random answered by the backend, from its
// /metrics; -1 when the scrape fails.
qint64 randomFactRequests(quint16 backendPort)
{
    const HttpReply reply = HttpClient::get(backendPort, "/metrics");
    if (reply.status != 200)
        return -1;
    static const QRegularExpression sample(
        QStringLiteral("^moosefacts_http_requests_total\\{method=\"GET\",route=\"/api/facts/"
                       "random\",code=\"200\"\\} (\\d+)$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = sample.match(QString::fromUtf8(reply.body));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QString backendVersion(quint16 backendPort)
{
    const HttpReply reply = HttpClient::get(backendPort, "/version");
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("version")).toString();
}

// moosefacts on a port the test chooses, so that a restarted backend comes
// back where nginx proxies to (ServerProcess picks a new port every start).
class PinnedBackend
{
public:
    explicit PinnedBackend(quint16 port)
        : m_port(port)
    {
    }
    ~PinnedBackend() { stop(); }

    bool start(const QStringList &arguments)
    {
        m_process.start(ServerProcess::binary(),
                        arguments + QStringList {QStringLiteral("--port"), QString::number(m_port)});
        if (!m_process.waitForStarted(5000)) {
            m_error = m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (HttpClient::get(m_port, "/healthz").status == 200)
                return true;
            QThread::msleep(20);
        }
        m_error = QStringLiteral("moosefacts did not become healthy on port %1: %2")
                      .arg(m_port)
                      .arg(QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }

    // SIGTERM, the way an orchestrator stops it; true if it exited cleanly.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (m_process.waitForFinished(6000))
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        m_process.kill();
        m_process.waitForFinished(3000);
        return false;
    }

    QString errorText() const { return m_error; }

private:
    QProcess m_process;
    quint16 m_port;
    QString m_error;
};

} // namespace

class FrontendBrowserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void fixturesRefuseWhatTheyShould();
    void nginxAnswersWithTheDocumentedHeaders();
    void pageThroughNginxShowsFactsFromTheApi();
    void pageShowsErrorStateWhenBackendIsDown();
    void reloadAfterBackendRestartShowsFactAgain();
    void localRuntimeServesPageAndApiSameOrigin();

private:
    bool startBrowser();
    void verifyShowsKnownFact(const PageView &view);

    QHash<int, QString> m_facts;
    std::unique_ptr<ChromiumSession> m_browser;
};

void FrontendBrowserTest::initTestCase()
{
    if (!ChromiumSession::isAvailable())
        QSKIP("/usr/bin/chromium is missing; scripts/install-deps.sh installs it.");
    if (!NginxProcess::isAvailable())
        QSKIP("/usr/sbin/nginx is missing; scripts/install-deps.sh installs it.");

    QFile file(QStringLiteral(ANTLER_SOURCE_DIR "/server/data/moose-facts.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QJsonArray facts = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("facts")).toArray();
    for (const QJsonValue value : facts) {
        const QJsonObject fact = value.toObject();
        m_facts.insert(fact.value(QStringLiteral("id")).toInt(), fact.value(QStringLiteral("text")).toString());
    }
    QVERIFY2(m_facts.size() >= 60, "server/data/moose-facts.json should hold at least 60 facts");
}

void FrontendBrowserTest::cleanup()
{
    if (m_browser && QTest::currentTestFailed() && m_browser->isRunning()) {
        const QString shot = QStringLiteral(ANTLER_BINARY_DIR "/Testing/tst_frontend_browser/%1.png")
                                 .arg(QLatin1String(QTest::currentTestFunction()));
        if (m_browser->screenshot(shot))
            qWarning("The page at the failure: %s", qPrintable(shot));
        for (const QString &line : m_browser->consoleMessages())
            qWarning("console: %s", qPrintable(line));
    }
    m_browser.reset();
}

bool FrontendBrowserTest::startBrowser()
{
    m_browser = std::make_unique<ChromiumSession>();
    return m_browser->start();
}

void FrontendBrowserTest::verifyShowsKnownFact(const PageView &view)
{
    QVERIFY2(m_facts.contains(view.id),
             qPrintable(QStringLiteral("fact id '%1' is not in moose-facts.json").arg(view.id)));
    QCOMPARE(view.text, m_facts.value(view.id));
    QCOMPARE(view.state, QStringLiteral("ready"));
    QVERIFY(!view.errorVisible);
}

void FrontendBrowserTest::fixturesRefuseWhatTheyShould()
{
    // The nginx fixture rewrites every placeholder, and refuses a config that
    // lost one instead of starting nginx on its container port.
    QFile file(nginxConfig());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString config = QString::fromUtf8(file.readAll());
    QString error;
    const QString rendered = NginxProcess::rewriteConfig(config, QStringLiteral("/tmp/t"), QStringLiteral("/srv/www"),
                                                         40001, 40002, &error);
    QVERIFY2(!rendered.isEmpty(), qPrintable(error));
    QVERIFY(rendered.contains(QLatin1String("listen 127.0.0.1:40001;")));
    QVERIFY(rendered.contains(QLatin1String("server 127.0.0.1:40002")));
    QVERIFY(rendered.contains(QLatin1String("root /srv/www;")));
    QVERIFY(rendered.contains(QLatin1String("pid /tmp/t/nginx.pid;")));
    QVERIFY(!rendered.contains(QLatin1String("8080")));
    QVERIFY(!rendered.contains(QLatin1String("8081")));
    QVERIFY(!rendered.contains(QLatin1String("/usr/share/antler")));
    QVERIFY(!rendered.contains(QLatin1String("/tmp/nginx")));
    QString broken = config;
    broken.replace(QLatin1String("listen 8080"), QLatin1String("listen 9090"));
    QVERIFY(NginxProcess::rewriteConfig(broken, QStringLiteral("/tmp/t"), QStringLiteral("/srv/www"), 1, 2, &error)
                .isEmpty());
    QVERIFY2(error.contains(QLatin1String("listen 8080")), qPrintable(error));

    // The browser fixture reports what goes wrong instead of passing quietly.
    QVERIFY2(startBrowser(), qPrintable(m_browser->lastError()));
    ChromiumSession &browser = *m_browser;
    QVERIFY2(browser.navigate(QUrl(QStringLiteral("data:text/html,<p id=gone hidden>hidden</p><button id=b "
                                                  "onclick=\"document.title='clicked'\">b</button>"))),
             qPrintable(browser.lastError()));
    QCOMPARE(browser.evaluate(QStringLiteral("6 * 7")).toInt(), 42);
    QVERIFY(browser.evaluate(QStringLiteral("(() => { throw new Error('boom'); })()")).isUndefined());
    QVERIFY2(browser.lastError().contains(QLatin1String("boom")), qPrintable(browser.lastError()));
    QVERIFY(!browser.waitFor(QStringLiteral("document.title === 'never'"), 300));
    QVERIFY(!browser.click(QStringLiteral("#missing")));
    QVERIFY(!browser.click(QStringLiteral("#gone")));
    QVERIFY2(browser.click(QStringLiteral("#b")), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(QStringLiteral("document.title === 'clicked'")), qPrintable(browser.lastError()));
    QVERIFY(!browser.navigate(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(freeLoopbackPort()))));
}

void FrontendBrowserTest::nginxAnswersWithTheDocumentedHeaders()
{
    ServerProcess backend;
    QVERIFY2(backend.start({QStringLiteral("--stage"), QStringLiteral("staging"), QStringLiteral("--shutdown-delay"),
                            QStringLiteral("0")}),
             qPrintable(backend.errorText()));
    NginxProcess nginx;
    QVERIFY2(nginx.start(nginxConfig(), frontendDir(), backend.port()), qPrintable(nginx.errorText()));

    // index.html is revalidated on every use, with an ETag.
    const HttpReply index = HttpClient::get(nginx.port(), "/");
    QCOMPARE(index.status, 200);
    QCOMPARE(index.header("Cache-Control"), QByteArray("no-cache"));
    QVERIFY(index.header("Content-Type").startsWith("text/html"));
    const QByteArray etag = index.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(HttpClient::get(nginx.port(), "/", "If-None-Match: " + etag + "\r\n").status, 304);
    QVERIFY(!index.header("Server").contains('/')); // server_tokens off: no version

    // Assets without a content hash in their name are revalidated too; text is gzipped.
    const HttpReply css = HttpClient::get(nginx.port(), "/style.css", "Accept-Encoding: gzip\r\n");
    QCOMPARE(css.status, 200);
    QCOMPARE(css.header("Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(css.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(HttpClient::get(nginx.port(), "/app.js").header("Cache-Control"), QByteArray("no-cache"));
    // A missing asset is never stored, even with a hashed name.
    const HttpReply missing = HttpClient::get(nginx.port(), "/app.0123abcd.js");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("Cache-Control"), QByteArray("no-store"));

    // The API passes through with the backend's no-store.
    const HttpReply fact = HttpClient::get(nginx.port(), "/api/facts/random");
    QCOMPARE(fact.status, 200);
    QCOMPARE(fact.header("Cache-Control"), QByteArray("no-store"));
    const int id = QJsonDocument::fromJson(fact.body).object().value(QStringLiteral("id")).toInt();
    QVERIFY(m_facts.contains(id));
    for (const char *path : {"/healthz", "/readyz", "/version"})
        QCOMPARE(HttpClient::get(nginx.port(), path).status, 200);
    QCOMPARE(QJsonDocument::fromJson(HttpClient::get(nginx.port(), "/version").body)
                 .object()
                 .value(QStringLiteral("stage"))
                 .toString(),
             QStringLiteral("staging"));
    // Metrics stay on the backend's own port.
    QCOMPARE(HttpClient::get(nginx.port(), "/metrics").status, 404);

    // With the backend gone, nginx answers in the backend's JSON shape, never cached.
    QCOMPARE(backend.terminate(), 0);
    const HttpReply down = HttpClient::get(nginx.port(), "/api/facts/random");
    QCOMPARE(down.status, 502);
    QCOMPARE(down.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(QJsonDocument::fromJson(down.body).object().value(QStringLiteral("status")).toInt(), 502);
}

void FrontendBrowserTest::pageThroughNginxShowsFactsFromTheApi()
{
    ServerProcess backend;
    QVERIFY2(backend.start({QStringLiteral("--stage"), QStringLiteral("staging")}), qPrintable(backend.errorText()));
    NginxProcess nginx;
    QVERIFY2(nginx.start(nginxConfig(), frontendDir(), backend.port()), qPrintable(nginx.errorText()));
    QVERIFY2(startBrowser(), qPrintable(m_browser->lastError()));
    ChromiumSession &browser = *m_browser;

    QVERIFY2(browser.navigate(QUrl(nginx.baseUrl() + QStringLiteral("/"))), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(factShown), qPrintable(browser.lastError()));
    const PageView first = readPage(browser);
    verifyShowsKnownFact(first);
    QCOMPARE(first.live, QStringLiteral("polite"));
    QCOMPARE(first.stage, QStringLiteral("staging"));
    QCOMPARE(first.stageKey, QStringLiteral("staging"));
    const QString version = backendVersion(backend.port());
    QVERIFY(!version.isEmpty());
    QCOMPARE(first.version, version);
    QVERIFY(first.sameOrigin);

    // "Another fact" asks the API again and shows a different fact.
    const qint64 before = randomFactRequests(backend.port());
    QVERIFY(before >= 1);
    QVERIFY2(browser.click(QStringLiteral("#another")), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(QStringLiteral("document.getElementById('fact-id').textContent !== '%1' && %2")
                                 .arg(first.id)
                                 .arg(factShown)),
             qPrintable(browser.lastError()));
    const PageView second = readPage(browser);
    verifyShowsKnownFact(second);
    QVERIFY(second.id != first.id);
    QVERIFY(randomFactRequests(backend.port()) > before);
    QVERIFY2(browser.pageErrors().isEmpty(), qPrintable(browser.pageErrors().join(QLatin1Char('\n'))));
}

void FrontendBrowserTest::pageShowsErrorStateWhenBackendIsDown()
{
    ServerProcess backend;
    QVERIFY2(backend.start({QStringLiteral("--stage"), QStringLiteral("staging"), QStringLiteral("--shutdown-delay"),
                            QStringLiteral("0")}),
             qPrintable(backend.errorText()));
    NginxProcess nginx;
    QVERIFY2(nginx.start(nginxConfig(), frontendDir(), backend.port()), qPrintable(nginx.errorText()));
    QVERIFY2(startBrowser(), qPrintable(m_browser->lastError()));
    ChromiumSession &browser = *m_browser;
    QVERIFY2(browser.navigate(QUrl(nginx.baseUrl() + QStringLiteral("/"))), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(factShown), qPrintable(browser.lastError()));
    QVERIFY(!readPage(browser).errorVisible);

    QCOMPARE(backend.terminate(), 0);
    QVERIFY2(browser.reload(), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(errorShown), qPrintable(browser.lastError()));
    const PageView down = readPage(browser);
    QCOMPARE(down.state, QStringLiteral("error"));
    QVERIFY2(down.errorText.contains(QLatin1String("API cannot be reached")), qPrintable(down.errorText));
    QVERIFY(down.retryVisible);
    QVERIFY(down.anotherUsable);
    QVERIFY(!m_facts.values().contains(down.text)); // no stale fact on a fresh load
    QCOMPARE(down.stage, QStringLiteral("unknown"));

    // The page stays usable: "Try again" asks the API again and keeps the error up.
    auto failedFetches = [&nginx] { return nginx.log().count("\"GET /api/facts/random HTTP/1.1\" 502"); };
    const qsizetype failuresBefore = failedFetches();
    QVERIFY(failuresBefore >= 1);
    QVERIFY2(browser.click(QStringLiteral("#retry")), qPrintable(browser.lastError()));
    QVERIFY(QTest::qWaitFor([&] { return failedFetches() > failuresBefore; }, 10000));
    QVERIFY2(browser.waitFor(
                 QStringLiteral("%1 && document.getElementById('fact-card').getAttribute('aria-busy') === 'false'")
                     .arg(errorShown)),
             qPrintable(browser.lastError()));
}

void FrontendBrowserTest::reloadAfterBackendRestartShowsFactAgain()
{
    const quint16 backendPort = freeLoopbackPort();
    const QStringList arguments {QStringLiteral("--stage"), QStringLiteral("staging"),
                                 QStringLiteral("--shutdown-delay"), QStringLiteral("0")};
    auto first = std::make_unique<PinnedBackend>(backendPort);
    QVERIFY2(first->start(arguments), qPrintable(first->errorText()));
    NginxProcess nginx;
    QVERIFY2(nginx.start(nginxConfig(), frontendDir(), backendPort), qPrintable(nginx.errorText()));
    QVERIFY2(startBrowser(), qPrintable(m_browser->lastError()));
    ChromiumSession &browser = *m_browser;
    QVERIFY2(browser.navigate(QUrl(nginx.baseUrl() + QStringLiteral("/"))), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(factShown), qPrintable(browser.lastError()));

    QVERIFY(first->stop());
    QVERIFY2(browser.reload(), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(errorShown), qPrintable(browser.lastError()));

    // The backend comes back on the same port: "Try again" recovers in place...
    PinnedBackend second(backendPort);
    QVERIFY2(second.start(arguments), qPrintable(second.errorText()));
    QCOMPARE(randomFactRequests(backendPort), 0);
    QVERIFY2(browser.click(QStringLiteral("#retry")), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(factShown), qPrintable(browser.lastError()));
    verifyShowsKnownFact(readPage(browser));

    // ...and a reload shows a fact fetched from the new process, nothing cached.
    const qint64 beforeReload = randomFactRequests(backendPort);
    QVERIFY(beforeReload >= 1);
    QVERIFY2(browser.reload(), qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(factShown), qPrintable(browser.lastError()));
    const PageView view = readPage(browser);
    verifyShowsKnownFact(view);
    QCOMPARE(view.stage, QStringLiteral("staging"));
    QVERIFY(randomFactRequests(backendPort) > beforeReload);
}

void FrontendBrowserTest::localRuntimeServesPageAndApiSameOrigin()
{
    // The local runtime: moosefacts alone serves the page and the API.
    ServerProcess backend;
    QVERIFY2(backend.start(
                 {QStringLiteral("--static-dir"), frontendDir(), QStringLiteral("--stage"), QStringLiteral("test")}),
             qPrintable(backend.errorText()));
    QVERIFY2(startBrowser(), qPrintable(m_browser->lastError()));
    ChromiumSession &browser = *m_browser;
    QVERIFY2(browser.navigate(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(backend.port()))),
             qPrintable(browser.lastError()));
    QVERIFY2(browser.waitFor(factShown), qPrintable(browser.lastError()));
    const PageView view = readPage(browser);
    verifyShowsKnownFact(view);
    QCOMPARE(view.stage, QStringLiteral("test"));
    QCOMPARE(view.stageKey, QStringLiteral("test"));
    QCOMPARE(view.version, backendVersion(backend.port()));
    QVERIFY(view.sameOrigin);
    QVERIFY(randomFactRequests(backend.port()) >= 1);
    QVERIFY2(browser.pageErrors().isEmpty(), qPrintable(browser.pageErrors().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(FrontendBrowserTest)
#include "tst_frontend_browser.moc"
