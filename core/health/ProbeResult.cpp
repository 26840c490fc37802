#include "health/ProbeResult.h"

#include <QDateTime>

namespace antler::health {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject ProbeResult::toJson() const
{
    QJsonObject o {
        {QStringLiteral("stage"), stage},
        {QStringLiteral("probe"), probeName()},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("latency_ms"), ok ? QJsonValue(latencyMs) : QJsonValue()},
        {QStringLiteral("http_status"), httpStatus ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
    };
    if (kind == ProbeSpec::Kind::Version) {
        o.insert(QStringLiteral("version"), version.isEmpty() ? QJsonValue() : QJsonValue(version));
        o.insert(QStringLiteral("digest"), digest.isEmpty() ? QJsonValue() : QJsonValue(digest));
        o.insert(QStringLiteral("drift"), drift ? QJsonValue(*drift) : QJsonValue());
    }
    if (kind == ProbeSpec::Kind::Tls) {
        o.insert(QStringLiteral("certificate_expires"),
                 certificateExpiresMs
                     ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*certificateExpiresMs, Qt::UTC).toString(Qt::ISODate))
                     : QJsonValue());
        o.insert(QStringLiteral("certificate_days_left"),
                 certificateDaysLeft ? QJsonValue(*certificateDaysLeft) : QJsonValue());
        o.insert(QStringLiteral("certificate_subject"),
                 certificateSubject.isEmpty() ? QJsonValue() : QJsonValue(certificateSubject));
    }
    if (metrics) {
        o.insert(QStringLiteral("metrics"),
                 QJsonObject {
                     {QStringLiteral("requests_per_second"), metrics->requestsPerSecond},
                     {QStringLiteral("error_rate"), optionalNumber(metrics->errorRate)},
                     {QStringLiteral("mean_latency_ms"), optionalNumber(metrics->meanLatencyMs)},
                     {QStringLiteral("p50_latency_ms"), optionalNumber(metrics->p50LatencyMs)},
                     {QStringLiteral("p95_latency_ms"), optionalNumber(metrics->p95LatencyMs)},
                 });
    }
    return o;
}

} // namespace antler::health
