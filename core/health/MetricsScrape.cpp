#include "health/MetricsScrape.h"

#include <QList>

#include <cmath>
#include <limits>

namespace antler::health {

namespace {

const QByteArray requestsName = "moosefacts_http_requests_total";
const QByteArray durationName = "moosefacts_http_request_duration_seconds";

// The value of label `name` in `{a="x",b="y"}`, or an empty array.
QByteArray labelValue(const QByteArray &labels, const QByteArray &name)
{
    const QByteArray key = name + "=\"";
    qsizetype at = 0;
    while ((at = labels.indexOf(key, at)) >= 0) {
        if (at == 0 || labels.at(at - 1) == '{' || labels.at(at - 1) == ',') {
            const qsizetype start = at + key.size();
            QByteArray value;
            for (qsizetype i = start; i < labels.size(); ++i) {
                const char c = labels.at(i);
                if (c == '\\' && i + 1 < labels.size()) {
                    value += labels.at(++i);
                    continue;
                }
                if (c == '"')
                    return value;
                value += c;
            }
            return value;
        }
        at += key.size();
    }
    return {};
}

bool parseValue(const QByteArray &text, double *out)
{
    if (text == "+Inf") {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

} // namespace

bool MetricsScrape::parse(const QByteArray &text, qint64 timeMs, QString *error)
{
    m_timeMs = timeMs;
    m_requests = m_serverErrors = m_durationSum = m_durationCount = 0;
    m_buckets.clear();
    bool sawRequests = false;
    bool sawDurations = false;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype brace = line.indexOf('{');
        const qsizetype close = line.lastIndexOf('}');
        QByteArray name;
        QByteArray labels;
        QByteArray rest;
        if (brace >= 0 && close > brace) {
            name = line.left(brace);
            labels = line.mid(brace, close - brace + 1);
            rest = line.mid(close + 1).trimmed();
        } else {
            const qsizetype space = line.indexOf(' ');
            if (space < 0)
                continue;
            name = line.left(space);
            rest = line.mid(space + 1).trimmed();
        }
        // A sample may carry a timestamp after the value.
        const qsizetype space = rest.indexOf(' ');
        if (space >= 0)
            rest = rest.left(space);
        double value = 0;
        if (!parseValue(rest, &value))
            continue;

        if (name == requestsName) {
            sawRequests = true;
            m_requests += value;
            if (labelValue(labels, "code").startsWith('5'))
                m_serverErrors += value;
        } else if (name == durationName + "_bucket") {
            sawDurations = true;
            double bound = 0;
            if (parseValue(labelValue(labels, "le"), &bound))
                m_buckets[bound] += value;
        } else if (name == durationName + "_sum") {
            m_durationSum += value;
        } else if (name == durationName + "_count") {
            m_durationCount += value;
        }
    }
    if (!sawRequests && !sawDurations) {
        if (error) {
            *error = tr("the /metrics answer has no %1 or %2 samples; is this a "
                        "moosefacts server?")
                         .arg(QLatin1String(requestsName), QLatin1String(durationName));
        }
        return false;
    }
    return true;
}

std::optional<double> MetricsScrape::quantile(const QMap<double, double> &cumulative, double q)
{
    if (cumulative.isEmpty())
        return std::nullopt;
    const double total = cumulative.last();
    if (total <= 0)
        return std::nullopt;
    const double rank = q * total;
    double previousBound = 0;
    double previousCount = 0;
    for (auto it = cumulative.cbegin(); it != cumulative.cend(); ++it) {
        if (it.value() >= rank) {
            // Beyond the last finite bucket there is no upper bound to
            // interpolate towards: answer that bound, as Prometheus does.
            if (std::isinf(it.key()))
                return previousBound;
            const double inBucket = it.value() - previousCount;
            if (inBucket <= 0)
                return it.key();
            return previousBound + (it.key() - previousBound) * (rank - previousCount) / inBucket;
        }
        previousBound = it.key();
        previousCount = it.value();
    }
    return previousBound;
}

MetricsRates MetricsScrape::compare(const MetricsScrape &before, const MetricsScrape &after)
{
    MetricsRates rates;
    rates.seconds = double(after.m_timeMs - before.m_timeMs) / 1000.0;
    rates.counterReset = after.m_requests < before.m_requests || after.m_durationCount < before.m_durationCount;
    const MetricsScrape zero;
    const MetricsScrape &base = rates.counterReset ? zero : before;

    rates.requests = after.m_requests - base.m_requests;
    if (rates.seconds > 0)
        rates.requestsPerSecond = rates.requests / rates.seconds;
    if (rates.requests > 0)
        rates.errorRate = (after.m_serverErrors - base.m_serverErrors) / rates.requests;

    const double count = after.m_durationCount - base.m_durationCount;
    if (count > 0) {
        rates.meanLatencyMs = (after.m_durationSum - base.m_durationSum) / count * 1000.0;
        QMap<double, double> delta;
        for (auto it = after.m_buckets.cbegin(); it != after.m_buckets.cend(); ++it)
            delta.insert(it.key(), it.value() - base.m_buckets.value(it.key()));
        if (const auto p50 = quantile(delta, 0.5))
            rates.p50LatencyMs = *p50 * 1000.0;
        if (const auto p95 = quantile(delta, 0.95))
            rates.p95LatencyMs = *p95 * 1000.0;
    }
    return rates;
}

} // namespace antler::health
