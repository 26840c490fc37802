// Integration tests against a real moosefacts process over real sockets.
// Each robustness case asserts behaviour QtHttpServer 6.4 does not have on
// its own, so it fails if the connection guard in front of it stops working.
#include "HttpClient.h"
#include "PrometheusText.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace antler::test;

namespace {

QJsonObject jsonObject(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// Reads a gauge or counter value from a /metrics scrape.
double metricValue(const QByteArray &scrape, const QByteArray &sample)
{
    for (const QByteArray &line : scrape.split('\n')) {
        if (line.startsWith(sample + ' '))
            return line.mid(sample.size() + 1).toDouble();
    }
    return -1;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestMoosefactsHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routes_data();
    void routes();
    void headRequest();
    void versionReportsStageAndDigest();
    void stageFromEnvironment();
    void metricsFormat();
    void keepAliveReusesConnection();
    void connectionCloseIsHonoured();
    void http10ClosesByDefault();
    void http10KeepAlive();
    void idleTimeoutClosesConnection();
    void limits_data();
    void limits();
    void largeBodyStillGetsAnswer();
    void malformedGets400ThenClose_data();
    void malformedGets400ThenClose();
    void stalledRequestTimesOut();
    void twoThousandIdleConnections();
    void connectionCapRefusesPolitely();
    void sigtermDrainsInFlightRequest();
    void sigtermFinishesPartiallyReceivedRequest();
    void secondSigtermDoesNotCutTheDrainShort();
    void staticTraversalRefused_data();
    void staticTraversalRefused();
    void staticFrontendHeaders();
    void corsOffByDefault();
    void corsAllowsOneOrigin();
    void accessLog();
    void badFactsFileExitsWith2();
    void badArgumentsExitWith2();

private:
    ServerProcess m_server;
};

void TestMoosefactsHttp::initTestCase()
{
    // The 2,000-connection case needs more descriptors than the usual 1024.
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    QVERIFY2(m_server.start({QStringLiteral("--stage"), QStringLiteral("test")}), qPrintable(m_server.errorText()));
}

void TestMoosefactsHttp::routes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("jsonKey"); // a key the JSON body must have

    const QByteArray json("application/json");
    QTest::newRow("list") << get("/api/facts") << 200 << json << "facts";
    QTest::newRow("list paged") << get("/api/facts?offset=10&limit=5") << 200 << json << "facts";
    QTest::newRow("limit zero") << get("/api/facts?limit=0") << 400 << json << "message";
    QTest::newRow("limit too big") << get("/api/facts?limit=101") << 400 << json << "message";
    QTest::newRow("limit not a number") << get("/api/facts?limit=ten") << 400 << json << "message";
    QTest::newRow("negative offset") << get("/api/facts?offset=-1") << 400 << json << "message";
    QTest::newRow("offset past end") << get("/api/facts?offset=100000") << 400 << json << "message";
    QTest::newRow("random") << get("/api/facts/random") << 200 << json << "text";
    QTest::newRow("by id") << get("/api/facts/1") << 200 << json << "text";
    QTest::newRow("missing id") << get("/api/facts/99999") << 404 << json << "message";
    QTest::newRow("non-number id") << get("/api/facts/moose") << 400 << json << "message";
    QTest::newRow("healthz") << get("/healthz") << 200 << json << "status";
    QTest::newRow("readyz") << get("/readyz") << 200 << json << "status";
    QTest::newRow("version") << get("/version") << 200 << json << "version";
    QTest::newRow("metrics") << get("/metrics") << 200 << QByteArray("text/plain; version=0.0.4; charset=utf-8")
                             << QString();
    QTest::newRow("unknown path") << get("/nope") << 404 << json << "message";
    QTest::newRow("unknown api path") << get("/api/moose") << 404 << json << "message";
    QTest::newRow("root without frontend") << get("/") << 404 << json << "message";
    QTest::newRow("post to read-only") << QByteArray(
        "POST /api/facts HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}")
                                       << 405 << json << "message";
    QTest::newRow("delete") << QByteArray("DELETE /api/facts/1 HTTP/1.1\r\nHost: a\r\n\r\n") << 405 << json
                            << "message";
    QTest::newRow("put to unknown") << QByteArray("PUT /nope HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n") << 404
                                    << json << "message";
}

void TestMoosefactsHttp::routes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, jsonKey);
    HttpClient client(m_server.port());
    const HttpReply reply = client.request(request);
    QVERIFY(reply.complete);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), contentType);
    QCOMPARE(reply.header("Content-Length").toInt(), reply.body.size());
    QVERIFY(!reply.header("Date").isEmpty());
    if (!jsonKey.isEmpty()) {
        const QJsonObject o = jsonObject(reply);
        QVERIFY2(o.contains(jsonKey), reply.body.constData());
        if (status >= 400) {
            QCOMPARE(o.value(QLatin1String("status")).toInt(), status);
            QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        }
    }
    if (status == 405)
        QCOMPARE(reply.header("Allow"), QByteArray("GET, HEAD"));
    if (request.startsWith("GET /api/") && status == 200)
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    if (QTest::currentDataTag() == QLatin1String("list paged")) {
        const QJsonObject o = jsonObject(reply);
        QCOMPARE(o.value(QLatin1String("offset")).toInt(), 10);
        QCOMPARE(o.value(QLatin1String("facts")).toArray().size(), 5);
        QVERIFY(o.value(QLatin1String("total")).toInt() >= 50);
    }
    if (QTest::currentDataTag() == QLatin1String("by id"))
        QCOMPARE(jsonObject(reply).value(QLatin1String("id")).toInt(), 1);
    // Errors keep the connection usable: a second request answers.
    if (reply.header("Connection") != "close")
        QCOMPARE(client.request(get("/healthz")).status, 200);
}

