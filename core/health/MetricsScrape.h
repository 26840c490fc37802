#pragma once

#include "health/MetricsRates.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace antler::health {

// One scrape of moosefacts' /metrics, reduced to what health needs: request
// and 5xx counters summed over methods and routes, and the request-duration
// histogram summed over routes. Two scrapes give rates (compare()).
class MetricsScrape
{
    Q_DECLARE_TR_FUNCTIONS(antler::health::MetricsScrape)

public:
    // Reads Prometheus text format 0.0.4. Returns false with *error set when
    // the text has none of moosefacts' request metrics.
    bool parse(const QByteArray &text, qint64 timeMs, QString *error);

    qint64 timeMs() const { return m_timeMs; }
    double requests() const { return m_requests; }
    double serverErrors() const { return m_serverErrors; }
    double durationSum() const { return m_durationSum; }
    double durationCount() const { return m_durationCount; }
    // Cumulative bucket counts keyed by upper bound in seconds (+Inf as infinity).
    const QMap<double, double> &buckets() const { return m_buckets; }

    // Rates between an earlier and a later scrape. A counter that went down
    // means the server restarted: the later scrape then counts from zero.
    static MetricsRates compare(const MetricsScrape &before, const MetricsScrape &after);

    // The q-quantile (0..1) of cumulative buckets, interpolated linearly within
    // the bucket as Prometheus' histogram_quantile() does; in seconds.
    static std::optional<double> quantile(const QMap<double, double> &cumulative, double q);

private:
    qint64 m_timeMs = 0;
    double m_requests = 0;
    double m_serverErrors = 0;
    double m_durationSum = 0;
    double m_durationCount = 0;
    QMap<double, double> m_buckets;
};

} // namespace antler::health
