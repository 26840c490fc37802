#pragma once

#include <optional>

namespace antler::health {

// What happened on a stage between two /metrics scrapes. Values a scrape pair
// cannot tell (no requests in between: no error share, no latency) are empty
// rather than zero, so a quiet stage does not look perfectly fast.
struct MetricsRates
{
    double seconds = 0; // time between the scrapes
    double requests = 0; // requests answered in between
    double requestsPerSecond = 0;
    std::optional<double> errorRate; // share of 5xx answers, 0..1
    std::optional<double> meanLatencyMs; // from the histogram's sum and count
    std::optional<double> p50LatencyMs; // interpolated within histogram buckets
    std::optional<double> p95LatencyMs;
    bool counterReset = false; // the server restarted in between
};

} // namespace antler::health
