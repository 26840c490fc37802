#pragma once

#include "health/HealthHistory.h"
#include "health/HealthSample.h"
#include "health/HostMetrics.h"
#include "health/ProbeResult.h"
#include "health/SampleAggregate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace antler::gui {

// A stretch of time with one availability verdict, for the availability strip.
struct AvailabilitySpan
{
    enum class State { Unknown, Up, Partial, Down };
    qint64 fromMs = 0;
    qint64 toMs = 0;
    State state = State::Unknown;
};

// What one stage's history holds when it has been read from SQLite off the
// GUI thread (HistoryLoader).
struct StageHistoryData
{
    QList<health::SampleAggregate> minutes; // oldest first, up to 30 days
    QList<health::HealthSample> recent; // the last hour, raw
};

// The in-memory data the health charts draw from, on the GUI thread: per
// stage the frontend probe's raw samples of the last hour and one-minute
// aggregates for 30 days; per host the metrics samples; the deployment
// markers. Filled once from the history (setLoaded(), data read by
// HistoryLoader on its thread) and then live from the monitor. Every query
// is on memory, so a range switch never waits for the disk.
class HealthStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 RecentMs = 60LL * 60 * 1000;
    static constexpr qint64 KeepMs = 30LL * 24 * 60 * 60 * 1000;

    explicit HealthStore(QObject *parent = nullptr);

    // The probe the charts follow for latency and availability.
    static bool isChartProbe(const health::ProbeResult &result);
    void addResult(const health::ProbeResult &result);
    void addSample(const QString &stage, const health::HealthSample &sample);
    void addHostMetrics(const health::HostMetrics &metrics);
    // Replaces what is older than the first live sample; live samples stay.
    void setLoaded(const QString &stage, const StageHistoryData &data);
    void setMarkers(const QList<health::HistoryMarker> &markers);
    // One more marker, for a rollout that just finished in this window.
    void addMarker(const health::HistoryMarker &marker);

    QStringList stages() const { return m_stages.keys(); }
    QStringList hosts() const { return m_hosts.keys(); }
    qsizetype sampleCount(const QString &stage) const;

    // Latency in ms of successful samples, x = ms since the epoch: raw
    // samples for ranges up to an hour, minute averages beyond.
    QList<QPointF> latency(const QString &stage, qint64 fromMs, qint64 toMs) const;
    QList<AvailabilitySpan> availability(const QString &stage, qint64 fromMs, qint64 toMs) const;
    std::optional<double> uptime(const QString &stage, qint64 fromMs, qint64 toMs) const;
    // Nearest-rank percentile over successful raw samples (the last hour)
    // or, beyond, over the minute averages.
    std::optional<double> latencyPercentile(const QString &stage, qint64 fromMs, qint64 toMs, double p) const;
    // Nearest rank over values (reordered in place), without a full sort.
    static std::optional<double> percentile(QList<double> &values, double p);
    QList<health::HistoryMarker> markers(const QString &stage, qint64 fromMs, qint64 toMs) const;

    enum class HostFigure { Load, MemoryPercent, TemperatureC, CpuPercent };
    QList<QPointF> hostSeries(const QString &host, HostFigure figure, qint64 fromMs, qint64 toMs) const;
    std::optional<health::HostMetrics> lastHostMetrics(const QString &host) const;

Q_SIGNALS:
    void stageChanged(const QString &stage);
    void hostChanged(const QString &host);
    void markersChanged();

private:
    struct Stage
    {
        QList<health::HealthSample> recent;
        QList<health::SampleAggregate> minutes;
    };
    static void addToMinutes(QList<health::SampleAggregate> &minutes, const health::HealthSample &sample);

    QHash<QString, Stage> m_stages;
    QHash<QString, QList<health::HostMetrics>> m_hosts;
    QList<health::HistoryMarker> m_markers;
};

} // namespace antler::gui
