#include "HealthStore.h"

#include "health/TimeSeries.h"

#include <algorithm>
#include <cmath>

namespace antler::gui {

using health::HealthSample;
using health::SampleAggregate;

namespace {

constexpr qint64 minuteMs = 60 * 1000;

template<typename T, typename Key> auto lowerBound(const QList<T> &list, qint64 t, Key key)
{
    return std::lower_bound(list.cbegin(), list.cend(), t, [key](const T &item, qint64 x) { return key(item) < x; });
}

} // namespace

HealthStore::HealthStore(QObject *parent)
    : QObject(parent)
{
}

bool HealthStore::isChartProbe(const health::ProbeResult &result)
{
    return result.kind == health::ProbeSpec::Kind::Frontend;
}

void HealthStore::addResult(const health::ProbeResult &result)
{
    if (isChartProbe(result))
        addSample(result.stage, HealthSample {result.timeMs, result.ok, result.latencyMs});
}

void HealthStore::addToMinutes(QList<SampleAggregate> &minutes, const HealthSample &sample)
{
    const qint64 minute = sample.timeMs - ((sample.timeMs % minuteMs) + minuteMs) % minuteMs;
    auto it = std::lower_bound(minutes.begin(), minutes.end(), minute,
                               [](const SampleAggregate &a, qint64 x) { return a.startMs < x; });
    if (it == minutes.end() || it->startMs != minute)
        it = minutes.insert(it, SampleAggregate {minute, 0, 0, {}, {}, {}});
    SampleAggregate &a = *it;
    const int successesBefore = a.successes();
    ++a.count;
    if (!sample.ok) {
        ++a.failures;
        return;
    }
    const double v = sample.latencyMs;
    a.minLatencyMs = a.minLatencyMs ? std::min(*a.minLatencyMs, v) : v;
    a.maxLatencyMs = a.maxLatencyMs ? std::max(*a.maxLatencyMs, v) : v;
    a.avgLatencyMs = ((a.avgLatencyMs.value_or(0) * successesBefore) + v) / (successesBefore + 1);
}

void HealthStore::addSample(const QString &stage, const HealthSample &sample)
{
    Stage &s = m_stages[stage];
    if (s.recent.isEmpty() || s.recent.constLast().timeMs <= sample.timeMs) {
        s.recent.append(sample);
    } else {
        auto it = std::upper_bound(s.recent.begin(), s.recent.end(), sample.timeMs,
                                   [](qint64 x, const HealthSample &h) { return x < h.timeMs; });
        s.recent.insert(it, sample);
    }
    const qint64 recentCut = s.recent.constLast().timeMs - RecentMs;
    qsizetype drop = 0;
    while (drop < s.recent.size() && s.recent.at(drop).timeMs < recentCut)
        ++drop;
    if (drop > 0)
        s.recent.remove(0, drop);
    addToMinutes(s.minutes, sample);
    const qint64 keepCut = sample.timeMs - KeepMs;
    drop = 0;
    while (drop < s.minutes.size() && s.minutes.at(drop).startMs < keepCut)
        ++drop;
    if (drop > 0)
        s.minutes.remove(0, drop);
    Q_EMIT stageChanged(stage);
}

void HealthStore::setLoaded(const QString &stage, const StageHistoryData &data)
{
    Stage &s = m_stages[stage];
    const qint64 firstLive = s.recent.isEmpty() ? std::numeric_limits<qint64>::max() : s.recent.constFirst().timeMs;
    const qint64 firstLiveMinute = firstLive - ((firstLive % minuteMs) + minuteMs) % minuteMs;
    QList<SampleAggregate> minutes;
    minutes.reserve(data.minutes.size() + s.minutes.size());
    for (const SampleAggregate &a : data.minutes) {
        if (a.startMs < firstLiveMinute)
            minutes.append(a);
    }
    for (const SampleAggregate &a : std::as_const(s.minutes)) {
        if (!minutes.isEmpty() && minutes.constLast().startMs >= a.startMs)
            continue;
        minutes.append(a);
    }
    s.minutes = minutes;
    QList<HealthSample> recent;
    for (const HealthSample &h : data.recent) {
        if (h.timeMs < firstLive)
            recent.append(h);
    }
    recent.append(s.recent);
    s.recent = recent;
    Q_EMIT stageChanged(stage);
}

void HealthStore::setMarkers(const QList<health::HistoryMarker> &markers)
{
    m_markers = markers;
    Q_EMIT markersChanged();
}

void HealthStore::addMarker(const health::HistoryMarker &marker)
{
    m_markers.append(marker);
    Q_EMIT markersChanged();
}

qsizetype HealthStore::sampleCount(const QString &stage) const
{
    const auto it = m_stages.constFind(stage);
    if (it == m_stages.cend())
        return 0;
    qsizetype n = 0;
    for (const SampleAggregate &a : it->minutes)
        n += a.count;
    return n;
}

QList<QPointF> HealthStore::latency(const QString &stage, qint64 fromMs, qint64 toMs) const
{
    QList<QPointF> out;
    const auto it = m_stages.constFind(stage);
    if (it == m_stages.cend())
        return out;
    if (toMs - fromMs <= RecentMs) {
        for (auto s = lowerBound(it->recent, fromMs, [](const HealthSample &h) { return h.timeMs; });
             s != it->recent.cend() && s->timeMs < toMs; ++s) {
            if (s->ok)
                out.append(QPointF(double(s->timeMs), s->latencyMs));
        }
        return out;
    }
    const auto &minutes = it->minutes;
    out.reserve(minutes.size());
    for (auto a = lowerBound(minutes, fromMs, [](const SampleAggregate &x) { return x.startMs; });
         a != minutes.cend() && a->startMs < toMs; ++a) {
        if (a->avgLatencyMs)
            out.append(QPointF(double(a->startMs), *a->avgLatencyMs));
    }
    return out;
}

QList<AvailabilitySpan> HealthStore::availability(const QString &stage, qint64 fromMs, qint64 toMs) const
{
    QList<AvailabilitySpan> out;
    const auto it = m_stages.constFind(stage);
    if (it == m_stages.cend())
        return out;
    auto push = [&out](qint64 from, qint64 to, AvailabilitySpan::State state) {
        if (!out.isEmpty() && out.constLast().state == state && out.constLast().toMs >= from) {
            out.last().toMs = to;
            return;
        }
        out.append(AvailabilitySpan {from, to, state});
    };
    if (toMs - fromMs <= RecentMs) {
        const auto &recent = it->recent;
        for (auto s = lowerBound(recent, fromMs, [](const HealthSample &h) { return h.timeMs; });
             s != recent.cend() && s->timeMs < toMs; ++s) {
            const auto next = s + 1;
            // A sample holds until the next one, but not across a long gap.
            qint64 end = next != recent.cend() ? next->timeMs : s->timeMs + 5000;
            end = std::min(end, s->timeMs + 60000);
            push(s->timeMs, end, s->ok ? AvailabilitySpan::State::Up : AvailabilitySpan::State::Down);
        }
        return out;
    }
    const auto &minutes = it->minutes;
    for (auto a = lowerBound(minutes, fromMs, [](const SampleAggregate &x) { return x.startMs; });
         a != minutes.cend() && a->startMs < toMs; ++a) {
        const AvailabilitySpan::State state = a->failures == 0 ? AvailabilitySpan::State::Up
            : a->failures >= a->count                          ? AvailabilitySpan::State::Down
                                                               : AvailabilitySpan::State::Partial;
        push(a->startMs, a->startMs + minuteMs, state);
    }
    return out;
}

std::optional<double> HealthStore::uptime(const QString &stage, qint64 fromMs, qint64 toMs) const
{
    const auto it = m_stages.constFind(stage);
    if (it == m_stages.cend())
        return std::nullopt;
    qint64 total = 0;
    qint64 good = 0;
    if (toMs - fromMs <= RecentMs) {
        for (const HealthSample &h : it->recent) {
            if (h.timeMs >= fromMs && h.timeMs < toMs) {
                ++total;
                good += h.ok ? 1 : 0;
            }
        }
    } else {
        for (auto a = lowerBound(it->minutes, fromMs, [](const SampleAggregate &x) { return x.startMs; });
             a != it->minutes.cend() && a->startMs < toMs; ++a) {
            total += a->count;
            good += a->successes();
        }
    }
    if (total == 0)
        return std::nullopt;
    return 100.0 * double(good) / double(total);
}

std::optional<double> HealthStore::latencyPercentile(const QString &stage, qint64 fromMs, qint64 toMs, double p) const
{
    const QList<QPointF> points = latency(stage, fromMs, toMs);
    QList<double> values;
    values.reserve(points.size());
    for (const QPointF &point : points)
        values.append(point.y());
    return percentile(values, p);
}

std::optional<double> HealthStore::percentile(QList<double> &values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    // Nearest rank, as TimeSeries::percentileOfSorted(), without a full sort.
    const qsizetype rank
        = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))), 1, values.size());
    std::nth_element(values.begin(), values.begin() + (rank - 1), values.end());
    return values.at(rank - 1);
}

