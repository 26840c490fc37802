#pragma once

#include "health/HealthSample.h"
#include "health/SampleAggregate.h"

#include <QList>

#include <optional>

namespace antler::health {

// The samples of one probe of one stage for the visible window (the last
// hour by default), oldest first, plus the arithmetic charts and `antler
// status` share: uptime, latency percentiles, per-bucket aggregates.
class TimeSeries
{
public:
    explicit TimeSeries(qint64 windowMs = 60 * 60 * 1000);

    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 windowMs);

    // Samples older than the newest minus the window are dropped. Samples
    // arriving out of order are inserted in place.
    void append(const HealthSample &sample);
    const QList<HealthSample> &samples() const { return m_samples; }
    // The samples with fromMs <= time < toMs.
    QList<HealthSample> range(qint64 fromMs, qint64 toMs) const;
    bool isEmpty() const { return m_samples.isEmpty(); }

    // Successful share in percent (0..100); none without samples.
    static std::optional<double> uptimePercent(const QList<HealthSample> &samples);
    // The p-th percentile (0..100, nearest rank) of the latency of the
    // successful samples only: a failed probe is an outage, not a slow answer.
    static std::optional<double> latencyPercentile(const QList<HealthSample> &samples, double p);
    // Nearest-rank percentile of sorted values (ascending).
    static std::optional<double> percentileOfSorted(const QList<double> &sorted, double p);
    // Folds samples into buckets of bucketMs starting at multiples of bucketMs.
    static QList<SampleAggregate> aggregate(const QList<HealthSample> &samples, qint64 bucketMs);

private:
    qint64 m_windowMs;
    QList<HealthSample> m_samples;
};

} // namespace antler::health
