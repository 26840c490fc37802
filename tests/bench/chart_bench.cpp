// Chart cost: 30 days of 1 s probe samples for 3 stages (7.8 M samples) in
// the health history, as the history keeps them (the last 24 hours raw,
// older ones as one-minute aggregates), then the real HealthView offscreen:
// the time to switch the charts to the 30-day range (target < 100 ms), the
// time to apply one live sample at that range (target < 5 ms), and the
// process's memory (target < 300 MB).
//
//   QT_QPA_PLATFORM=offscreen chart_bench [DAYS]
#include "HealthStore.h"
#include "HealthView.h"
#include "HistoryLoader.h"
#include "StageHealthPanel.h"
#include "health/HealthHistory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace antler;

namespace {

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

// CPU time of this (the GUI) thread: what the operation costs regardless of
// how busy the rest of the machine is.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '))
                                          : QStringLiteral("?");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int days = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    const QStringList stages {QStringLiteral("test"), QStringLiteral("staging"), QStringLiteral("production")};
    const qint64 minute = 60 * 1000;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    now -= now % minute;
    const qint64 start = now - qint64(days) * 24 * 60 * minute;
    const qint64 rawFrom = now - health::HealthHistory::RawRetentionMs;

    // 1. The history, as 30 days of 1 s samples leave it after compaction.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("health.sqlite"));
    QElapsedTimer timer;
    timer.start();
    qint64 points = 0;
    {
        health::HealthHistory history;
        QString error;
        if (!history.open(path, &error)) {
            QTextStream(stderr) << error << "\n";
            return 2;
        }
        history.setWindowMs(60 * 1000); // the generator, not the in-memory window, is measured
        QRandomGenerator random(42);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
        db.setDatabaseName(path);
        db.open();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO aggregates (stage, probe, minute, count, failures, "
                                      "min_ms, max_ms, avg_ms) VALUES (?, 'frontend', ?, ?, ?, ?, ?, ?)"));
        for (const QString &stage : stages) {
            for (qint64 m = start; m < now; m += minute) {
                int failures = 0;
                double low = 1e9, high = 0, sum = 0;
                const bool outage = random.bounded(2000) == 0; // a rare bad minute
                for (int s = 0; s < 60; ++s) {
                    const qint64 t = m + s * 1000;
                    const bool ok = !(outage && s < 40) && random.bounded(1000) != 0;
                    const double latency
                        = 4.0 + random.generateDouble() * 3.0 + (random.bounded(100) == 0 ? 40.0 : 0.0);
                    ++points;
                    if (t >= rawFrom) {
                        health::ProbeResult result;
                        result.stage = stage;
                        result.kind = health::ProbeSpec::Kind::Frontend;
                        result.timeMs = t;
                        result.ok = ok;
                        result.latencyMs = latency;
                        history.record(result);
                        continue;
                    }
                    if (!ok) {
                        ++failures;
                        continue;
                    }
                    low = std::min(low, latency);
                    high = std::max(high, latency);
                    sum += latency;
                }
                if (m >= rawFrom)
                    continue;
                const int successes = 60 - failures;
                insert.addBindValue(stage);
                insert.addBindValue(m);
                insert.addBindValue(60);
                insert.addBindValue(failures);
                insert.addBindValue(successes ? QVariant(low) : QVariant());
                insert.addBindValue(successes ? QVariant(high) : QVariant());
                insert.addBindValue(successes ? QVariant(sum / successes) : QVariant());
                insert.exec();
            }
        }
        db.commit();
        db.close();
        history.flush();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gen"));
    const double generateMs = ms(timer);

    // 2. Read back on the loader's code path (in the window: its own thread).
    timer.restart();
    const gui::LoadedHistory loaded = gui::HistoryLoader::read(path, dir.filePath(QStringLiteral("none")), stages, now);
    const double loadMs = ms(timer);

    // 3. The view, offscreen, at the default 1 h range.
    gui::HealthStore store;
    timer.restart();
    for (auto it = loaded.stages.cbegin(); it != loaded.stages.cend(); ++it)
        store.setLoaded(it.key(), it.value());
    const double storeMs = ms(timer);
    qint64 clock = now;
    gui::HealthView view(&store, stages);
    view.setClock([&clock] { return clock; });
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    view.refreshAll();
    QApplication::processEvents();

