#pragma once

#include <QtGlobal>

namespace antler::health {

// One probe outcome reduced to what charts and statistics need.
struct HealthSample
{
    qint64 timeMs = 0; // ms since the epoch (UTC)
    bool ok = false;
    double latencyMs = 0; // meaningful only when ok

    friend bool operator==(const HealthSample &, const HealthSample &) = default;
};

} // namespace antler::health
