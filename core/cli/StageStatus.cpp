#include "cli/StageStatus.h"

namespace antler::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject StageStatus::toJson() const
{
    return QJsonObject {
        {QStringLiteral("name"), name},
        {QStringLiteral("runtime"), runtime},
        {QStringLiteral("url"), url},
        {QStringLiteral("host"), orNull(host)},
        {QStringLiteral("state"), health::healthStateName(state)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("latency_ms"), latencyMs ? QJsonValue(qRound(*latencyMs * 10) / 10.0) : QJsonValue()},
        {QStringLiteral("uptime_24h"), uptime24h ? QJsonValue(qRound(*uptime24h * 100) / 100.0) : QJsonValue()},
        {QStringLiteral("digest"), orNull(digest)},
        {QStringLiteral("version"), orNull(version)},
        {QStringLiteral("expected_digest"), orNull(record.deployedDigest)},
        {QStringLiteral("drift"), drift().value_or(false)},
        {QStringLiteral("pinned"), record.pinned},
        {QStringLiteral("pinned_digest"), orNull(record.pinnedDigest)},
        {QStringLiteral("last_error"), orNull(lastError)},
        {QStringLiteral("workload"), workload ? QJsonValue(*workload) : QJsonValue()},
        {QStringLiteral("probes"), probes},
    };
}

} // namespace antler::cli
