#include "health/DeploymentMarkers.h"
#include "health/HealthHistory.h"
#include "pipeline/History.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <limits>

using namespace antler::health;
using Kind = ProbeSpec::Kind;

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
// A fixed "now", on a minute boundary, so the arithmetic has known answers.
constexpr qint64 now = 1'800'000'000'000;

ProbeResult sample(qint64 timeMs, bool ok, double latencyMs, Kind kind = Kind::Frontend,
                   const QString &stage = QStringLiteral("test"))
{
    ProbeResult r;
    r.stage = stage;
    r.kind = kind;
    r.timeMs = timeMs;
    r.ok = ok;
    r.latencyMs = latencyMs;
    r.httpStatus = ok ? 200 : 0;
    r.error = ok ? QString() : QStringLiteral("connection refused at 127.0.0.1:1");
    return r;
}

} // namespace

class TestHealthHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void persistenceSurvivesReopening()
    {
        {
            HealthHistory history;
            QString error;
            QVERIFY2(history.open(path("reopen.sqlite"), &error), qPrintable(error));
            for (int i = 0; i < 10; ++i)
                history.record(sample(now - 10 * minute + i * minute, i != 3, 10 + i));
            QVERIFY(history.addMarker(
                HistoryMarker {now - 5 * minute, QStringLiteral("test"), QStringLiteral("deploy sha256:abc")}));
            // No explicit flush: closing writes what is queued.
        }
        HealthHistory reopened;
        QString error;
        QVERIFY2(reopened.open(path("reopen.sqlite"), &error), qPrintable(error));
        const QList<HealthSample> back = reopened.samples(QStringLiteral("test"), Kind::Frontend, 0, now + 1);
        QCOMPARE(back.size(), 10);
        QCOMPARE(back.at(3), (HealthSample {now - 7 * minute, false, 0}));
        QCOMPARE(back.at(9), (HealthSample {now - minute, true, 19}));
        QCOMPARE(reopened.uptime(QStringLiteral("test"), 0, now + 1).value(), 90.0);
        const QList<HistoryMarker> markers = reopened.markers(0, now);
        QCOMPARE(markers.size(), 1);
        QCOMPARE(markers.at(0).label, QStringLiteral("deploy sha256:abc"));
        QCOMPARE(markers.at(0).stage, QStringLiteral("test"));
    }

    void inMemoryWindowKeepsEverySample()
    {
        HealthHistory history; // not opened: memory only
        history.setWindowMs(hour);
        for (int i = 0; i < 120; ++i)
            history.record(sample(now - 2 * hour + i * minute, true, 1));
        const TimeSeries *series = history.series(QStringLiteral("test"), Kind::Frontend);
        QVERIFY(series);
        QCOMPARE(series->samples().size(), 61); // the last hour, both ends included
        QVERIFY(!history.series(QStringLiteral("test"), Kind::Api));
    }

    void downsamplingKeepsUptimeAndFoldsMinutes()
    {
        HealthHistory history;
        QVERIFY(history.open(path("compact.sqlite"), nullptr));
        // Two days ago: minute A has 10, 20, 30 ms and one failure; minute B
        // only failures. One hour ago: 4 samples, 1 failure.
        const qint64 a = now - 2 * day;
        const qint64 b = a + minute;
        history.record(sample(a + 1000, true, 10));
        history.record(sample(a + 2000, true, 20));
        history.record(sample(a + 3000, true, 30));
        history.record(sample(a + 4000, false, 0));
        history.record(sample(b + 1000, false, 0));
        history.record(sample(b + 2000, false, 0));
        for (int i = 0; i < 4; ++i)
            history.record(sample(now - hour + (i + 1) * 1000, i != 0, 5));

        const double before = history.uptime(QStringLiteral("test"), now - 30 * day, now + 1).value();
        QString error;
        QVERIFY2(history.compact(now, &error), qPrintable(error));

        // Raw samples older than 24 h are gone, the recent ones stay raw.
        QCOMPARE(history.samples(QStringLiteral("test"), Kind::Frontend, 0, now - day).size(), 0);
        QCOMPARE(history.samples(QStringLiteral("test"), Kind::Frontend, now - day, now + 1).size(), 4);
        const QList<SampleAggregate> folded = history.aggregates(QStringLiteral("test"), Kind::Frontend, 0, now);
        QCOMPARE(folded.size(), 2);
        QCOMPARE(folded.at(0), (SampleAggregate {a, 4, 1, 10.0, 30.0, 20.0}));
        QCOMPARE(folded.at(1), (SampleAggregate {b, 2, 2, {}, {}, {}}));

        // 10 samples, 4 failures, before and after downsampling.
        QCOMPARE(before, 60.0);
        QCOMPARE(history.uptime(QStringLiteral("test"), now - 30 * day, now + 1).value(), 60.0);
        const UptimeSummary summary = history.uptimeSummary(QStringLiteral("test"), now);
        QCOMPARE(summary.hour.value(), 75.0);
        QCOMPARE(summary.day.value(), 75.0);
        QCOMPARE(summary.week.value(), 60.0);
        QCOMPARE(summary.month.value(), 60.0);
        QVERIFY(!history.uptimeSummary(QStringLiteral("production"), now).day);
    }

    void compactingTwiceMergesTheSameMinute()
    {
        HealthHistory history;
        QVERIFY(history.open(path("merge.sqlite"), nullptr));
        const qint64 a = now - 3 * day;
        history.record(sample(a + 1000, true, 10));
        history.record(sample(a + 2000, false, 0));
        QVERIFY(history.compact(now, nullptr));
        // A late sample of the same minute arrives and is folded in.
        history.record(sample(a + 3000, true, 40));
        QVERIFY(history.compact(now, nullptr));
        const QList<SampleAggregate> folded = history.aggregates(QStringLiteral("test"), Kind::Frontend, 0, now);
        QCOMPARE(folded.size(), 1);
        QCOMPARE(folded.at(0), (SampleAggregate {a, 3, 1, 10.0, 40.0, 25.0}));
    }

    void aggregatesExpireAfterThirtyDays()
    {
        HealthHistory history;
        QVERIFY(history.open(path("expire.sqlite"), nullptr));
        history.record(sample(now - 31 * day, true, 1));
        history.record(sample(now - 29 * day, true, 1));
        QVERIFY(history.compact(now, nullptr));
        const QList<SampleAggregate> folded = history.aggregates(QStringLiteral("test"), Kind::Frontend, 0, now);
        QCOMPARE(folded.size(), 1);
        QCOMPARE(folded.at(0).startMs, now - 29 * day);
    }

    void uptimeCountsTheUserPathOnly()
    {
        HealthHistory history;
        QVERIFY(history.open(path("userpath.sqlite"), nullptr));
        history.record(sample(now - 1000, true, 1, Kind::Frontend));
        history.record(sample(now - 900, true, 1, Kind::Api));
        history.record(sample(now - 800, false, 0, Kind::Readyz));
        history.record(sample(now - 700, false, 0, Kind::Api, QStringLiteral("staging")));
        QCOMPARE(history.uptime(QStringLiteral("test"), 0, now).value(), 100.0);
        QCOMPARE(history.uptime(QStringLiteral("test"), 0, now, {Kind::Readyz}).value(), 0.0);
        QCOMPARE(history.uptime(QStringLiteral("staging"), 0, now).value(), 0.0);
    }

    void latencyPercentilesOverSuccessfulProbes()
    {
        HealthHistory history;
        QVERIFY(history.open(path("latency.sqlite"), nullptr));
        for (int i = 1; i <= 100; ++i)
            history.record(sample(now - hour + i * 1000, true, double(i)));
        for (int i = 0; i < 30; ++i)
            history.record(sample(now - hour + 200000 + i, false, 2000));
        const LatencyPercentiles figures = history.latency(QStringLiteral("test"), Kind::Frontend, now - day, now);
        QCOMPARE(figures.count, 100);
        QCOMPARE(figures.p50.value(), 50.0);
        QCOMPARE(figures.p95.value(), 95.0);
    }

    void scheduledCompactionRunsInTheBackground()
    {
        // Samples of two and three days ago are folded by the scheduled run,
        // which uses its own connection on a pool thread; the history keeps
        // recording meanwhile.
        HealthHistory history;
        QVERIFY(history.open(path("scheduled.sqlite"), nullptr));
        const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
        const qint64 old = realNow - 3 * day;
        const qint64 oldMinute = old - old % minute;
        history.record(sample(oldMinute + 1000, true, 10));
        history.record(sample(oldMinute + 2000, true, 30));
        history.record(sample(oldMinute + 3000, false, 0));
        history.record(sample(realNow - 2 * day, true, 7));
        history.record(sample(realNow - 1000, true, 5));
        QSignalSpy compacted(&history, &HealthHistory::compacted);
        history.setCompactionInterval(hour);
        QVERIFY(history.isCompacting());
        history.record(sample(realNow, true, 6)); // not blocked by the running compaction
        QVERIFY(compacted.wait(30000));
        QCOMPARE(compacted.at(0).at(0).toBool(), true);
        QVERIFY(!history.isCompacting());
        QCOMPARE(history.samples(QStringLiteral("test"), Kind::Frontend, 0, realNow - day).size(), 0);
        QCOMPARE(history.samples(QStringLiteral("test"), Kind::Frontend, realNow - day, realNow + 1).size(), 2);
        const QList<SampleAggregate> folded = history.aggregates(QStringLiteral("test"), Kind::Frontend, 0, realNow);
        QCOMPARE(folded.size(), 2);
        QCOMPARE(folded.at(0), (SampleAggregate {oldMinute, 3, 1, 10.0, 30.0, 20.0}));
        QCOMPARE(history.uptime(QStringLiteral("test"), 0, realNow + 1).value(), 500.0 / 6);
        history.setCompactionInterval(0);
    }

    void closingWhileCompactingLosesNothing()
    {
        // The window may close while a scheduled compaction runs on a pool
        // thread: the history goes at once, the pool thread finishes on its
        // own connection and never touches the object (make tsan watches).
        const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
        const qint64 old = realNow - 3 * day;
        const qint64 oldMinute = old - old % minute;
        {
            HealthHistory history;
            QVERIFY(history.open(path("closing.sqlite"), nullptr));
            history.record(sample(oldMinute + 1000, true, 10));
            history.record(sample(oldMinute + 2000, false, 0));
            history.record(sample(realNow - 1000, true, 5));
            history.setCompactionInterval(hour);
            QVERIFY(history.isCompacting());
        }
        QThreadPool::globalInstance()->waitForDone();
        HealthHistory reopened;
        QVERIFY(reopened.open(path("closing.sqlite"), nullptr));
        // The old minute is either still raw or folded, never both nor lost.
        const QList<HealthSample> raw = reopened.samples(QStringLiteral("test"), Kind::Frontend, 0, realNow + 1);
        const QList<SampleAggregate> folded = reopened.aggregates(QStringLiteral("test"), Kind::Frontend, 0, realNow);
        if (folded.isEmpty()) {
            QCOMPARE(raw.size(), 3);
        } else {
            QCOMPARE(folded.size(), 1);
            QCOMPARE(folded.at(0).count, 2);
            QCOMPARE(raw.size(), 1);
        }
    }

    void deploymentMarkersComeFromThePipelineHistory()
    {
        const QString file = path("pipeline.sqlite");
        QVERIFY(DeploymentMarkers::read(file, 0, std::numeric_limits<qint64>::max()).isEmpty());
        QVERIFY(!QFile::exists(file)); // reading never creates it
        {
            antler::pipeline::History pipeline;
            QVERIFY(pipeline.open(file, nullptr));
            antler::pipeline::Release release;
            release.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
            QVERIFY(pipeline.record(QStringLiteral("build"), QString(), release, antler::pipeline::History::Succeeded));
            QVERIFY(pipeline.record(QStringLiteral("deploy"), QStringLiteral("test"), release,
                                    antler::pipeline::History::Succeeded));
            QVERIFY(pipeline.record(QStringLiteral("promote"), QStringLiteral("staging"), release,
                                    antler::pipeline::History::Succeeded, {}, {}, QStringLiteral("test")));
            QVERIFY(pipeline.record(QStringLiteral("deploy"), QStringLiteral("production"), release,
                                    antler::pipeline::History::Failed));
        }
        const QList<HistoryMarker> markers = DeploymentMarkers::read(file, 0, std::numeric_limits<qint64>::max());
        // The build and the failed rollout changed no stage.
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.at(0).stage, QStringLiteral("test"));
        QCOMPARE(markers.at(0).kind, QStringLiteral("deploy"));
        QCOMPARE(markers.at(0).digest, QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
        QCOMPARE(markers.at(1).stage, QStringLiteral("staging"));
        QCOMPARE(markers.at(1).kind, QStringLiteral("promote"));
        QVERIFY(markers.at(0).timeMs > 0 && markers.at(0).timeMs <= markers.at(1).timeMs);
        QVERIFY(DeploymentMarkers::read(file, 0, markers.at(0).timeMs).isEmpty());
    }

    void openFailsWithASentence()
    {
        HealthHistory history;
        QString error;
        const QString blocked = path("a-file");
        {
            QFile file(blocked);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(!history.open(blocked + QLatin1String("/health.sqlite"), &error));
        QVERIFY(error.contains(blocked));
        QVERIFY(!history.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestHealthHistory)
#include "tst_healthhistory.moc"