void TestMoosefactsHttp::headRequest()
{
    HttpClient client(m_server.port());
    const HttpReply reply = client.request("HEAD /api/facts/1 HTTP/1.1\r\nHost: a\r\n\r\n", 2000);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Length").toInt() > 0);
    QVERIFY(reply.body.isEmpty());
    // No body follows: the next bytes are the next response.
    const HttpReply next = client.request(get("/healthz"));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.body, QByteArray("{\"status\":\"ok\"}"));
}

void TestMoosefactsHttp::versionReportsStageAndDigest()
{
    ServerProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANTLER_IMAGE_DIGEST"), QStringLiteral("sha256:0123abcd"));
    QVERIFY2(server.start({QStringLiteral("--stage"), QStringLiteral("staging")}, env), qPrintable(server.errorText()));
    const QJsonObject o = jsonObject(HttpClient::get(server.port(), "/version"));
    QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("staging"));
    QCOMPARE(o.value(QLatin1String("image_digest")).toString(), QStringLiteral("sha256:0123abcd"));
    QVERIFY(!o.value(QLatin1String("version")).toString().isEmpty());
    QVERIFY(!o.value(QLatin1String("commit")).toString().isEmpty());
    QVERIFY(o.value(QLatin1String("build_time")).toString().contains(QLatin1Char('T')));
    QCOMPARE(server.terminate(), 0);
}

void TestMoosefactsHttp::stageFromEnvironment()
{
    ServerProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANTLER_STAGE"), QStringLiteral("production"));
    env.remove(QStringLiteral("ANTLER_IMAGE_DIGEST"));
    QVERIFY2(server.start({}, env), qPrintable(server.errorText()));
    const QJsonObject o = jsonObject(HttpClient::get(server.port(), "/version"));
    QCOMPARE(o.value(QLatin1String("stage")).toString(), QStringLiteral("production"));
    QVERIFY(o.value(QLatin1String("image_digest")).isNull());
}

