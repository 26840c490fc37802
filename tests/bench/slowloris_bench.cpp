// moosefacts' latency for normal clients while 1,000 slowloris clients hold
// connections open (each sending one header byte a second, never finishing
// the request), against the same server with no slow clients, measured in
// one invocation on loopback. Run by hand (tests/bench/README.md):
//
//   build/tests/bench/slowloris_bench [SECONDS] [SLOW_CLIENTS]   (default 10, 1000)
//
// Prints p50, p99 and max of GET /api/facts/random (a new connection per
// request, as a browser's first visit) for both runs and the ratio of the
// p99s. Exit status 0 when the p99 under slowloris is below 50 ms, 1 when
// not, 2 when it could not run.
#include "HttpClient.h"
#include "RawConnections.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

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

// Normal requests one after another for the given time; slow (if any) gets
// its next byte every second meanwhile.
Figures measure(quint16 port, int seconds, RawConnections *slow)
{
    static const QByteArray drip
        = "GET /api/facts/random HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(4096, 'a');
    std::vector<double> ms;
    Figures figures;
    int dripped = 0;
    QDeadlineTimer nextDrip(0);
    const QDeadlineTimer end(seconds * 1000);
    while (!end.hasExpired()) {
        if (slow && nextDrip.hasExpired()) {
            slow->sendToOpen(drip.mid(dripped++ % drip.size(), 1));
            slow->collect(0);
            nextDrip.setRemainingTime(1000);
        }
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

void print(const char *label, const Figures &f)
{
    std::printf("| %-28s | %8d | %6d | %8.2f | %8.2f | %8.2f |\n", label, f.requests, f.failed, f.p50, f.p99, f.max);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 10;
    const int slowCount = args.size() > 2 ? args.at(2).toInt() : 1000;
    if (seconds <= 0 || slowCount <= 0) {
        std::fprintf(stderr, "usage: slowloris_bench [SECONDS] [SLOW_CLIENTS]\n");
        return 2;
    }
    const rlim_t limit = RawConnections::raiseDescriptorLimit();
    if (limit < rlim_t(slowCount) + 256) {
        std::fprintf(stderr, "slowloris_bench: %d slow clients need about %d open files; the limit is %llu\n",
                     slowCount, slowCount + 256, static_cast<unsigned long long>(limit));
        return 2;
    }
    ServerProcess server;
    if (!server.start()) {
        std::fprintf(stderr, "slowloris_bench: %s\n", qPrintable(server.errorText()));
        return 2;
    }
    const Figures quiet = measure(server.port(), seconds, nullptr);
    RawConnections slow(server.port());
    QString error;
    if (!slow.open(slowCount, &error)) {
        std::fprintf(stderr, "slowloris_bench: %s\n", qPrintable(error));
        return 2;
    }
    const Figures loaded = measure(server.port(), seconds, &slow);
    const int stillOpen = slow.size() - slow.closedCount();

    std::printf("moosefacts, GET /api/facts/random on a new connection each, %d s per run (milliseconds)\n\n", seconds);
    std::printf("| %-28s | %8s | %6s | %8s | %8s | %8s |\n", "run", "requests", "failed", "p50", "p99", "max");
    std::printf("|------------------------------|----------|--------|----------|----------|----------|\n");
    print("no slow clients", quiet);
    const QByteArray label = QByteArray::number(slowCount) + " slowloris clients";
    print(label.constData(), loaded);
    std::printf("\np99 under slowloris / p99 without: %.2fx; slow clients still connected at the end: %d of %d\n",
                quiet.p99 > 0 ? loaded.p99 / quiet.p99 : 0.0, stillOpen, slowCount);
    const bool met = loaded.failed == 0 && loaded.requests > 0 && loaded.p99 < 50.0;
    std::printf("target p99 < 50 ms under slowloris: %s\n", met ? "met" : "MISSED");
    server.terminate();
    return met ? 0 : 1;
}
