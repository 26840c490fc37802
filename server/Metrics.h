#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>

namespace moosefacts {

// Request counters and latency histograms, exposed in the Prometheus text
// format 0.0.4. Label values come from fixed tables (methods, route
// templates), never from the raw request, so cardinality stays bounded.
class Metrics
{
public:
    static constexpr std::array<double, 12> bucketBounds {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                          0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

    Metrics(QList<QByteArray> methodNames, QList<QByteArray> routeNames, QByteArray version, QByteArray commit);

    void observe(int methodIndex, int routeIndex, int code, double seconds);
    void countRejected(int code);

    struct Gauges
    {
        int openConnections = 0;
        int factsLoaded = 0;
        bool ready = false;
    };
    QByteArray exposition(const Gauges &gauges) const;

    quint64 requestCount(int methodIndex, int routeIndex, int code) const;

    static QByteArray escapeLabelValue(const QByteArray &value);
    static QByteArray formatDouble(double value);

private:
    struct Histogram
    {
        std::array<quint64, bucketBounds.size()> buckets {}; // not cumulative; summed on output
        quint64 count = 0;
        double sum = 0;
    };

    QList<QByteArray> m_methods;
    QList<QByteArray> m_routes;
    QByteArray m_version;
    QByteArray m_commit;
    double m_startTime = 0;
    QHash<quint32, quint64> m_requests; // key: method << 24 | route << 16 | code
    QList<Histogram> m_durations; // one per route
    QHash<int, quint64> m_rejected; // code -> count
};

} // namespace moosefacts