void TestMoosefactsHttp::metricsFormat()
{
    for (const QByteArray path : {"/api/facts/random", "/api/facts/3", "/api/facts/x", "/nope"})
        QVERIFY(HttpClient::get(m_server.port(), path).complete);
    HttpClient(m_server.port()).request("POST /healthz HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
    const HttpReply reply = HttpClient::get(m_server.port(), "/metrics");
    QCOMPARE(reply.status, 200);
    const QStringList problems = validatePrometheusText(reply.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(
        metricValue(reply.body, "moosefacts_http_requests_total{method=\"GET\",route=\"/api/facts/{id}\",code=\"400\"}")
        >= 1);
    QVERIFY(metricValue(reply.body, "moosefacts_http_requests_total{method=\"POST\",route=\"/healthz\",code=\"405\"}")
            >= 1);
    QVERIFY(metricValue(reply.body, "moosefacts_http_requests_total{method=\"GET\",route=\"unmatched\",code=\"404\"}")
            >= 1);
    QVERIFY(reply.body.contains(
        "moosefacts_http_request_duration_seconds_bucket{route=\"/api/facts/random\",le=\"+Inf\"}"));
    QVERIFY(reply.body.contains("moosefacts_build_info{version=\""));
    QVERIFY(metricValue(reply.body, "process_start_time_seconds") > 1.6e9);
    // Raw paths never become labels.
    QVERIFY(!reply.body.contains("/api/facts/3\""));
}

void TestMoosefactsHttp::keepAliveReusesConnection()
{
    HttpClient client(m_server.port());
    for (int i = 0; i < 5; ++i) {
        const HttpReply reply = client.request(get("/api/facts/random"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Connection"), QByteArray("keep-alive"));
    }
    QVERIFY(client.isConnected());
}

void TestMoosefactsHttp::connectionCloseIsHonoured()
{
    HttpClient client(m_server.port());
    const HttpReply reply = client.request(get("/healthz", "Connection: close\r\n"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Connection"), QByteArray("close"));
    QVERIFY2(client.waitForClose(3000), "the server must close after a Connection: close request");
}

void TestMoosefactsHttp::http10ClosesByDefault()
{
    HttpClient client(m_server.port());
    const HttpReply reply = client.request("GET /api/facts/random HTTP/1.0\r\n\r\n");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Connection"), QByteArray("close"));
    QVERIFY2(client.waitForClose(3000), "HTTP/1.0 without keep-alive must be closed after the response");
}

void TestMoosefactsHttp::http10KeepAlive()
{
    HttpClient client(m_server.port());
    const HttpReply first = client.request("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Connection"), QByteArray("keep-alive"));
    const HttpReply second = client.request("GET /readyz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(second.status, 200);
}

void TestMoosefactsHttp::idleTimeoutClosesConnection()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--idle-timeout"), QStringLiteral("0.5")}), qPrintable(server.errorText()));
    HttpClient client(server.port());
    QCOMPARE(client.request(get("/healthz")).status, 200);
    QVERIFY2(client.waitForClose(5000), "an idle keep-alive connection must be closed after --idle-timeout");

    // The default (15 s) keeps it open well past half a second.
    HttpClient longLived(m_server.port());
    QCOMPARE(longLived.request(get("/healthz")).status, 200);
    QVERIFY(!longLived.waitForClose(1500));
    QCOMPARE(longLived.request(get("/healthz")).status, 200);
}

void TestMoosefactsHttp::limits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("url over 8 KiB") << get("/api/facts/" + QByteArray(8300, '1')) << 414;
    QTest::newRow("query over 8 KiB") << get("/api/facts?x=" + QByteArray(9000, 'q')) << 414;
    QByteArray headers;
    for (int i = 0; i < 40; ++i)
        headers += "X-Moose-" + QByteArray::number(i) + ": " + QByteArray(500, 'm') + "\r\n";
    QTest::newRow("headers over 16 KiB") << get("/healthz", headers) << 431;
    QTest::newRow("declared body over 1 MiB")
        << QByteArray("POST /api/facts HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n") << 413;
    QTest::newRow("chunked body over 1 MiB")
        << QByteArray("POST /api/facts HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n") << 413;
}

void TestMoosefactsHttp::limits()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    HttpClient client(m_server.port());
    const HttpReply reply = client.request(request);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Connection"), QByteArray("close"));
    QCOMPARE(jsonObject(reply).value(QLatin1String("status")).toInt(), status);
    QVERIFY(client.waitForClose(3000));
    // The server is unharmed.
    QCOMPARE(HttpClient::get(m_server.port(), "/healthz").status, 200);
    const QByteArray scrape = HttpClient::get(m_server.port(), "/metrics").body;
    QVERIFY(metricValue(scrape, "moosefacts_http_rejected_total{code=\"" + QByteArray::number(status) + "\"}") >= 1);
}

void TestMoosefactsHttp::largeBodyStillGetsAnswer()
{
    // A client that sends its whole 2 MiB body anyway must still read the 413
    // instead of a connection reset.
    HttpClient client(m_server.port());
    QVERIFY(client.connectToServer());
    client.socket()->write("POST /api/facts HTTP/1.1\r\nHost: a\r\nContent-Length: 2097152\r\n\r\n");
    client.socket()->write(QByteArray(2097152, 'x'));
    client.socket()->waitForBytesWritten(2000);
    const HttpReply reply = client.readReply(5000);
    QCOMPARE(reply.status, 413);
}

void TestMoosefactsHttp::malformedGets400ThenClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("MOOSE\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /healthz\r\n\r\n") << 400;
    QTest::newRow("bad header") << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\nthis is not a header\r\n\r\n")
                                << 400;
    QTest::newRow("no host") << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("smuggling") << QByteArray(
        "POST /api/facts HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                               << 400;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << 400;
    QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n") << 501;
    QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
}

void TestMoosefactsHttp::malformedGets400ThenClose()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    HttpClient client(m_server.port());
    const HttpReply reply = client.request(request);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Connection"), QByteArray("close"));
    QVERIFY2(client.waitForClose(3000), "a malformed request must get its answer and then a closed connection");
}

void TestMoosefactsHttp::stalledRequestTimesOut()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--idle-timeout"), QStringLiteral("0.3")}), qPrintable(server.errorText()));
    HttpClient client(server.port());
    QVERIFY(client.connectToServer());
    // Half a request line, then nothing: the idle timeout does not apply
    // (a request is under way) but the connection must not hang forever.
    QVERIFY(client.send("GET /heal"));
    QVERIFY(!client.waitForClose(1000));
    QVERIFY(client.send("thz HTTP/1.1\r\nHost: a\r\n\r\n"));
    QCOMPARE(client.readReply().status, 200);
}

void TestMoosefactsHttp::twoThousandIdleConnections()
{
    constexpr int count = 2000;
    QList<int> fds;
    auto closeAll = qScopeGuard([&fds] {
        for (int fd : std::as_const(fds))
            ::close(fd);
    });
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_server.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY2(fd >= 0, "the test ran out of file descriptors");
        fds.append(fd);
        QVERIFY(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    }
    // Wait until the server has accepted them all (it counts open connections).
    double open = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (open = metricValue(HttpClient::get(m_server.port(), "/metrics").body, "moosefacts_http_connections_open"))
            >= count + 1,
        30000);
    // With 2,000 idle connections open, a normal request still answers.
    const HttpReply reply = HttpClient::get(m_server.port(), "/api/facts/random");
    QCOMPARE(reply.status, 200);
    QVERIFY(jsonObject(reply).contains(QLatin1String("text")));
    // And the idle ones are still connected (not dropped to make room).
    char byte = 0;
    const ssize_t n = ::recv(fds.first(), &byte, 1, MSG_DONTWAIT);
    QVERIFY2(n < 0 && errno == EAGAIN, "an idle connection was closed early");
}

