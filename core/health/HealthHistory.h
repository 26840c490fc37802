#pragma once

#include "health/HealthSample.h"
#include "health/ProbeResult.h"
#include "health/SampleAggregate.h"
#include "health/TimeSeries.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace antler::health {

// A point on the time axis worth drawing: a deployment, a promotion, a rollback.
struct HistoryMarker
{
    qint64 timeMs = 0;
    QString stage;
    QString label;
    QString kind; // "deploy", "promote", "rollback"; empty for a plain label
    QString digest;
    qint64 historyId = 0; // the pipeline History entry it marks; 0: none
};

// Uptime figures of one stage; empty where the range has no samples.
struct UptimeSummary
{
    std::optional<double> hour;
    std::optional<double> day;
    std::optional<double> week;
    std::optional<double> month;
};

struct LatencyPercentiles
{
    int count = 0; // successful samples the figures are computed from
    std::optional<double> p50;
    std::optional<double> p95;
};

// Every probe result: the visible window in memory (one TimeSeries per stage
// and probe) and everything in SQLite, so charts and uptime survive a
// restart. Raw samples are kept for 24 hours; compact() folds older ones into
// one-minute aggregates (count, failures, min/max/avg latency of the
// successes) kept for 30 days. Writes are batched: record() queues, and the
// queue is written within a second, by flush(), or before any query.
//
// Uptime is the share of successful user-path samples (frontend, api, tcp
// probes, or the probes named) in a range; latency percentiles use the raw
// samples of successful probes only.
class HealthHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 RawRetentionMs = 24LL * 60 * 60 * 1000;
    static constexpr qint64 AggregateRetentionMs = 30LL * 24 * 60 * 60 * 1000;
    static constexpr qint64 AggregateBucketMs = 60 * 1000;

    explicit HealthHistory(QObject *parent = nullptr);
    ~HealthHistory() override;

    // Opens (creating if needed) the database; an empty path means
    // defaultPath(). Returns false with one sentence in *error.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // health.sqlite in the application data folder.
    static QString defaultPath();

    // The in-memory window (default one hour).
    void setWindowMs(qint64 windowMs);
    const TimeSeries *series(const QString &stage, ProbeSpec::Kind kind) const;

    void record(const ProbeResult &result);
    bool flush(QString *error = nullptr);
    // Downsamples raw samples older than nowMs - RawRetentionMs and drops
    // aggregates older than nowMs - AggregateRetentionMs.
    bool compact(qint64 nowMs, QString *error = nullptr);
    // Compacts every intervalMs (and once now) on a thread of the global
    // pool with a connection of its own, so the thread that records never
    // waits for it; compacted() reports each run. 0 stops.
    void setCompactionInterval(qint64 intervalMs);
    bool isCompacting() const { return m_compacting; }
    // The compaction itself on an open connection; what compact() and the
    // scheduled runs share.
    static bool compactDatabase(const QString &connectionName, const QString &path, qint64 nowMs, QString *error);

    // Raw samples and aggregates with fromMs <= time < toMs, oldest first.
    QList<HealthSample> samples(const QString &stage, ProbeSpec::Kind kind, qint64 fromMs, qint64 toMs);
    QList<SampleAggregate> aggregates(const QString &stage, ProbeSpec::Kind kind, qint64 fromMs, qint64 toMs);

    // In percent, over raw samples and aggregates together; probes empty
    // means the user path (frontend, api, tcp).
    std::optional<double> uptime(const QString &stage, qint64 fromMs, qint64 toMs,
                                 const QList<ProbeSpec::Kind> &probes = {});
    UptimeSummary uptimeSummary(const QString &stage, qint64 nowMs);
    LatencyPercentiles latency(const QString &stage, ProbeSpec::Kind kind, qint64 fromMs, qint64 toMs);

Q_SIGNALS:
    void compacted(bool ok, const QString &error);

public:
    bool addMarker(const HistoryMarker &marker, QString *error = nullptr);
    QList<HistoryMarker> markers(qint64 fromMs, qint64 toMs);

private:
    bool exec(const QString &sql, QString *error);

    QString m_connection;
    QString m_path;
    qint64 m_windowMs = 60 * 60 * 1000;
    QHash<QString, TimeSeries> m_series;
    QList<ProbeResult> m_pending;
    QTimer m_flushTimer;
    QTimer m_compactionTimer;
    bool m_compacting = false;
    // What one background compaction reports back.
    struct Compaction
    {
        bool ok = false;
        QString error;
    };
    QFutureWatcher<Compaction> m_compaction;
    void compactInBackground();
};

} // namespace antler::health
