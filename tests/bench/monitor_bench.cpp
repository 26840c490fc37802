// Monitoring cost: what Antler's health monitor costs the machine it runs on.
// Three real moosefacts stages on loopback, every probe of every stage
// (tcp, frontend, api, healthz, readyz, version, metrics) at the minimum
// interval of 1 s, each result recorded to a SQLite health history as the
// window does, plus this machine's host metrics every 10 s. After a warm-up
// the process's own CPU time (getrusage: user + system) over the run is
// divided by the wall time: the share of one core. Target: < 1 %.
//
//   monitor_bench MOOSEFACTS_BINARY STATIC_DIR [SECONDS]
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "health/MonitoredHosts.h"
#include "pipeline/PipelineConfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace antler;

namespace {

double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: monitor_bench MOOSEFACTS_BINARY STATIC_DIR [SECONDS]\n";
        return 2;
    }
    const QString &moosefacts = args.at(1);
    const QString &staticDir = args.at(2);
    const int seconds = args.size() > 3 ? args.at(3).toInt() : 60;
    const int warmupSeconds = 5;

    QTemporaryDir dir;
    std::vector<std::unique_ptr<QProcess>> servers;
    QByteArray yaml = "version: 1\nprofile: local\nstages:\n";
    for (const char *stage : {"test", "staging", "production"}) {
        const quint16 port = freePort();
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(moosefacts,
                       {QStringLiteral("--port"), QString::number(port), QStringLiteral("--static-dir"), staticDir,
                        QStringLiteral("--stage"), QLatin1String(stage)});
        if (!process->waitForStarted(5000)) {
            QTextStream(stderr) << "monitor_bench: cannot start " << moosefacts << "\n";
            return 2;
        }
        servers.push_back(std::move(process));
        yaml += "  - name: " + QByteArray(stage) + "\n    runtime: local\n    host: 127.0.0.1\n"
            + "    port: " + QByteArray::number(port) + "\n";
    }
    QThread::msleep(500);
    pipeline::PipelineConfig config;
    QString error;
    if (!config.loadData(yaml, QStringLiteral("bench.yaml"), &error)) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }

    health::HealthSettings settings;
    settings.probes = health::ProbeSpec::defaults(1000, 2000);
    health::HealthMonitor monitor(config, settings);
    health::HealthHistory history;
    if (!history.open(dir.filePath(QStringLiteral("health.sqlite")), &error)) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    history.setCompactionInterval(60LL * 60 * 1000);
    monitor.setHistory(&history);
    health::MonitoredHosts hosts;
    hosts.setUp(config, &error);

    qint64 samples = 0;
    qint64 failures = 0;
    bool measuring = false;
    QObject::connect(&monitor, &health::HealthMonitor::sample, &app, [&](const health::ProbeResult &result) {
        if (!measuring)
            return;
        ++samples;
        failures += result.ok ? 0 : 1;
    });
    monitor.start();
    hosts.start(10000);

    double cpuStart = 0;
    double childrenStart = 0;
    QElapsedTimer wall;
    QTimer::singleShot(warmupSeconds * 1000, &app, [&] {
        measuring = true;
        cpuStart = cpuSeconds();
        childrenStart = cpuSeconds(RUSAGE_CHILDREN);
        wall.start();
    });
    QTimer::singleShot((warmupSeconds + seconds) * 1000, &app, [&] {
        const double cpu = cpuSeconds() - cpuStart;
        // The host metrics script's sh processes (reaped ones only).
        const double children = cpuSeconds(RUSAGE_CHILDREN) - childrenStart;
        const double elapsed = double(wall.nsecsElapsed()) / 1e9;
        monitor.stop();
        hosts.stop();
        const double percent = 100.0 * cpu / elapsed;
        const double target = 1.0;
        out << "Monitoring cost (3 stages x 7 probes at 1 s, SQLite history, host metrics every 10 s)\n";
        out << QStringLiteral("  wall time            %1 s\n").arg(elapsed, 0, 'f', 1);
        out << QStringLiteral("  probe results        %1 (%2 failed), %3 per second\n")
                   .arg(samples)
                   .arg(failures)
                   .arg(double(samples) / elapsed, 0, 'f', 1);
        out << QStringLiteral("  CPU (user+system)    %1 s\n").arg(cpu, 0, 'f', 3);
        out << QStringLiteral("  share of one core    %1 %   target < %2 %   ratio %3x the target  %4\n")
                   .arg(percent, 0, 'f', 3)
                   .arg(target, 0, 'f', 0)
                   .arg(percent / target, 0, 'f', 3)
                   .arg(percent < target ? QStringLiteral("MET") : QStringLiteral("MISSED"));
        out << QStringLiteral("  host metrics scripts %1 s CPU in their own sh processes (%2 % of one core)\n")
                   .arg(children, 0, 'f', 3)
                   .arg(100.0 * children / elapsed, 0, 'f', 3);
        out << QStringLiteral("  CPU per probe        %1 us\n")
                   .arg(samples ? cpu * 1e6 / double(samples) : 0.0, 0, 'f', 1);
        out << QStringLiteral("  RSS                  %1 MiB (peak %2 MiB)\n")
                   .arg(double(statusKiB("VmRSS:")) / 1024, 0, 'f', 1)
                   .arg(double(statusKiB("VmHWM:")) / 1024, 0, 'f', 1);
        out.flush();
        QCoreApplication::exit(percent < target && failures == 0 ? 0 : 1);
    });
    const int code = QCoreApplication::exec();
    monitor.setHistory(nullptr);
    for (auto &server : servers) {
        server->terminate();
        if (!server->waitForFinished(5000))
            server->kill();
    }
    return code;
}
