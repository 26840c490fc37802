// Host metrics: the parser on known texts (a Pi's throttling bits, cgroup v1
// and v2, old kernels), then the real script over LocalTransport and over
// SSH to a real sshd on loopback, checked against this machine's /proc as
// the test reads it itself.
#include "SshdFixture.h"
#include "health/HostMetrics.h"
#include "health/HostMetricsParser.h"
#include "health/HostMetricsSampler.h"
#include "transport/LocalTransport.h"
#include "transport/SshTransport.h"

#include <QFile>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QtTest>

#include <cmath>

using namespace antler;
using health::HostMetrics;
using health::HostMetricsParser;
using health::HostMetricsSampler;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<HostMetrics> sampleWith(HostMetricsSampler &sampler)
{
    QSignalSpy spy(&sampler, &HostMetricsSampler::sampled);
    if (!sampler.sampleOnce())
        return std::nullopt;
    if (!spy.wait(60000))
        return std::nullopt;
    return spy.takeFirst().at(0).value<HostMetrics>();
}

// What this machine says about itself right now, read by the test.
void compareWithProc(const HostMetrics &m)
{
    QVERIFY2(m.ok, qPrintable(m.error));
    HostMetrics direct;
    QVERIFY(HostMetricsParser::parseLoadAvg(readFile(QStringLiteral("/proc/loadavg")), &direct));
    QVERIFY(HostMetricsParser::parseMemInfo(readFile(QStringLiteral("/proc/meminfo")), &direct));
    QVERIFY(HostMetricsParser::parseUptime(readFile(QStringLiteral("/proc/uptime")), &direct));

    // Load and free memory move between the two reads; totals do not.
    QVERIFY(m.load1.has_value());
    QVERIFY2(std::abs(*m.load1 - *direct.load1) <= 1.0 + 0.5 * *direct.load1,
             qPrintable(QStringLiteral("load %1 vs %2").arg(*m.load1).arg(*direct.load1)));
    QVERIFY(std::abs(*m.load15 - *direct.load15) <= 0.5 + 0.2 * *direct.load15);
    QCOMPARE(m.memTotalKiB, direct.memTotalKiB);
    QVERIFY(m.memAvailableKiB.has_value());
    QVERIFY2(std::abs(double(*m.memAvailableKiB - *direct.memAvailableKiB)) <= 0.05 * double(*direct.memTotalKiB),
             qPrintable(QStringLiteral("available %1 vs %2 KiB").arg(*m.memAvailableKiB).arg(*direct.memAvailableKiB)));
    QVERIFY(m.memoryUsedPercent().has_value());
    QVERIFY(*m.memoryUsedPercent() > 0 && *m.memoryUsedPercent() < 100);
    QVERIFY(std::abs(*m.uptimeSeconds - *direct.uptimeSeconds) < 120);

    const QStorageInfo root(QStringLiteral("/"));
    QVERIFY(m.diskTotalKiB.has_value());
    QCOMPARE(*m.diskTotalKiB, root.bytesTotal() / 1024);
    const qint64 availableKiB = root.bytesAvailable() / 1024; // whole KiB, as df counts
    QVERIFY(std::abs(double(*m.diskAvailableKiB - availableKiB)) < 2.0 * 1024 * 1024); // 2 GiB of other tests' writes
    QVERIFY(m.cpuCount.has_value() && *m.cpuCount >= 1);
    QVERIFY(m.cpuTotalTicks.has_value() && *m.cpuTotalTicks > 0);

    // Thermal zone and vcgencmd exist on a Pi; on this machine they may not.
    const QByteArray temp = readFile(QStringLiteral("/sys/class/thermal/thermal_zone0/temp"));
    if (temp.trimmed().isEmpty())
        QVERIFY(!m.temperatureC.has_value());
    else
        QVERIFY(std::abs(*m.temperatureC - temp.trimmed().toDouble() / 1000) < 10);
    if (QStandardPaths::findExecutable(QStringLiteral("vcgencmd")).isEmpty())
        QVERIFY(!m.throttled.has_value());

    const std::optional<bool> cgroup = HostMetricsParser::memoryCgroupEnabled(
        readFile(QStringLiteral("/proc/cgroups")), readFile(QStringLiteral("/sys/fs/cgroup/cgroup.controllers")));
    QVERIFY(cgroup.has_value());
    QCOMPARE(m.memoryCgroup, cgroup);
}

} // namespace

class TestHostMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HostMetrics>(); }

    void throttledBits_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("known");
        QTest::addColumn<quint32>("bits");
        QTest::addColumn<bool>("underVoltage");
        QTest::addColumn<bool>("throttledNow");
        QTest::addColumn<QString>("words");
        QTest::newRow("healthy") << QByteArray("throttled=0x0\n") << true << 0u << false << false << QString();
        QTest::newRow("under-voltage now and since boot")
            << QByteArray("throttled=0x50005\n") << true << 0x50005u << true << true
            << QStringLiteral("now: under-voltage, throttled; since boot: under-voltage, "
                              "throttled");
        QTest::newRow("only in the past") << QByteArray("throttled=0x50000") << true << 0x50000u << false << false
                                          << QStringLiteral("since boot: under-voltage, throttled");
        QTest::newRow("soft limit") << QByteArray("throttled=0x8") << true << 0x8u << false << true
                                    << QStringLiteral("now: soft temperature limit");
        QTest::newRow("no vcgencmd") << QByteArray() << false << 0u << false << false << QString();
        QTest::newRow("garbage") << QByteArray("VCHI initialization failed\n") << false << 0u << false << false
                                 << QString();
    }

    void throttledBits()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, known);
        QFETCH(quint32, bits);
        HostMetrics m;
        QCOMPARE(HostMetricsParser::parseThrottled(text, &m), known);
        QCOMPARE(m.throttled.has_value(), known);
        if (known)
            QCOMPARE(*m.throttled, bits);
        QTEST(m.underVoltage(), "underVoltage");
        QTEST(m.throttledNow(), "throttledNow");
        QTEST(m.throttleText(), "words");
    }

    void memoryCgroup_data()
    {
        QTest::addColumn<QByteArray>("procCgroups");
        QTest::addColumn<QByteArray>("controllers");
        QTest::addColumn<int>("expected"); // -1 unknown, 0 off, 1 on
        const QByteArray header = "#subsys_name\thierarchy\tnum_cgroups\tenabled\n";
        QTest::newRow("v1 enabled") << header + "cpu\t1\t1\t1\nmemory\t4\t61\t1\n" << QByteArray() << 1;
        QTest::newRow("v1, a Pi booted without cgroup_enable=memory") << header + "cpu\t1\t1\t1\nmemory\t0\t61\t0\n"
                                                                      << QByteArray() << 0;
        QTest::newRow("v2 offered") << header + "memory\t0\t90\t1\n" << QByteArray("cpuset cpu io memory pids\n") << 1;
        QTest::newRow("v2, controller missing") << header + "memory\t0\t90\t1\n"
                                                << QByteArray("cpuset cpu io pids\n") << 0;
        QTest::newRow("v2 with cgroup_disable=memory") << header + "memory\t0\t90\t0\n"
                                                       << QByteArray("cpu memory\n") << 0;
        QTest::newRow("nothing readable") << QByteArray() << QByteArray() << -1;
    }

    void memoryCgroup()
    {
        QFETCH(QByteArray, procCgroups);
        QFETCH(QByteArray, controllers);
        QFETCH(int, expected);
        const std::optional<bool> enabled = HostMetricsParser::memoryCgroupEnabled(procCgroups, controllers);
        QCOMPARE(enabled.has_value(), expected >= 0);
        if (enabled)
            QCOMPARE(*enabled, expected == 1);
    }

    void wholeOutputOfAPi()
    {
        // What the script prints on a Raspberry Pi 4 (values chosen, layout real).
        const QByteArray output = "@@antler:loadavg\n0.52 0.40 0.33 2/301 12345\n"
                                  "@@antler:stat\ncpu  100 0 50 800 50 0 0 0 0 0\n"
                                  "@@antler:nproc\n4\n"
                                  "@@antler:meminfo\nMemTotal:        3884404 kB\nMemFree:  "
                                  "       100 kB\nMemAvailable:    2913303 kB\n"
                                  "@@antler:df\nFilesystem     1024-blocks    Used Available "
                                  "Capacity Mounted on\n/dev/root          30000000 10000000  "
                                  "18000000      36% /\n"
                                  "@@antler:temp\n48686\n"
                                  "@@antler:throttled\nthrottled=0x50005\n"
                                  "@@antler:uptime\n3600.50 12000.00\n"
                                  "@@antler:cgroups\n#subsys_name hierarchy num_cgroups "
                                  "enabled\nmemory 0 50 0\n"
                                  "@@antler:cgroup2\ncpuset cpu io pids\n"
                                  "@@antler:end\n";
        HostMetrics m;
        m.host = QStringLiteral("pi");
        QString error;
        QVERIFY2(HostMetricsParser::parse(output, &m, &error), qPrintable(error));
        QVERIFY(m.ok);
        QCOMPARE(*m.load1, 0.52);
        QCOMPARE(*m.load15, 0.33);
        QCOMPARE(*m.cpuCount, 4);
        QCOMPARE(*m.cpuTotalTicks, 1000);
        QCOMPARE(*m.cpuBusyTicks, 150);
        QCOMPARE(*m.memTotalKiB, 3884404);
        QCOMPARE(*m.memAvailableKiB, 2913303);
        QCOMPARE(qRound(*m.memoryUsedPercent()), 25);
        QCOMPARE(*m.diskTotalKiB, 30000000);
        QCOMPARE(qRound(*m.diskUsedPercent()), 36);
        QCOMPARE(*m.temperatureC, 48.686);
        QVERIFY(m.underVoltage());
        QCOMPARE(*m.uptimeSeconds, 3600.5);
        QCOMPARE(m.memoryCgroup, std::optional<bool>(false));
        const QJsonObject json = m.toJson();
        QCOMPARE(json[QLatin1String("host")].toString(), QStringLiteral("pi"));
        QCOMPARE(json[QLatin1String("temperature_c")].toDouble(), 48.686);
        QCOMPARE(json[QLatin1String("memory_cgroup")].toBool(), false);
        QCOMPARE(json[QLatin1String("throttled")][QLatin1String("under_voltage")].toBool(), true);
        QCOMPARE(json[QLatin1String("throttled")][QLatin1String("raw")].toString(), QStringLiteral("0x50005"));
    }

    void oldKernelWithoutMemAvailable()
    {
        HostMetrics m;
        QVERIFY(HostMetricsParser::parseMemInfo("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 250 kB\n",
                                                &m));
        QCOMPARE(*m.memAvailableKiB, 400);
    }

    void truncatedOutputIsAnError()
    {
        HostMetrics m;
        m.host = QStringLiteral("pi");
        QString error;
        QVERIFY(!HostMetricsParser::parse("@@antler:loadavg\n0.1 0.1 0.1 1/1 1\n", &m, &error));
        QVERIFY(!m.ok);
        QVERIFY2(error.contains(QLatin1String("pi")), qPrintable(error));
        QVERIFY(!HostMetricsParser::parse("@@antler:loadavg\n@@antler:end\n", &m, &error));
        QVERIFY2(error.contains(QLatin1String("/proc")), qPrintable(error));
    }

    void localMachineMatchesProc()
    {
        transport::LocalTransport local;
        HostMetricsSampler sampler(&local, QStringLiteral("localhost"));
        const std::optional<HostMetrics> first = sampleWith(sampler);
        QVERIFY(first.has_value());
        compareWithProc(*first);
        QCOMPARE(first->host, QStringLiteral("localhost"));
        QVERIFY(!first->cpuPercent.has_value()); // needs two samples
        QTest::qWait(300);
        const std::optional<HostMetrics> second = sampleWith(sampler);
        QVERIFY(second.has_value());
        QVERIFY2(second->ok, qPrintable(second->error));
        QVERIFY(second->cpuPercent.has_value());
        QVERIFY(*second->cpuPercent >= 0 && *second->cpuPercent <= 100);
    }

    void overOneSshSession()
    {
        const QString reason = test::SshdFixture::unavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        test::SshdFixture sshd;
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        transport::SshTransport ssh(sshd.settings());
        ssh.setHostName(QStringLiteral("pi-standin"));
        HostMetricsSampler sampler(&ssh, QStringLiteral("pi-standin"));
        std::optional<HostMetrics> m;
        for (int i = 0; i < 3; ++i) {
            // /proc/stat counts in 10 ms ticks: samples taken back to back over a
            // warm session can see the same counters, and a CPU figure needs a
            // difference.
            if (i > 0)
                QTest::qWait(300);
            m = sampleWith(sampler);
            QVERIFY(m.has_value());
            QVERIFY2(m->ok, qPrintable(m->error));
        }
        // The sshd runs on this machine: the figures are this machine's.
        compareWithProc(*m);
        QVERIFY(m->cpuPercent.has_value());
        // Three samples, one login: the session is reused, never reopened.
        QCOMPARE(sshd.log().count("Accepted publickey"), 1);

        // A host that goes away gives an error sample, not a hang.
        sshd.kill();
        m = sampleWith(sampler);
        QVERIFY(m.has_value());
        QVERIFY(!m->ok);
        QVERIFY(!m->error.isEmpty());
    }

    void periodicSampling()
    {
        transport::LocalTransport local;
        HostMetricsSampler sampler(&local, QStringLiteral("localhost"));
        QSignalSpy spy(&sampler, &HostMetricsSampler::sampled);
        sampler.start(200);
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 3, 30000);
        sampler.stop();
        QVERIFY(!sampler.isRunning());
        QVERIFY(sampler.last().has_value());
    }
};

QTEST_GUILESS_MAIN(TestHostMetrics)
#include "tst_hostmetrics.moc"
