// moosefacts with 10,000 keep-alive connections open at once, on loopback,
// in one invocation: how long opening them and a request on each take, what
// the connections cost the server in memory, and normal clients' latency
// while they are held against the same server with none. Run by hand
// (tests/bench/README.md):
//
//   build/tests/bench/keepalive_bench [CONNECTIONS] [SECONDS]   (default 10000, 10)
//
// The soft RLIMIT_NOFILE is raised to the hard limit first (moosefacts
// inherits it); each side needs about CONNECTIONS + 512 descriptors.
// Exit status 0 when every connection was answered twice and no normal
// request failed, 1 when not, 2 when it could not run.
#include "HttpClient.h"
#include "RawConnections.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using antler::test::HttpClient;
using antler::test::RawConnections;
using antler::test::ServerProcess;

namespace {

struct Figures
{
    int requests = 0;
    int failed = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

// Normal requests on a new connection each, one after another, for the given time.
Figures measure(quint16 port, int seconds)
{
    std::vector<double> ms;
    Figures figures;
    const QDeadlineTimer end(seconds * 1000);
    while (!end.hasExpired()) {
        QElapsedTimer clock;
        clock.start();
        const auto reply = HttpClient::get(port, "/api/facts/random");
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        if (reply.status != 200) {
            ++figures.failed;
            continue;
        }
        ms.push_back(elapsed);
    }
    figures.requests = int(ms.size());
    if (ms.empty())
        return figures;
    std::sort(ms.begin(), ms.end());
    figures.p50 = ms[ms.size() / 2];
    figures.p99 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))];
    figures.max = ms.back();
    return figures;
}

// The resident memory of a process in MiB, from /proc.
double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void print(const char *label, const Figures &f)
{
    std::printf("| %-32s | %8d | %6d | %8.2f | %8.2f | %8.2f |\n", label, f.requests, f.failed, f.p50, f.p99, f.max);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int seconds = args.size() > 2 ? args.at(2).toInt() : 10;
    if (count <= 0 || seconds <= 0) {
        std::fprintf(stderr, "usage: keepalive_bench [CONNECTIONS] [SECONDS]\n");
        return 2;
    }
    const rlim_t limit = RawConnections::raiseDescriptorLimit();
    if (limit < rlim_t(count) + 512) {
        std::fprintf(stderr, "keepalive_bench: %d connections need about %d open files; the limit is %llu\n", count,
                     count + 512, static_cast<unsigned long long>(limit));
        return 2;
    }
    ServerProcess server;
    if (!server.start({QStringLiteral("--max-connections"), QString::number(count + 100),
                       QStringLiteral("--idle-timeout"), QStringLiteral("600")})) {
        std::fprintf(stderr, "keepalive_bench: %s\n", qPrintable(server.errorText()));
        return 2;
    }
    const Figures quiet = measure(server.port(), seconds);
    const double idleMiB = residentMiB(server.pid());

    RawConnections clients(server.port());
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!clients.open(count, &error)) {
        std::fprintf(stderr, "keepalive_bench: %s\n", qPrintable(error));
        return 2;
    }
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    double roundMs[2] = {0, 0};
    int answered[2] = {0, 0};
    for (int round = 0; round < 2; ++round) {
        clients.clearReceived();
        clock.restart();
        clients.sendToOpen(request);
        clients.collectResponses(120000);
        roundMs[round] = double(clock.nsecsElapsed()) / 1e6;
        answered[round] = clients.receivedStartingWith("HTTP/1.1 200 ");
    }
    const double heldMiB = residentMiB(server.pid());
    const Figures held = measure(server.port(), seconds);
    const int stillOpen = clients.size() - clients.closedCount();

    std::printf("moosefacts, %d keep-alive connections held open at once, loopback\n\n", count);
    std::printf("| %-40s | %12s |\n", "", "figure");
    std::printf("|------------------------------------------|--------------|\n");
    std::printf("| %-40s | %9.0f ms |\n", "open all connections", openMs);
    std::printf("| %-40s | %9.0f ms |\n", "GET /healthz on each, first round", roundMs[0]);
    std::printf("| %-40s | %9.0f ms |\n", "GET /healthz on each, second round", roundMs[1]);
    std::printf("| %-40s | %6d/%-5d |\n", "answered 200, first round", answered[0], count);
    std::printf("| %-40s | %6d/%-5d |\n", "answered 200, second round", answered[1], count);
    std::printf("| %-40s | %9.0f /s |\n", "requests per second, second round",
                roundMs[1] > 0 ? count / (roundMs[1] / 1000.0) : 0.0);
    std::printf("| %-40s | %8.1f MiB |\n", "server resident memory, idle", idleMiB);
    std::printf("| %-40s | %8.1f MiB |\n", "server resident memory, connections held", heldMiB);
    std::printf("| %-40s | %9.1f KiB |\n", "per connection", (heldMiB - idleMiB) * 1024.0 / count);
    std::printf("| %-40s | %6d/%-5d |\n", "still open at the end", stillOpen, count);

    std::printf("\nGET /api/facts/random on a new connection each, %d s per run (milliseconds)\n\n", seconds);
    std::printf("| %-32s | %8s | %6s | %8s | %8s | %8s |\n", "run", "requests", "failed", "p50", "p99", "max");
    std::printf("|----------------------------------|----------|--------|----------|----------|----------|\n");
    print("no other connections", quiet);
    const QByteArray label = QByteArray::number(count) + " keep-alive connections held";
    print(label.constData(), held);
    std::printf("\np99 with the connections held / p99 without: %.2fx\n", quiet.p99 > 0 ? held.p99 / quiet.p99 : 0.0);
    const bool served
        = answered[0] == count && answered[1] == count && stillOpen == count && held.failed == 0 && held.requests > 0;
    std::printf("every connection answered twice and kept, no normal request failed: %s\n", served ? "yes" : "NO");
    server.terminate();
    return served ? 0 : 1;
}
