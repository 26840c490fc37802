#pragma once

namespace antler::health {

// How many results in a row change a probe's verdict, so one lost packet is
// not an outage and one lucky answer is not a recovery.
struct HealthThresholds
{
    int failuresToDown = 3;
    int successesToUp = 2;
    // A successful user-path probe slower than this makes the stage degraded;
    // 0 turns the check off.
    double degradedLatencyMs = 1000;

    // One-shot status has no history: one failure is down, one success up.
    static HealthThresholds oneShot() { return HealthThresholds {1, 1, 1000}; }

    friend bool operator==(const HealthThresholds &, const HealthThresholds &) = default;
};

} // namespace antler::health
