#pragma once

#include "health/HealthThresholds.h"
#include "health/ProbeSpec.h"

#include <QHash>
#include <QList>
#include <QUrl>

namespace antler::health {

// What a HealthMonitor runs for every stage.
struct HealthSettings
{
    QList<ProbeSpec> probes = ProbeSpec::defaults();
    HealthThresholds thresholds;
    // Intervals below ProbeSpec::MinimumIntervalMs are raised to it unless
    // this is set; tests probe every 200 ms.
    bool allowShortIntervals = false;
    // Stages also served over https: stage name -> its https address. Each
    // gets a TLS probe (tlsProbe) that turns the stage degraded when the
    // certificate expires within tlsProbe.certificateWarningDays.
    QHash<QString, QUrl> httpsUrls;
    ProbeSpec tlsProbe {ProbeSpec::Kind::Tls, 60 * 1000, ProbeSpec::DefaultTimeoutMs};
};

} // namespace antler::health
