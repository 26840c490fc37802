// moosefacts under hostile and heavy connection loads, on loopback: a
// thousand slowloris clients (a request sent one byte a second, never
// finished) must be shed by the request timeout while normal requests keep
// being answered, and ten thousand keep-alive connections must all be served
// at once where the file-descriptor limit allows. Behaviour only: the
// latency under slowloris is printed by tests/bench/slowloris_bench.
#include "HttpClient.h"
#include "RawConnections.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QtTest>

#include <iterator>

using antler::test::HttpClient;
using antler::test::RawConnections;
using antler::test::ServerProcess;

namespace {

double metricValue(const QByteArray &scrape, const QByteArray &sample)
{
    for (const QByteArray &line : scrape.split('\n')) {
        if (line.startsWith(sample + ' '))
            return line.mid(sample.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class TestMoosefactsLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slowlorisClientsAreShedWhileOthersAreAnswered();
    void tenThousandKeepAliveConnections();

private:
    rlim_t m_descriptors = 0;
};

void TestMoosefactsLoad::initTestCase()
{
    // Before any server starts, so each inherits the raised limit.
    m_descriptors = RawConnections::raiseDescriptorLimit();
}

void TestMoosefactsLoad::slowlorisClientsAreShedWhileOthersAreAnswered()
{
    constexpr int slowCount = 1000;
    if (m_descriptors < rlim_t(slowCount) + 256)
        QSKIP(qPrintable(QStringLiteral("%1 slow clients need about %2 open files; the limit here is %3")
                             .arg(slowCount)
                             .arg(slowCount + 256)
                             .arg(qulonglong(m_descriptors))));
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--request-timeout"), QStringLiteral("3")}), qPrintable(server.errorText()));
    RawConnections slow(server.port());
    QString error;
    QVERIFY2(slow.open(slowCount, &error), qPrintable(error));

    // One byte a second on every slow connection: a request line, then a
    // header that never ends. Each byte is activity; only a timeout counted
    // from the request's first byte can end it.
    const QByteArray drip = "GET /api/facts/random HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(64, 'a');
    int dripped = 0;
    int normalAnswered = 0;
    int normalFailed = 0;
    QByteArray firstFailure;
    QDeadlineTimer nextDrip(0);
    const QDeadlineTimer limit(30000);
    while (slow.closedCount() < slowCount && !limit.hasExpired()) {
        if (nextDrip.hasExpired() && dripped < drip.size()) {
            slow.sendToOpen(drip.mid(dripped++, 1));
            nextDrip.setRemainingTime(1000);
        }
        // A normal client meanwhile: a new connection, a whole request.
        const auto reply = HttpClient::get(server.port(), "/api/facts/random");
        if (reply.status == 200) {
            ++normalAnswered;
        } else if (normalFailed++ == 0) {
            firstFailure = reply.statusLine.isEmpty() ? QByteArray("no answer") : reply.statusLine;
        }
        slow.collect(20);
    }
    QVERIFY2(normalFailed == 0,
             qPrintable(QStringLiteral("%1 of %2 normal requests failed during the slowloris; "
                                       "first: %3")
                            .arg(normalFailed)
                            .arg(normalFailed + normalAnswered)
                            .arg(QString::fromUtf8(firstFailure))));
    QVERIFY(normalAnswered > 0);
    // Every slow client was shed, each with the request timeout's answer.
    QCOMPARE(slow.closedCount(), slowCount);
    QCOMPARE(slow.receivedStartingWith("HTTP/1.1 408 "), slowCount);
    QVERIFY2(dripped > 1, "the slow clients were shed before they had sent two bytes");
    qInfo("%d slowloris clients shed with 408 after %d bytes each at one a second; %d normal requests answered "
          "meanwhile, none failed",
          slowCount, dripped, normalAnswered);
    // The server is still well.
    QCOMPARE(HttpClient::get(server.port(), "/healthz").status, 200);
    QCOMPARE(server.terminate(), 0);
}

void TestMoosefactsLoad::tenThousandKeepAliveConnections()
{
    constexpr int count = 10000;
    // This process holds one end of each connection, the server the other,
    // each with some descriptors of its own besides.
    constexpr rlim_t needed = count + 512;
    if (m_descriptors < needed)
        QSKIP(qPrintable(QStringLiteral("%1 connections need about %2 open files in this process and in moosefacts; "
                                        "the hard limit here is %3 (raise it with ulimit -Hn or LimitNOFILE)")
                             .arg(count)
                             .arg(qulonglong(needed))
                             .arg(qulonglong(m_descriptors))));
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--max-connections"), QString::number(count + 100),
                           QStringLiteral("--idle-timeout"), QStringLiteral("600")}),
             qPrintable(server.errorText()));
    RawConnections clients(server.port());
    QString error;
    QVERIFY2(clients.open(count, &error), qPrintable(error));

    // Every connection is answered and kept open...
    const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QCOMPARE(clients.sendToOpen(request), count);
    QCOMPARE(clients.collectResponses(120000), count);
    QCOMPARE(clients.receivedStartingWith("HTTP/1.1 200 "), count);
    QCOMPARE(clients.closedCount(), 0);
    const double open
        = metricValue(HttpClient::get(server.port(), "/metrics").body, "moosefacts_http_connections_open");
    QVERIFY2(open >= count, qPrintable(QString::number(open)));

    // ...new clients are still served while they are held, on every route...
    int normalFailed = 0;
    QByteArray firstFailure;
    const QByteArray paths[] = {"/api/facts/random", "/healthz", "/readyz", "/version", "/api/facts"};
    for (int i = 0; i < 50; ++i) {
        const QByteArray &path = paths[i % std::size(paths)];
        const auto reply = HttpClient::get(server.port(), path);
        if (reply.status != 200 && normalFailed++ == 0)
            firstFailure = path + ": " + (reply.statusLine.isEmpty() ? QByteArray("no answer") : reply.statusLine);
    }
    QVERIFY2(normalFailed == 0,
             qPrintable(QStringLiteral("%1 of 50 normal requests failed; first: %2")
                            .arg(normalFailed)
                            .arg(QString::fromUtf8(firstFailure))));

    // ...and each answers a second request on the same connection.
    clients.clearReceived();
    QCOMPARE(clients.sendToOpen(request), count);
    QCOMPARE(clients.collectResponses(120000), count);
    QCOMPARE(clients.receivedStartingWith("HTTP/1.1 200 "), count);
    QCOMPARE(clients.closedCount(), 0);
    // ...and once more after that second round.
    QCOMPARE(HttpClient::get(server.port(), "/api/facts/random").status, 200);
    qInfo("%d keep-alive connections open at once, each answered twice (%.0f counted open by the server); 51 "
          "normal requests on new connections meanwhile, none failed",
          count, open);
    QCOMPARE(server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestMoosefactsLoad)
#include "tst_moosefacts_load.moc"