QList<health::HistoryMarker> HealthStore::markers(const QString &stage, qint64 fromMs, qint64 toMs) const
{
    QList<health::HistoryMarker> out;
    for (const health::HistoryMarker &marker : m_markers) {
        if (marker.timeMs >= fromMs && marker.timeMs < toMs && (stage.isEmpty() || marker.stage == stage))
            out.append(marker);
    }
    return out;
}

void HealthStore::addHostMetrics(const health::HostMetrics &metrics)
{
    QList<health::HostMetrics> &list = m_hosts[metrics.host];
    list.append(metrics);
    qsizetype drop = 0;
    while (drop < list.size() && list.at(drop).timeMs < metrics.timeMs - KeepMs)
        ++drop;
    if (drop > 0)
        list.remove(0, drop);
    Q_EMIT hostChanged(metrics.host);
}

QList<QPointF> HealthStore::hostSeries(const QString &host, HostFigure figure, qint64 fromMs, qint64 toMs) const
{
    QList<QPointF> out;
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend())
        return out;
    for (const health::HostMetrics &m : *it) {
        if (!m.ok || m.timeMs < fromMs || m.timeMs >= toMs)
            continue;
        std::optional<double> value;
        switch (figure) {
        case HostFigure::Load:
            value = m.load1;
            break;
        case HostFigure::MemoryPercent:
            value = m.memoryUsedPercent();
            break;
        case HostFigure::TemperatureC:
            value = m.temperatureC;
            break;
        case HostFigure::CpuPercent:
            value = m.cpuPercent;
            break;
        }
        if (value)
            out.append(QPointF(double(m.timeMs), *value));
    }
    return out;
}

std::optional<health::HostMetrics> HealthStore::lastHostMetrics(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend() || it->isEmpty())
        return std::nullopt;
    return it->constLast();
}

} // namespace antler::gui
