#include "Metrics.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace moosefacts {

namespace {
quint32 requestKey(int method, int route, int code)
{
    return quint32(method) << 24 | quint32(route) << 16 | quint32(code);
}
} // namespace

Metrics::Metrics(QList<QByteArray> methodNames, QList<QByteArray> routeNames, QByteArray version, QByteArray commit)
    : m_methods(std::move(methodNames))
    , m_routes(std::move(routeNames))
    , m_version(std::move(version))
    , m_commit(std::move(commit))
    , m_startTime(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0)
{
    m_durations.resize(m_routes.size());
}

void Metrics::observe(int methodIndex, int routeIndex, int code, double seconds)
{
    ++m_requests[requestKey(methodIndex, routeIndex, code)];
    Histogram &h = m_durations[routeIndex];
    const auto it = std::lower_bound(bucketBounds.begin(), bucketBounds.end(), seconds);
    if (it != bucketBounds.end())
        ++h.buckets[size_t(it - bucketBounds.begin())];
    ++h.count;
    h.sum += seconds;
}

void Metrics::countRejected(int code)
{
    ++m_rejected[code];
}

quint64 Metrics::requestCount(int methodIndex, int routeIndex, int code) const
{
    return m_requests.value(requestKey(methodIndex, routeIndex, code));
}

QByteArray Metrics::escapeLabelValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray Metrics::formatDouble(double value)
{
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    return QByteArray::number(value, 'g', 12);
}

QByteArray Metrics::exposition(const Gauges &gauges) const
{
    QByteArray out;
    out.reserve(4096);

    out += "# HELP moosefacts_http_requests_total HTTP requests answered, by method, route and status code.\n"
           "# TYPE moosefacts_http_requests_total counter\n";
    // Sorted output keeps scrapes stable and diffable.
    QList<quint32> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (quint32 key : keys) {
        const int method = int(key >> 24);
        const int route = int((key >> 16) & 0xff);
        const int code = int(key & 0xffff);
        out += "moosefacts_http_requests_total{method=\"" + escapeLabelValue(m_methods.value(method)) + "\",route=\""
            + escapeLabelValue(m_routes.value(route)) + "\",code=\"" + QByteArray::number(code) + "\"} "
            + QByteArray::number(m_requests.value(key)) + '\n';
    }

    out += "# HELP moosefacts_http_request_duration_seconds Time to answer an HTTP request, by route.\n"
           "# TYPE moosefacts_http_request_duration_seconds histogram\n";
    for (qsizetype r = 0; r < m_routes.size(); ++r) {
        const Histogram &h = m_durations.at(r);
        if (h.count == 0)
            continue;
        const QByteArray label = "route=\"" + escapeLabelValue(m_routes.at(r)) + '"';
        quint64 cumulative = 0;
        for (size_t b = 0; b < bucketBounds.size(); ++b) {
            cumulative += h.buckets[b];
            out += "moosefacts_http_request_duration_seconds_bucket{" + label + ",le=\"" + formatDouble(bucketBounds[b])
                + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "moosefacts_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} "
            + QByteArray::number(h.count) + '\n';
        out += "moosefacts_http_request_duration_seconds_sum{" + label + "} " + formatDouble(h.sum) + '\n';
        out += "moosefacts_http_request_duration_seconds_count{" + label + "} " + QByteArray::number(h.count) + '\n';
    }

    out += "# HELP moosefacts_http_rejected_total Requests refused before routing, by status code.\n"
           "# TYPE moosefacts_http_rejected_total counter\n";
    QList<int> codes = m_rejected.keys();
    std::sort(codes.begin(), codes.end());
    for (int code : codes) {
        out += "moosefacts_http_rejected_total{code=\"" + QByteArray::number(code) + "\"} "
            + QByteArray::number(m_rejected.value(code)) + '\n';
    }

    out += "# HELP moosefacts_http_connections_open Client connections currently open.\n"
           "# TYPE moosefacts_http_connections_open gauge\n"
           "moosefacts_http_connections_open "
        + QByteArray::number(gauges.openConnections) + '\n';
    out += "# HELP moosefacts_facts_loaded Number of moose facts being served.\n"
           "# TYPE moosefacts_facts_loaded gauge\n"
           "moosefacts_facts_loaded "
        + QByteArray::number(gauges.factsLoaded) + '\n';
    out += "# HELP moosefacts_ready Whether the server reports ready (1) or not (0).\n"
           "# TYPE moosefacts_ready gauge\n"
           "moosefacts_ready "
        + QByteArray(gauges.ready ? "1" : "0") + '\n';
    out += "# HELP moosefacts_build_info Build information; the value is always 1.\n"
           "# TYPE moosefacts_build_info gauge\n"
           "moosefacts_build_info{version=\""
        + escapeLabelValue(m_version) + "\",commit=\"" + escapeLabelValue(m_commit) + "\"} 1\n";
    out += "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.\n"
           "# TYPE process_start_time_seconds gauge\n"
           "process_start_time_seconds "
        + QByteArray::number(m_startTime, 'f', 3) + '\n';
    return out;
}

} // namespace moosefacts
