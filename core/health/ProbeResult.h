#pragma once

#include "health/MetricsRates.h"
#include "health/ProbeSpec.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace antler::health {

// The outcome of one probe run: the sample every view (charts, `antler
// status`, JSON, history) is built from. A failed probe has no meaningful
// latency for statistics: it is an outage, not a slow answer.
struct ProbeResult
{
    QString stage;
    ProbeSpec::Kind kind = ProbeSpec::Kind::Frontend;
    qint64 timeMs = 0; // when the probe started, ms since the epoch (UTC)
    bool ok = false;
    double latencyMs = 0;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    // One sentence when !ok: "connection refused at 127.0.0.1:18481".
    QString error;

    // The version probe: what /version says is running.
    QString version;
    QString digest;
    // Set only when the caller gave an expected digest.
    std::optional<bool> drift;

    // The TLS probe: when the stage's certificate expires, and in how many
    // whole days from the probe.
    std::optional<qint64> certificateExpiresMs;
    std::optional<int> certificateDaysLeft;
    QString certificateSubject;

    // The metrics probe: rates since the previous scrape (none on the first).
    std::optional<MetricsRates> metrics;

    QString probeName() const { return ProbeSpec::kindName(kind); }
    QJsonObject toJson() const;
};

} // namespace antler::health