void TestMoosefactsHttp::connectionCapRefusesPolitely()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--max-connections"), QStringLiteral("10")}), qPrintable(server.errorText()));
    std::vector<std::unique_ptr<HttpClient>> idle;
    // ServerProcess's health checks may still be closing; fill up to the cap.
    for (int i = 0; i < 10; ++i) {
        idle.push_back(std::make_unique<HttpClient>(server.port()));
        QVERIFY(idle.back()->connectToServer());
        QCOMPARE(idle.back()->request(get("/healthz")).status, 200);
    }
    HttpClient extra(server.port());
    const HttpReply refused = extra.request(get("/healthz"));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
    QCOMPARE(refused.header("Connection"), QByteArray("close"));
    QVERIFY(extra.waitForClose(3000));
    // The connections already open keep working.
    QCOMPARE(idle.front()->request(get("/api/facts/1")).status, 200);
    // Once some close, new clients are served again.
    idle.clear();
    QTRY_COMPARE_WITH_TIMEOUT(HttpClient::get(server.port(), "/healthz").status, 200, 30000);
    QCOMPARE(server.terminate(), 0);
}

void TestMoosefactsHttp::sigtermDrainsInFlightRequest()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--response-delay"), QStringLiteral("1500"),
                           QStringLiteral("--shutdown-delay"), QStringLiteral("500")}),
             qPrintable(server.errorText()));
    HttpClient inFlight(server.port());
    QVERIFY(inFlight.connectToServer());
    QVERIFY(inFlight.send(get("/api/facts/random")));
    QTest::qWait(200);
    ::kill(pid_t(server.pid()), SIGTERM);
    // Signals arrive asynchronously; the server says when it has taken it.
    QTRY_VERIFY_WITH_TIMEOUT(server.standardError().contains("draining"), 30000);

    // Readiness turns false first, while the server still answers.
    HttpClient probe(server.port());
    const HttpReply ready = probe.request(get("/readyz"), 4000);
    QCOMPARE(ready.status, 503);
    QCOMPARE(jsonObject(ready).value(QLatin1String("status")).toString(), QStringLiteral("draining"));

    // The request that was in flight is answered in full, then closed.
    const HttpReply reply = inFlight.readReply(5000);
    QCOMPARE(reply.status, 200);
    QVERIFY(jsonObject(reply).contains(QLatin1String("text")));
    QCOMPARE(reply.header("Connection"), QByteArray("close"));

    // And the process exits 0 within 5 s of the signal.
    QVERIFY(server.process().state() == QProcess::NotRunning || server.process().waitForFinished(5000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    // New connections are no longer accepted.
    HttpClient late(server.port());
    QVERIFY(!late.connectToServer(1000) || late.request(get("/healthz"), 1000).status != 200);
}

void TestMoosefactsHttp::sigtermFinishesPartiallyReceivedRequest()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--shutdown-delay"), QStringLiteral("0")}), qPrintable(server.errorText()));
    HttpClient idle(server.port());
    QCOMPARE(idle.request(get("/healthz")).status, 200);
    HttpClient partial(server.port());
    QVERIFY(partial.connectToServer());
    QVERIFY(partial.send("GET /api/facts/2 HTTP/1.1\r\nHost: a\r\n"));
    QTest::qWait(100);
    ::kill(pid_t(server.pid()), SIGTERM);
    // Idle keep-alive connections are closed at once...
    QVERIFY(idle.waitForClose(3000));
    // ...but the request that had started arriving is completed and answered.
    QTest::qWait(300);
    QVERIFY(partial.send("User-Agent: slow\r\n\r\n"));
    const HttpReply reply = partial.readReply(4000);
    QCOMPARE(reply.status, 200);
    QCOMPARE(jsonObject(reply).value(QLatin1String("id")).toInt(), 2);
    QVERIFY(server.process().state() == QProcess::NotRunning || server.process().waitForFinished(5000));
    QCOMPARE(server.process().exitCode(), 0);
}

