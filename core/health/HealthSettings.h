#pragma once

#include "health/HealthThresholds.h"
#include "health/ProbeSpec.h"

#include <QList>

namespace antler::health {

// What a HealthMonitor runs for every stage.
struct HealthSettings
{
    QList<ProbeSpec> probes = ProbeSpec::defaults();
    HealthThresholds thresholds;
    // Intervals below ProbeSpec::MinimumIntervalMs are raised to it unless
    // this is set; tests probe every 200 ms.
    bool allowShortIntervals = false;
};

} // namespace antler::health
