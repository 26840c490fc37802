#pragma once

#include <QtGlobal>

#include <optional>

namespace antler::health {

// Samples of one bucket (a minute in history) folded together. Latency
// figures cover the successful samples only; a bucket whose samples all
// failed has none.
struct SampleAggregate
{
    qint64 startMs = 0;
    int count = 0;
    int failures = 0;
    std::optional<double> minLatencyMs;
    std::optional<double> maxLatencyMs;
    std::optional<double> avgLatencyMs;

    int successes() const { return count - failures; }

    friend bool operator==(const SampleAggregate &, const SampleAggregate &) = default;
};

} // namespace antler::health