    // 4. Range switches: 1 h -> 30 d, several times; the 30-day switch counts.
    QList<double> switches;
    QList<double> switchComputes;
    QList<double> switchCpu;
    for (int i = 0; i < 7; ++i) {
        view.setRange(gui::HealthView::Range::Hour);
        QApplication::processEvents();
        timer.restart();
        const double cpu0 = threadCpuMs();
        view.setRange(gui::HealthView::Range::Month);
        switchComputes.append(ms(timer));
        QApplication::processEvents();
        switches.append(ms(timer));
        switchCpu.append(threadCpuMs() - cpu0);
    }
    const qsizetype drawn = view.panel(QStringLiteral("test"))->latencySeries()->count();
    qsizetype stored = 0;
    for (const QString &stage : stages)
        stored += store.sampleCount(stage);

    // 5. Live samples at the 30-day range: one sample, one stage redrawn.
    QList<double> updates;
    QList<double> computes;
    QList<double> updateCpu;
    for (int i = 0; i < 60; ++i) {
        clock += 1000;
        timer.restart();
        const double cpu0 = threadCpuMs();
        store.addSample(QStringLiteral("test"), health::HealthSample {clock, true, 5.0 + i % 3});
        computes.append(ms(timer));
        QApplication::processEvents();
        updates.append(ms(timer));
        updateCpu.append(threadCpuMs() - cpu0);
    }
    const double rssMiB = double(statusKiB("VmRSS:")) / 1024;
    const double peakMiB = double(statusKiB("VmHWM:")) / 1024;

    const double switchMs = median(switches);
    const double updateMs = median(updates);
    const double updateMax = *std::max_element(updates.cbegin(), updates.cend());
    auto verdict = [](bool met) { return met ? QStringLiteral("MET") : QStringLiteral("MISSED"); };
    out << QStringLiteral("Chart cost (%1 days of 1 s samples, 3 stages, offscreen 1400x900)\n").arg(days);
    out << QStringLiteral("  samples generated        %1 (%2 ms to write the history)\n")
               .arg(points)
               .arg(generateMs, 0, 'f', 0);
    out << QStringLiteral("  samples in the store     %1 (as minute aggregates and the last hour raw)\n").arg(stored);
    out << QStringLiteral("  history read (worker)    %1 ms, into the store %2 ms\n")
               .arg(loadMs, 0, 'f', 1)
               .arg(storeMs, 0, 'f', 1);
    out << QStringLiteral("  points drawn per stage   %1 (downsampled min/max per pixel column)\n").arg(drawn);
    out << QStringLiteral("  switch to 30 d           median %1 ms  target < 100 ms  ratio %2x the target  %3\n")
               .arg(switchMs, 0, 'f', 2)
               .arg(switchMs / 100, 0, 'f', 3)
               .arg(verdict(switchMs < 100));
    out << QStringLiteral(
               "    of which data and replace()  median %1 ms, painting the rest; GUI thread CPU median %2 ms\n")
               .arg(median(switchComputes), 0, 'f', 2)
               .arg(median(switchCpu), 0, 'f', 2);
    out << QStringLiteral(
               "  one live update at 30 d  median %1 ms (max %2 ms)  target < 5 ms  ratio %3x the target  %4\n")
               .arg(updateMs, 0, 'f', 2)
               .arg(updateMax, 0, 'f', 2)
               .arg(updateMs / 5, 0, 'f', 3)
               .arg(verdict(updateMs < 5));
    out << QStringLiteral(
               "    of which data and replace()  median %1 ms, painting the rest; GUI thread CPU median %2 ms\n")
               .arg(median(computes), 0, 'f', 2)
               .arg(median(updateCpu), 0, 'f', 2);
    out << QStringLiteral(
               "  machine load average     %1 (other work shares the cores; wall times include waiting for them)\n")
               .arg(loadAverage());
    out << QStringLiteral("  RSS                      %1 MiB (peak %2 MiB)  target < 300 MB  ratio %3x  %4\n")
               .arg(rssMiB, 0, 'f', 1)
               .arg(peakMiB, 0, 'f', 1)
               .arg(peakMiB * 1.048576 / 300, 0, 'f', 3)
               .arg(verdict(peakMiB * 1.048576 < 300));
    out.flush();
    return switchMs < 100 && updateMs < 5 && peakMiB * 1.048576 < 300 ? 0 : 1;
}