void TestMoosefactsHttp::secondSigtermDoesNotCutTheDrainShort()
{
    // A deployer that finds a draining release left over by an interrupted
    // rollout stops it again; the requests it still answers must not be lost.
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--response-delay"), QStringLiteral("1500"),
                           QStringLiteral("--shutdown-delay"), QStringLiteral("200")}),
             qPrintable(server.errorText()));
    HttpClient inFlight(server.port());
    QVERIFY(inFlight.connectToServer());
    QVERIFY(inFlight.send(get("/api/facts/random")));
    QTest::qWait(200);
    ::kill(pid_t(server.pid()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(server.standardError().contains("draining"), 30000);
    ::kill(pid_t(server.pid()), SIGTERM);
    const HttpReply reply = inFlight.readReply(5000);
    QCOMPARE(reply.status, 200);
    QVERIFY(jsonObject(reply).contains(QLatin1String("text")));
    QTRY_VERIFY_WITH_TIMEOUT(server.standardError().contains("SIGTERM received again"), 30000);
    QVERIFY(server.process().state() == QProcess::NotRunning || server.process().waitForFinished(5000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
}

void TestMoosefactsHttp::staticTraversalRefused_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("dot dot") << QByteArray("/../secret.txt");
    QTest::newRow("deep dot dot") << QByteArray("/a/../../../../etc/passwd");
    QTest::newRow("encoded dot dot") << QByteArray("/%2e%2e/secret.txt");
    QTest::newRow("upper encoded") << QByteArray("/%2E%2E/%2E%2E/etc/passwd");
    QTest::newRow("mixed encoded") << QByteArray("/.%2e/secret.txt");
    QTest::newRow("encoded slash") << QByteArray("/..%2fsecret.txt");
    QTest::newRow("symlink out") << QByteArray("/escape.txt");
    QTest::newRow("symlinked folder out") << QByteArray("/outside/secret.txt");
}

void TestMoosefactsHttp::staticTraversalRefused()
{
    QFETCH(QByteArray, path);
    QTemporaryDir root, outside;
    QFile index(root.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("<html>moose</html>");
    index.close();
    QFile secret(outside.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("top secret");
    secret.close();
    QFile::link(secret.fileName(), root.filePath(QStringLiteral("escape.txt")));
    QFile::link(outside.path(), root.filePath(QStringLiteral("outside")));
    // Also place a secret right above the root, where ../ would land.
    QFile above(QFileInfo(root.path()).dir().filePath(QStringLiteral("secret.txt")));

    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--static-dir"), root.path()}), qPrintable(server.errorText()));
    QCOMPARE(HttpClient::get(server.port(), "/").body, QByteArray("<html>moose</html>"));
    const HttpReply reply = HttpClient::get(server.port(), path);
    QVERIFY2(reply.status == 403 || reply.status == 404 || reply.status == 400, reply.statusLine.constData());
    QVERIFY(!reply.body.contains("top secret"));
    QVERIFY(!reply.body.contains("root:"));
}

void TestMoosefactsHttp::staticFrontendHeaders()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--static-dir"), QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend")}),
             qPrintable(server.errorText()));
    const HttpReply page = HttpClient::get(server.port(), "/");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-cache"));
    const QByteArray etag = page.header("ETag");
    QVERIFY(!etag.isEmpty());
    const HttpReply again = HttpClient::get(server.port(), "/", "If-None-Match: " + etag + "\r\n");
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    // The API next to it is never cacheable.
    QCOMPARE(HttpClient::get(server.port(), "/api/facts/random").header("Cache-Control"), QByteArray("no-store"));
}

