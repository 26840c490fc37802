#include "health/TimeSeries.h"

#include <algorithm>
#include <cmath>

namespace antler::health {

namespace {

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step < 0 ? q - 1 : q) * step;
}

} // namespace

TimeSeries::TimeSeries(qint64 windowMs)
    : m_windowMs(windowMs)
{
}

void TimeSeries::setWindowMs(qint64 windowMs)
{
    m_windowMs = windowMs;
    if (!m_samples.isEmpty())
        append(m_samples.takeLast());
}

void TimeSeries::append(const HealthSample &sample)
{
    if (m_samples.isEmpty() || m_samples.constLast().timeMs <= sample.timeMs) {
        m_samples.append(sample);
    } else {
        const auto at = std::upper_bound(m_samples.begin(), m_samples.end(), sample.timeMs,
                                         [](qint64 time, const HealthSample &s) { return time < s.timeMs; });
        m_samples.insert(at, sample);
    }
    const qint64 oldest = m_samples.constLast().timeMs - m_windowMs;
    while (!m_samples.isEmpty() && m_samples.constFirst().timeMs < oldest)
        m_samples.removeFirst();
}

QList<HealthSample> TimeSeries::range(qint64 fromMs, qint64 toMs) const
{
    QList<HealthSample> out;
    for (const HealthSample &sample : m_samples) {
        if (sample.timeMs >= fromMs && sample.timeMs < toMs)
            out.append(sample);
    }
    return out;
}

std::optional<double> TimeSeries::uptimePercent(const QList<HealthSample> &samples)
{
    if (samples.isEmpty())
        return std::nullopt;
    const auto ok = std::count_if(samples.cbegin(), samples.cend(), [](const HealthSample &s) { return s.ok; });
    return 100.0 * double(ok) / double(samples.size());
}

std::optional<double> TimeSeries::percentileOfSorted(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return std::nullopt;
    // Nearest rank: the smallest value with at least p% of values at or below it.
    const double rank = std::ceil(p / 100.0 * double(sorted.size()));
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, sorted.size() - 1);
    return sorted.at(index);
}

std::optional<double> TimeSeries::latencyPercentile(const QList<HealthSample> &samples, double p)
{
    QList<double> latencies;
    for (const HealthSample &sample : samples) {
        if (sample.ok)
            latencies.append(sample.latencyMs);
    }
    std::sort(latencies.begin(), latencies.end());
    return percentileOfSorted(latencies, p);
}

QList<SampleAggregate> TimeSeries::aggregate(const QList<HealthSample> &samples, qint64 bucketMs)
{
    QList<HealthSample> sorted = samples;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const HealthSample &a, const HealthSample &b) { return a.timeMs < b.timeMs; });
    QList<SampleAggregate> out;
    double sum = 0;
    for (const HealthSample &sample : sorted) {
        const qint64 start = floorTo(sample.timeMs, bucketMs);
        if (out.isEmpty() || out.constLast().startMs != start) {
            out.append(SampleAggregate {start, 0, 0, {}, {}, {}});
            sum = 0;
        }
        SampleAggregate &bucket = out.last();
        ++bucket.count;
        if (!sample.ok) {
            ++bucket.failures;
            continue;
        }
        sum += sample.latencyMs;
        bucket.minLatencyMs = std::min(bucket.minLatencyMs.value_or(sample.latencyMs), sample.latencyMs);
        bucket.maxLatencyMs = std::max(bucket.maxLatencyMs.value_or(sample.latencyMs), sample.latencyMs);
        bucket.avgLatencyMs = sum / double(bucket.successes());
    }
    return out;
}

} // namespace antler::health