void TestMoosefactsHttp::corsOffByDefault()
{
    const HttpReply reply = HttpClient::get(m_server.port(), "/api/facts/random", "Origin: http://evil.example\r\n");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Access-Control-Allow-Origin").isEmpty());
}

void TestMoosefactsHttp::corsAllowsOneOrigin()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--cors-origin"), QStringLiteral("http://app.example")}),
             qPrintable(server.errorText()));
    const HttpReply allowed = HttpClient::get(server.port(), "/api/facts/random", "Origin: http://app.example\r\n");
    QCOMPARE(allowed.header("Access-Control-Allow-Origin"), QByteArray("http://app.example"));
    QCOMPARE(allowed.header("Vary"), QByteArray("Origin"));
    const HttpReply other = HttpClient::get(server.port(), "/api/facts/random", "Origin: http://evil.example\r\n");
    QVERIFY(other.header("Access-Control-Allow-Origin").isEmpty());
    HttpClient preflight(server.port());
    const HttpReply options
        = preflight.request("OPTIONS /api/facts/random HTTP/1.1\r\nHost: a\r\nOrigin: http://app.example\r\n"
                            "Access-Control-Request-Method: GET\r\n\r\n");
    QCOMPARE(options.status, 204);
    QCOMPARE(options.header("Access-Control-Allow-Origin"), QByteArray("http://app.example"));
    QVERIFY(options.header("Access-Control-Allow-Methods").contains("GET"));
}

void TestMoosefactsHttp::accessLog()
{
    ServerProcess quiet;
    QVERIFY2(quiet.start(), qPrintable(quiet.errorText()));
    QCOMPARE(HttpClient::get(quiet.port(), "/api/facts/5").status, 200);
    QTest::qWait(100);
    QVERIFY2(quiet.process().readAllStandardOutput().isEmpty(), "the access log is off by default");

    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--access-log")}), qPrintable(server.errorText()));
    QCOMPARE(HttpClient::get(server.port(), "/api/facts/5", "User-Agent: moose-test\r\n").status, 200);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += server.process().readAllStandardOutput()).contains("moose-test"), 30000);
    QJsonObject entry;
    for (const QByteArray &line : out.split('\n')) {
        if (line.contains("moose-test"))
            entry = QJsonDocument::fromJson(line).object();
    }
    QCOMPARE(entry.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(entry.value(QLatin1String("path")).toString(), QStringLiteral("/api/facts/5"));
    QCOMPARE(entry.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(entry.value(QLatin1String("remote")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(entry.contains(QLatin1String("duration_ms")));
    QVERIFY(entry.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
}

void TestMoosefactsHttp::badFactsFileExitsWith2()
{
    QProcess process;
    const QString file = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/broken/facts/syntax-error.json");
    process.start(ServerProcess::binary(),
                  {QStringLiteral("--facts"), file, QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("syntax-error.json:3:") && err.contains("invalid JSON"), err.constData());
    QCOMPARE(err.count('\n'), 1);
}

void TestMoosefactsHttp::badArgumentsExitWith2()
{
    const QList<QStringList> cases {
        {QStringLiteral("--port"), QStringLiteral("moose")},
        {QStringLiteral("--port"), QStringLiteral("70000")},
        {QStringLiteral("--bind"), QStringLiteral("not-an-address")},
        {QStringLiteral("--idle-timeout"), QStringLiteral("-1")},
        {QStringLiteral("--request-timeout"), QStringLiteral("0")},
        {QStringLiteral("--request-timeout"), QStringLiteral("soon")},
        {QStringLiteral("--no-such-flag")},
        {QStringLiteral("--static-dir"), QStringLiteral("/nonexistent/frontend"), QStringLiteral("--port"),
         QStringLiteral("0")},
    };
    for (const QStringList &args : cases) {
        QProcess process;
        process.start(ServerProcess::binary(), args);
        QVERIFY(process.waitForFinished(5000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() != 0, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(err.startsWith("moosefacts: ") && err.count('\n') == 1, err.constData());
    }
}

QTEST_GUILESS_MAIN(TestMoosefactsHttp)
#include "tst_moosefacts_http.moc"
